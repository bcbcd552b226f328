#pragma once

#include "Contact.h"
#include "IncidentCategory.h"
#include "IncidentLevel.h"
#include "OperatorProfile.h"
#include "PlanKind.h"
#include "PlanStatus.h"
#include "ReportingStep.h"
#include "Section.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A cybersecurity incident emergency plan (网络安全事件应急预案, Cybersecurity Law Art. 27, Art. 25 before the 2025 amendment).
struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)

public:
    qint64 id = 0; // 0 until saved
    QString title;
    QString organisation;
    QString language = QStringLiteral("zh_CN"); // "zh_CN" or "en": the language the document is written in
    OperatorProfile profile = OperatorProfile::Ordinary;
    QString ciiSector; // sector id from reference/cii-sectors.json, for CII operators
    PlanKind kind = PlanKind::Comprehensive;
    QString scenario; // for special plans: the scenario it covers
    QString version = QStringLiteral("1.0");
    PlanStatus status = PlanStatus::Draft;
    QString approver;
    QDate approvedOn;
    QDate publishedOn;
    QDate effectiveOn;
    QDate nextReviewOn;
    QString confidentiality; // 密级 / distribution mark printed on the cover, e.g. 内部
    QString categorySetId;   // which reference category set the categories came from
    QDateTime createdAt;
    QDateTime updatedAt;

    QList<Section> sections;
    QList<Contact> contacts;
    QList<IncidentLevel> levels;
    QList<IncidentCategory> categories;
    QList<ReportingStep> reportingSteps;

    // Problems that make the plan impossible to store or print, in the UI language. The completeness
    // check (what the law still asks for) is a separate, softer matter: see CompletenessChecker.
    QStringList validationProblems() const;
    bool isValid() const { return validationProblems().isEmpty(); }

    // Index of the section with this skeleton key, or -1.
    int sectionIndex(const QString &key) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};
