#pragma once

#include "../Result.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The regulatory lists PlanDesk relies on — levels, categories, reporting deadlines, CII sectors,
// what a complete plan must contain, and the default plan text — read from versioned JSON files
// that name their source (resources/reference). An organisation can replace any of them by putting
// a file of the same name in an override folder, so a rule change needs no new build.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

public:
    struct Level
    {
        QString code;
        LocalizedText name, warningColour, responseLevel, criteria, response;
        QString colourHex;
    };
    struct Category
    {
        QString code;
        LocalizedText name, description;
    };
    struct CategorySet
    {
        QString id;
        LocalizedText name, source;
        bool isDefault = false;
        QList<Category> categories;
    };
    struct ReportingStep
    {
        LocalizedText authority, condition, channel, content;
        int deadlineMinutes = 0;
        LocalizedText reporter; // who sends this report: the organisation, or the body that passes it on
    };
    struct ReportingProfile
    {
        QString id;
        LocalizedText name;
        QList<ReportingStep> steps;
    };
    struct Sector
    {
        QString id;
        LocalizedText name;
    };
    struct Requirement
    {
        QString id;
        bool ciiOnly = false;
        QString check; // "section:<key>", "contacts", "levels", "level-response", "reporting", "review-date", "approver"
        LocalizedText clause, description;
        // "planKind": "comprehensive" in the file: a special plan relies on the comprehensive plan for it
        // (the warning levels, say) and is not asked.
        bool comprehensiveOnly = false;
    };
    struct DefaultContact
    {
        QString team; // ContactTeam key
        LocalizedText role, duties;
        bool required = false; // the wizard insists on a name and a phone for this row
        bool onDuty24h = false;
        QString demoName, demoOfficePhone, demoMobilePhone; // fictitious, for `plandesk demo`
    };
    struct SkeletonSection
    {
        QString key;
        LocalizedText title, body;
        int depth = 0;
    };

    // Reads every file from `overrideDir` where present, else from the built-in resources.
    static Result<ReferenceData> load(const QString &overrideDir = QString());
    // The data in effect, loaded once: the organisation's files from overrideFolder() where there
    // are any, else the built-in ones. A broken override falls back to the built-in data and is
    // reported by overrideProblem(); a broken build is a programming error and aborts loudly.
    static const ReferenceData &builtIn();
    // <user data>/plandesk/reference
    static QString overrideFolder();
    // Why the override folder's files were not used; empty if they were, or if there are none.
    static QString overrideProblem();

    QList<Level> levels;
    LocalizedText levelsSource;
    QList<CategorySet> categorySets;
    QList<ReportingProfile> reportingProfiles;
    LocalizedText reportingSource, minimumReportContent, reportingChannels;
    // What an initial report contains (Art. 7 of the Reporting Measures: eight items, in order), and
    // how many of them a first report may carry alone when the facts cannot be judged in time.
    QList<LocalizedText> initialReportItems;
    int partialInitialReportItems = 2;
    LocalizedText initialReportSource;
    int summaryReportDays = 30;
    QList<Sector> sectors;
    QList<Requirement> requirements;
    QList<SkeletonSection> skeleton;
    QList<DefaultContact> defaultContacts;

    const CategorySet *categorySet(const QString &id) const;
    const CategorySet *defaultCategorySet() const;
    const ReportingProfile *reportingProfile(const QString &id) const;
    const Sector *sector(const QString &id) const;
};
