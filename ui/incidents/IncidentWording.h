#pragma once

#include <QCoreApplication>
#include <QString>

struct Incident;
struct IncidentAttention;
struct Plan;

// How the incident windows name an incident's level, its category and the incident itself, from
// the plan's own lists, so the page, the banner and the dialogs say it alike.
class IncidentWording
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWording)

public:
    // The plan's name of the level, with its numeral where the name lacks it: "较大（III 级）",
    // "Relatively serious (Level III)". The code alone if the plan does not have it.
    static QString level(const Plan *plan, const QString &code);
    // The plan's name of the category ("Malicious program incident"), or the code.
    static QString category(const Plan *plan, const QString &code);
    // "Relatively serious (Level III) · Malicious program incident", "[Drill] …" in drill mode.
    static QString title(const Plan *plan, const Incident &incident);
    // The same from the names the dashboard reads with the incident.
    static QString title(const IncidentAttention &attention);

private:
    static QString levelNamed(const QString &name, const QString &code);
    static QString titled(const QString &level, const QString &category, bool drill);
};
