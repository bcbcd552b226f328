#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
class QCommandLineParser;

// The incident commands of `plandesk` (issue 9, 国家网络安全事件报告管理办法): declaring an incident
// from a plan, listing incidents with the next report due, and printing a report. They take
// options of their own, so CommandLineRunner hands them the whole argument list. Same
// conventions as the other commands: results on stdout, one-line errors on stderr, exit status 0,
// 1 (failure) or 2 (usage).
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)

public:
    IncidentCommands(QTextStream &out, QTextStream &err);

    // True if `command` is one of these commands.
    static bool handles(const QString &command);
    // The options these commands take a value for, for CommandLineRunner's look for the command.
    static QStringList optionsWithValue();
    // `arguments` as main() got them (program name first).
    int run(const QStringList &arguments);

private:
    // PLAN_ID --discovered … --level … --category … [--place …] [--systems …] [--crime] [--drill]
    // [--non-cii-system] [--time-zone ZONE]: prints the id, then each due report on a line.
    int open(const QString &databasePath, const QStringList &arguments, const QCommandLineParser &parser);
    // id, plan, level, discovered, state, next report due, its deadline, its state (tab-separated).
    int list(const QString &databasePath, const QStringList &arguments);
    // INCIDENT_ID initial|supplementary|summary OUT.pdf: the last stored report of that kind, or a
    // form prefilled with what is known.
    int report(const QString &databasePath, const QStringList &arguments);
    int fail(const QString &message, int status);
    bool openDatabase(Database &database, const QString &databasePath);

    QTextStream &m_out;
    QTextStream &m_err;
};
