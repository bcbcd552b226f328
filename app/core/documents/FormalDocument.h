#pragma once

#include <QList>
#include <QString>
#include <QTextDocument>
#include <QTextFormat>
#include <memory>

// A document ready to be paginated: an optional cover, the body, the headings the table of
// contents lists, and what every page repeats (header, footer, watermark). Builders (the plan, and the
// drill programme, work plan, record, summary report and blank form) fill it; FormalDocumentRenderer lays it out on pages.
struct FormalDocument
{
    struct Heading
    {
        QString label; // "第一章　总则", "1.1 编制目的"
        int level = 0; // 0 = chapter
        int blockNumber = 0;
    };

    std::unique_ptr<QTextDocument> cover; // may be null: no cover page
    std::unique_ptr<QTextDocument> body;
    QList<Heading> headings;              // empty: no table of contents
    QString contentsTitle;                // 目录
    QString headerLeft;                   // the title
    QString headerRight;                  // 版本 1.0 · 草稿
    QString footerPattern;                // "第 %1 页 共 %2 页": %1 page, %2 pages
    QString watermark;                    // empty: none (drill records and reports never carry the plan's)
    QString metadataTitle;                // the PDF's Title entry
    bool landscape = false;

    // What a builder can ask the renderer not to split across pages (QTextDocument has no such
    // properties of its own). Set to true on a block: the block stays on the page of the block
    // after it (a heading above a table). Set to true on a table's format: a row that a page
    // break would cut in two goes to the next page whole, under the repeated header row, unless
    // it is too tall for any page.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 0x100;
    static constexpr int KeepRowsTogetherProperty = QTextFormat::UserProperty + 0x101;
};
