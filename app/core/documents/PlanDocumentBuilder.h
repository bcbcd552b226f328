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

    // "1 小时", "30 日", "立即" in the document's language.
    static QString deadlineText(int minutes, const DocumentLanguage &language);

private:
    std::unique_ptr<QTextDocument> buildCover(const Plan &plan, const DocumentLanguage &language) const;
    void insertSectionTables(QTextCursor &cursor, const Plan &plan, const QString &key,
                             const DocumentLanguage &language) const;

    const ReferenceData &m_data;
};
