#pragma once

#include "PersonalDataFinding.h"
#include "Template.h"
#include "TemplateProblem.h"

#include <QCoreApplication>
#include <QList>

// Turns a plan or a drill item into a template a colleague can use: only the parts the format has
// (no dates, status, approver, places, recurrence or people), with personal data removed by
// PersonalDataStripper. The export dialog shows `removed` before anything is written; writing is
// TemplateWriter's job. The result is checked with TemplateReader, so what is exported can always be
// imported (a text over the format's limits is reported as a problem instead of written).
class TemplateExporter
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExporter)

public:
    struct Options
    {
        QString templateId; // empty: derived from the plan or item, the same for every export of it
        int version = 1;
        QString title; // empty: the plan's title (or the drill item's), stripped like any text
        QString description;
        QString author;
        QString source;
        bool keepOrganisation = false; // keep the organisation's name instead of {{organisation}}
    };

    struct Output
    {
        Template templ;
        QList<PersonalDataFinding> removed;
        QList<TemplateProblem> problems; // errors mean the template cannot be written
        bool ok() const
        {
            for (const TemplateProblem &problem : problems) {
                if (problem.isError())
                    return false;
            }
            return true;
        }
    };

    static Output fromPlan(const Plan &plan, const Options &options);
    static Output fromPlan(const Plan &plan) { return fromPlan(plan, Options()); }
    // `plan` is the plan the item belongs to: its organisation and its contacts' names are removed
    // from the item's text too.
    static Output fromDrillItem(const DrillItem &item, const Plan &plan, const Options &options);
    static Output fromDrillItem(const DrillItem &item, const Plan &plan)
    {
        return fromDrillItem(item, plan, Options());
    }

    // "local.plan.<uuid>": a UUID derived from the plan's creation time and id, so that exporting the
    // same plan again gives the same identifier (and a higher version is recognised as an update).
    static QString defaultTemplateId(const Plan &plan);
    static QString defaultTemplateId(const DrillItem &item);
};
