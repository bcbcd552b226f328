#include "cli/CommandLineRunner.h"
#include <QGuiApplication>
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    return CommandLineRunner(out, err).run(app.arguments());
}
