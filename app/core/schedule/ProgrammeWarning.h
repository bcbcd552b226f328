#pragma once

#include <QDate>
#include <QString>

// Something wrong with a plan's drill programme as a whole.
struct ProgrammeWarning
{
    enum class Kind {
        ComprehensiveGap, // a CII plan: 12 months or more without a comprehensive drill (Cybersecurity Law Art. 36(四), old Art. 34(四))
        NextYearNotReady  // December, and next year's programme has no drill (REFERENCE.md §5)
    };
    Kind kind = Kind::ComprehensiveGap;
    qint64 planId = 0;
    QString planTitle;
    QDate from; // the stretch concerned
    QDate to;
    QString message; // in the UI language, naming the dates and the clause

    friend bool operator==(const ProgrammeWarning &, const ProgrammeWarning &) = default;
};
