#pragma once

#include "core/exchange/TemplateProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

// The template commands of `plandesk`: checking and importing a colleague's template file, and
// exporting a plan as one. Same conventions as CommandLineRunner: results on stdout, notes and
// errors on stderr (each problem of a file as "pointer: message"), exit status 0, 1 (failure) or
// 2 (usage).
class TemplateCommands
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommands)

public:
    TemplateCommands(QTextStream &out, QTextStream &err);

    // FILE: every problem on stderr; 0 if there is no error (warnings do not fail), else 1. On
    // success one line on stdout: identifier, version, kind, language, title (tab-separated).
    int validateTemplate(const QStringList &arguments);
    // FILE: checks it (as validate-template) before the database is even opened, then imports it in
    // one transaction. stdout: local id, identifier, version, title. A version already imported is
    // reported and changes nothing (status 0); an older one than imported is refused (status 1).
    int importTemplate(const QString &databasePath, const QStringList &arguments);
    // PLAN_ID OUT.json: lists on stderr what personal data is left out, writes the template
    // atomically; stdout: identifier and version.
    int exportTemplate(const QString &databasePath, const QStringList &arguments, bool keepOrganisation,
                       int templateVersion);

private:
    int fail(const QString &message, int status);
    // Prints the problems; returns the number of errors among them.
    int report(const QList<TemplateProblem> &problems);

    QTextStream &m_out;
    QTextStream &m_err;
};
