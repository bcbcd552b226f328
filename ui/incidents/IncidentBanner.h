#pragma once

#include "core/domain/Plan.h"
#include "core/incident/DueReport.h"
#include "core/incident/Incident.h"

#include <QFrame>
#include <optional>

class Database;
class PlanRepository;
class QLabel;
class QPushButton;
class QTimer;

// The strip across the top of the main window while an incident is being handled: how many are
// open and the most pressing report still to send with its countdown — amber when it is due within
// 30 minutes, red once overdue — on every page, so the clock cannot be lost behind the editor.
// Hidden when no incident is open.
class IncidentBanner : public QFrame
{
    Q_OBJECT

public:
    IncidentBanner(Database &database, PlanRepository &plans, QWidget *parent = nullptr);

    // Reads the open incidents again (after any change); the countdown itself follows the clock.
    void refresh();
    // Recomputes the countdown text and colour at Clock::now() (the timer calls it every 15 seconds).
    void updateCountdown();

    QLabel *textLabel() const { return m_label; }
    // The incident the button opens: the one whose report is most pressing, or the latest open one.
    qint64 incidentId() const { return m_incidentId; }

signals:
    void openRequested(qint64 incidentId);

private:
    struct OpenIncident
    {
        Incident incident;
        Plan plan;
        std::optional<DueReport> next; // the operator's next report still to send
    };

    Database &m_database;
    PlanRepository &m_plans;
    QList<OpenIncident> m_open;
    qint64 m_incidentId = 0;
    QLabel *m_label = nullptr;
    QPushButton *m_openButton = nullptr;
    QTimer *m_timer = nullptr;
};
