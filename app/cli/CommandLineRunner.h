#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// `plandesk [--db PATH] COMMAND …`: the same services as the GUI, for scripts and tests. Output
// goes to stdout; each error is one line on stderr with a non-zero exit status.
class CommandLineRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineRunner)

public:
    enum ExitStatus { Success = 0, Failure = 1, UsageError = 2 };

    // True if the arguments name a command (or --help/--version), i.e. no window should open.
    static bool wantsCommandLine(const QStringList &arguments);

    CommandLineRunner(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int listPlans(const QString &databasePath);
    int exportPdf(const QString &databasePath, const QStringList &arguments);
    int demo(const QString &databasePath, const QString &language);
    int fail(const QString &message, int status = Failure);

    QTextStream &m_out;
    QTextStream &m_err;
};
