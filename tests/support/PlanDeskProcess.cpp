#include "PlanDeskProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace PlanDeskProcess {

QString Run::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out.left(800), err.left(1500));
}

void prepare(QProcess &process, const QString &workDir, const QStringList &arguments,
             const QStringList &extraEnvironment)
{
    const QDir dir(workDir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/config")));
    environment.remove(QStringLiteral("PLANDESK_DEBUG"));
    environment.remove(QStringLiteral("PLANDESK_FIXED_DATE"));
    environment.remove(QStringLiteral("QT_FONT_DPI"));
    environment.remove(QStringLiteral("QT_SCALE_FACTOR"));
    for (const QString &setting : extraEnvironment)
        environment.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workDir);
    process.setProgram(QStringLiteral(PLANDESK_EXECUTABLE));
    process.setArguments(arguments);
}

Run run(const QString &workDir, const QStringList &arguments, const QStringList &extraEnvironment)
{
    QProcess process;
    prepare(process, workDir, arguments, extraEnvironment);
    process.start();
    Run run;
    run.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void verifyOneLineFailure(const Run &run, int exitCode)
{
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.count(QLatin1Char('\n')) == 1 && run.err.endsWith(QLatin1Char('\n')), qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(QLatin1String("plandesk: ")), qPrintable(run.describe()));
    QVERIFY2(run.err.trimmed().size() > QStringLiteral("plandesk: ").size() + 10, qPrintable(run.describe()));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace PlanDeskProcess
