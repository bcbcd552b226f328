#pragma once

#include "DrillScheduleSnapshot.h"
#include "ProgrammeWarning.h"

#include <QCoreApplication>
#include <QList>

// Checks a plan's programme against the drill rules: a CII plan (OperatorProfile::CriticalInfrastructure
// only; Cybersecurity Law Art. 36(4), Art. 34(4) before the 2025 amendment) must not leave any 12-month stretch without a comprehensive drill that is held or planned and
// not cancelled — checked from the plan's effective date (or its first drill) to the end of next
// year; and from 1 December next year's programme must hold at least one drill.
class ProgrammeChecker
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeChecker)

public:
    static QList<ProgrammeWarning> check(const DrillScheduleSnapshot &snapshot, qint64 planId, const QDate &today);
};
