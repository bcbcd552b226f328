#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs the plandesk executable the way a script runs it, for the command line tests.
namespace PlanDeskProcess {

// What one run left behind.
struct Run
{
    int exitCode = -1;
    bool finished = false; // ended by itself, in time
    QString out;
    QString err;

    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    // For failure messages.
    QString describe() const;
};

// Runs plandesk in `workDir` with a home of its own below it, so that nothing can touch a real
// user's data, in English, offscreen, and without the debugging, fixed-date and scaling settings of
// whoever runs the tests. `extraEnvironment`: "NAME=value" settings added on top.
Run run(const QString &workDir, const QStringList &arguments, const QStringList &extraEnvironment = {});

// Sets `process` up as run() does, without starting it: for a test that must start, watch or kill it.
void prepare(QProcess &process, const QString &workDir, const QStringList &arguments,
             const QStringList &extraEnvironment = {});

// A failure: the status, nothing on stdout, one line on stderr that says who speaks.
// Checked with QVERIFY2: a mismatch fails the current test function.
void verifyOneLineFailure(const Run &run, int exitCode);

// The contents of a file, or nothing if it cannot be read.
QByteArray bytesOf(const QString &path);

} // namespace PlanDeskProcess
