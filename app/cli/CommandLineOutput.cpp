#include "CommandLineOutput.h"

namespace CommandLineOutput {

QString oneField(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
}

int fail(QTextStream &err, const QString &message, int status)
{
    err << QStringLiteral("plandesk: ") << oneField(message) << Qt::endl;
    return status;
}

} // namespace CommandLineOutput
