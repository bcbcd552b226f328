#pragma once

#include "../Result.h"
#include "../domain/DrillItem.h"
#include "../domain/DrillRecord.h"
#include "../domain/Plan.h"

#include <QDate>
#include <QString>

class Database;
class DrillRepository;

// The drill programme that `plandesk demo` adds to its sample plan, so that a first look shows the
// drill features at work: a yearly comprehensive tabletop drill whose previous occurrence was held
// and recorded (participants, timeline, judged objectives, a problem found, one corrective action
// still open), and a quarterly ransomware hands-on drill whose previous occurrence passed without a
// record, so it is overdue. Dates are relative to Clock::today(); the texts are in the plan's
// language (zh_CN or en), as demo data and not UI text, so they are composed here and not
// translated. Names and numbers are fictitious (the demo plan's contacts).
class DemoDrillProgramme
{
public:
    // `plan` is the saved demo plan: its id goes into the items and the record.
    explicit DemoDrillProgramme(const Plan &plan);

    DrillItem comprehensiveDrill() const;
    DrillItem ransomwareDrill() const;
    // The record of the comprehensive drill's previous occurrence; `savedDrill` is
    // comprehensiveDrill() as stored (it supplies the item id).
    DrillRecord recordOf(const DrillItem &savedDrill) const;

    // Saves both items and the record. Stops at the first failure and returns it; on its own each is
    // its own transaction (DrillRepository's), inside a UnitOfWork they are part of it.
    Result<void> saveTo(DrillRepository &repository) const;

    // The whole sample, as the command line's `demo` and the window's *Add Sample Plan* add it: the
    // demo plan (PlanFactory::createDemo) and its programme, in one UnitOfWork: either all of it is
    // saved or none of it, also when the process is killed half way.
    static Result<Plan> saveSample(Database &database, const QString &language);

    // The planned dates of the two past occurrences (the recorded one and the overdue one).
    QDate recordedOccurrenceDate() const { return m_recordedOn; }
    QDate overdueOccurrenceDate() const { return m_overdueOn; }

private:
    QString text(const char *chinese, const char *english) const;

    qint64 m_planId = 0;
    bool m_english = false;
    QDate m_today;
    QDate m_recordedOn;
    QDate m_overdueOn;
};
