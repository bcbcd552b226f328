// The process TestCrashSafety kills: opens the database given as its first argument, says "ready",
// then adds the sample plan (DemoDrillProgramme::saveSample, as `demo` and *Add Sample Plan* do)
// over and over, printing each plan's id once the save has returned, until it is killed or has
// done the number of saves given as the second argument (0: no limit). Nearly all of its life after
// "ready" is spent inside a save, so a kill at a random moment lands inside one.

#include "core/reference/DemoDrillProgramme.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2)
        return 2;
    const qint64 limit = arguments.size() > 2 ? arguments.at(2).toLongLong() : 0;
    Database database;
    if (Result<void> opened = database.open(arguments.at(1)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (qint64 done = 0; limit == 0 || done < limit; ++done) {
        Result<Plan> saved = DemoDrillProgramme::saveSample(database, QStringLiteral("zh_CN"));
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(saved.value().id));
        std::fflush(stdout);
    }
    return 0;
}
