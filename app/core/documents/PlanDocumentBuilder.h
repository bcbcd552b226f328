#pragma once

#include "../domain/Plan.h"
#include "../reference/ReferenceData.h"
#include "DocumentLanguage.h"
#include "FormalDocument.h"

#include <QTextCharFormat>
#include <QTextCursor>

// Turns a plan into a formal document in the plan's own language: cover, numbered chapters with
// the plan's text, and the tables (categories, levels, responses per level, reporting chain,
// contacts) under the sections that refer to them. Every string typed by the user goes in through
// QTextCursor::insertText, so nothing is ever read as markup and nothing loads a resource.
class PlanDocumentBuilder
{
public:
    explicit PlanDocumentBuilder(const ReferenceData &data = ReferenceData::builtIn());

    FormalDocument build(const Plan &plan) const;

    // "1 小时", "30 日", "及时" in the document's language.
    static QString deadlineText(int minutes, const DocumentLanguage &language);

private:
    std::unique_ptr<QTextDocument> buildCover(const Plan &plan, const DocumentLanguage &language) const;
    void insertSectionTables(QTextCursor &cursor, const Plan &plan, const QString &key,
                             const DocumentLanguage &language) const;
    // The incident report form (annex.report-form): each line of the section that ends in a colon is
    // a field with a box to write in — a tall one for the numbered items of Art. 7 of the Reporting
    // Measures, one line for the others (report time, issued by, time of issue); other lines are notes.
    static void insertReportForm(QTextCursor &cursor, const QString &formText, bool &atStart);

    const ReferenceData &m_data;
};
