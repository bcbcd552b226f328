#pragma once

#include "../domain/Plan.h"
#include "ReferenceData.h"

#include <QCoreApplication>

// Builds plans from the reference data: the prefilled default plan the wizard starts from, the
// parts that depend on the operator profile (reporting chain), and the complete demo plan.
class PlanFactory
{
    Q_DECLARE_TR_FUNCTIONS(PlanFactory)

public:
    explicit PlanFactory(const ReferenceData &data = ReferenceData::builtIn());

    struct Basics
    {
        QString organisation;
        QString language = QStringLiteral("zh_CN");
        OperatorProfile profile = OperatorProfile::Ordinary;
        QString ciiSector;
        PlanKind kind = PlanKind::Comprehensive;
        QString scenario;
    };

    // Every section of the national skeleton with its default text, the four levels, the default
    // category set, the reporting chain of the profile and the organisation's roles (names empty).
    Plan createDefault(const Basics &basics) const;
    // A complete sample plan, names and phone numbers fictitious.
    Plan createDemo(const QString &language = QStringLiteral("zh_CN")) const;

    static QString defaultTitle(const QString &organisation, const QString &language, PlanKind kind,
                                const QString &scenario);
    QList<Section> defaultSections(const QString &language, const QString &organisation) const;
    // Puts the skeleton's section `key` back into a plan that lacks it (deleted, or a template
    // without it), with its default text, after the skeleton sections before it that the plan has,
    // and its chapter first if that is missing too. Returns its index, or -1 for an unknown key or
    // a section the plan already has.
    int insertDefaultSection(Plan &plan, const QString &key) const;
    QList<IncidentLevel> defaultLevels(const QString &language) const;
    QList<IncidentCategory> categoriesOf(const QString &setId, const QString &language) const;
    QList<ReportingStep> reportingStepsFor(OperatorProfile profile, const QString &language) const;
    QList<Contact> defaultContacts(const QString &language) const;

private:
    const ReferenceData &m_data;
};
