#pragma once

#include <QString>
#include <QTextStream>

// How every command writes: data one record a line with tab-separated fields, errors one line on
// stderr. Shared by CommandLineRunner, DrillCommands and TemplateCommands.
namespace CommandLineOutput {

// `text` as one field of a tab-separated line: tabs and line breaks become spaces.
QString oneField(QString text);

// Writes "plandesk: <message>" as one line on `err` and returns `status`.
int fail(QTextStream &err, const QString &message, int status);

} // namespace CommandLineOutput
