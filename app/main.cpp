// plandesk: with no command the window opens; with one (list-plans, export-pdf, demo, the drill and
// template commands: see --help) it runs headless and exits with a status.

#include "cli/CommandLineRunner.h"
#include "core/Clock.h"
#include "core/documents/DocumentStyle.h"
#include "core/reference/ReferenceData.h"
#include "core/storage/Database.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QPointer>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("plandesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("plandesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLANDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PlanDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("plandesk"));
}

// On the command line only PlanDesk's own one-line errors belong on stderr; Qt's platform notes
// (e.g. about XDG_RUNTIME_DIR) are dropped unless PLANDESK_DEBUG is set.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("PLANDESK_DEBUG"))
        QTextStream(stderr) << message << Qt::endl;
}

int runCommandLine(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // documents need fonts, not a display
    qInstallMessageHandler(quietMessageHandler);
    QGuiApplication app(argc, argv);
    setApplicationIdentity();
    LanguageManager::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLineRunner(out, err).run(QCoreApplication::arguments());
}

QString databasePathFrom(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.parse(arguments);
    return parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    LanguageManager::install();
    DocumentStyle::ensureFontAvailable();

    Database database;
    if (Result<void> opened = database.open(databasePathFrom(QCoreApplication::arguments())); !opened) {
        MessageBoxes::warning(nullptr, QCoreApplication::translate("main", "PlanDesk cannot start"),
                              opened.errorMessage());
        return 1;
    }

    if (const QString problem = ReferenceData::overrideProblem(); !problem.isEmpty())
        MessageBoxes::warning(nullptr, QCoreApplication::translate("main", "Reference data"), problem);

    // Switching the language rebuilds the window, so every string is translated afresh.
    QPointer<MainWindow> window;
    std::function<void()> createWindow = [&] {
        QByteArray geometry;
        if (window) {
            geometry = window->saveGeometry();
            window->hide();
            window->deleteLater();
        }
        LanguageManager::install();
        window = new MainWindow(database);
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (!geometry.isEmpty())
            window->restoreGeometry(geometry);
        QObject::connect(window, &MainWindow::languageChangeRequested, window,
                         [&] { QMetaObject::invokeMethod(qApp, createWindow, Qt::QueuedConnection); });
        window->show();
    };
    createWindow();
    return app.exec();
}

// Test seam: PLANDESK_FIXED_DATE=yyyy-MM-dd makes "today" that date (at noon, local time), so the
// command-line tests see the same due and overdue drills on any day. Only read when set; never set
// in normal use. False (after a one-line error) if the value is not such a date.
bool applyFixedDate()
{
    if (!qEnvironmentVariableIsSet("PLANDESK_FIXED_DATE"))
        return true;
    const QDate date = QDate::fromString(qEnvironmentVariable("PLANDESK_FIXED_DATE"), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        std::fputs("plandesk: PLANDESK_FIXED_DATE must be a date written yyyy-MM-dd.\n", stderr);
        return false;
    }
    Clock::setFixed(QDateTime(date, QTime(12, 0)));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (!applyFixedDate())
        return CommandLineRunner::UsageError;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLineRunner::wantsCommandLine(arguments))
        return runCommandLine(argc, argv);
    return runWindow(argc, argv);
}
