#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
struct FormalDocument;

// The drill commands of `plandesk` (Cybersecurity Law Art. 36, old Art. 34): listing occurrences and exporting
// the programme, a record and the calendar. Same conventions as CommandLineRunner: results on
// stdout, progress notes and one-line errors on stderr, exit status 0, 1 (failure) or 2 (usage).
class DrillCommands
{
    Q_DECLARE_TR_FUNCTIONS(DrillCommands)

public:
    DrillCommands(QTextStream &out, QTextStream &err);

    // One occurrence a line: item id, plan title, yyyy-MM-dd, state key, item title, record id
    // (empty unless done), tab-separated, by date. All of this year and next year; with `dueOnly`
    // the overdue ones and those due within DrillScheduler::kDueSoonDays.
    int listDrills(const QString &databasePath, const QStringList &arguments, bool dueOnly);
    // PLAN_ID YEAR OUT.pdf: the annual drill programme (演练计划).
    int exportProgramme(const QString &databasePath, const QStringList &arguments);
    // RECORD_ID OUT.pdf: the record of one drill (演练记录).
    int exportRecord(const QString &databasePath, const QStringList &arguments);
    // PLAN_ID OUT.ics: the plan's programme as an iCalendar file, cancelled dates left out.
    int exportIcs(const QString &databasePath, const QStringList &arguments);

private:
    int fail(const QString &message, int status);
    // A positive whole number, or 0 after reporting a usage error.
    qint64 idFrom(const QString &argument, const QString &what);
    qint64 planIdFrom(const QString &argument);
    // Opens the database, or reports why it could not be opened and returns false.
    bool open(Database &database, const QString &databasePath);
    // Exports `document` to `path` and says how many pages were written; the exit status.
    int writePdf(FormalDocument &document, const QString &path);

    QTextStream &m_out;
    QTextStream &m_err;
};
