#pragma once

#include "../domain/DrillItem.h"
#include "../domain/Plan.h"
#include "TemplateKind.h"
#include "TemplateOrigin.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

// A plan template or a drill scenario as the exchange format carries it (docs/template-format.md):
// metadata, then the content in the domain's own types so that it can become a plan or a drill item
// without another model. Only the parts the format has are meaningful:
// - `plan`: kind, scenario, profile, sections (pre-order with depth, as Plan keeps them), categories,
//   levels, reporting steps, and contacts as roles (team, role, duties; never names or phones);
// - `drill`: title, purpose, form, content, scope, scenario, duration, process, objectives, injects,
//   evaluation criteria and teams; never dates, times, places, recurrence or participants.
struct Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    qint64 localId = 0; // id in the database once imported; 0 for built-in or unsaved ones

    QString id;      // stable identifier shared by every version, e.g. "cn.plandesk.builtin.general-plan"
    int version = 1; // a higher number is a newer version of the same template
    TemplateKind kind = TemplateKind::Plan;
    QString language = QStringLiteral("zh_CN");
    QString title;
    QString description;
    QString author;
    QString organisation;
    QDate created;
    QString source; // what the content is based on (standards, laws)

    Plan plan;       // when kind == Plan
    DrillItem drill; // when kind == DrillScenario

    // Fields PlanDesk does not know, kept so that nothing of a colleague's file is lost: JSON
    // pointer (RFC 6901) of each such field → its value.
    QJsonObject unknownFields;
    TemplateOrigin origin;

    // "12 sections, 4 levels, 10 categories, 3 reporting steps, 6 roles", in the UI language.
    QString contentSummary() const;

    friend bool operator==(const Template &, const Template &) = default;
};
