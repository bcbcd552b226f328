#include "IncidentBanner.h"

#include "DueReportText.h"
#include "IncidentWording.h"
#include "core/Clock.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PlanRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

IncidentBanner::IncidentBanner(Database &database, PlanRepository &plans, QWidget *parent)
    : QFrame(parent), m_database(database), m_plans(plans)
{
    setObjectName(QStringLiteral("incidentBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("incidentBannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    m_openButton = new QPushButton(tr("Show Incide&nt"), this);
    m_openButton->setObjectName(QStringLiteral("incidentBannerOpenPushButton"));
    connect(m_openButton, &QPushButton::clicked, this, [this] { emit openRequested(m_incidentId); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton);
    m_timer = new QTimer(this);
    m_timer->setInterval(15 * 1000);
    connect(m_timer, &QTimer::timeout, this, &IncidentBanner::updateCountdown);
    hide();
}

void IncidentBanner::refresh()
{
    m_open.clear();
    IncidentRepository repository(m_database);
    Result<QList<Incident>> incidents = repository.list();
    if (incidents) {
        const IncidentDeadlineRules &rules = IncidentDeadlineRules::builtIn();
        for (const Incident &incident : incidents.value()) {
            if (incident.isClosed())
                continue;
            Result<Plan> plan = m_plans.load(incident.planId);
            Result<QList<IncidentReport>> reports = repository.listReports(incident.id);
            if (!plan || !reports)
                continue;
            const IncidentDeadlines::Schedule schedule =
                IncidentDeadlines::compute(IncidentDeadlines::factsOf(incident, plan.value().profile), rules);
            m_open.append({incident, plan.value(), IncidentDeadlines::nextDue(schedule, incident, reports.value())});
        }
    }
    // A read that fails leaves the banner hidden: the incident page says why when it is opened.
    if (m_open.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
    updateCountdown();
}

void IncidentBanner::updateCountdown()
{
    if (m_open.isEmpty()) {
        m_incidentId = 0;
        hide();
        return;
    }
    // The most pressing: the earliest known deadline still to meet; else the latest incident (listed first).
    const OpenIncident *pressing = &m_open.first();
    for (const OpenIncident &open : m_open) {
        if (!open.next || !open.next->deadline.isValid())
            continue;
        if (!pressing->next || !pressing->next->deadline.isValid() || open.next->deadline < pressing->next->deadline)
            pressing = &open;
    }
    m_incidentId = pressing->incident.id;
    const QDateTime now = Clock::nowUtc();
    const QString what = IncidentWording::title(&pressing->plan, pressing->incident);

    DueReportState state = DueReportState::Pending;
    QString next;
    if (pressing->next) {
        const DueReport &due = *pressing->next;
        state = IncidentDeadlines::stateAt(due, QDateTime(), now, IncidentDeadlineRules::builtIn().dueSoonMinutes);
        const QString kind = QCoreApplication::translate("DueReportKind", dueReportKindSourceText(due.kind));
        const QString recipient = DueReportText::recipientInSentence(due);
        //: Banner: %1 the report, %2 to whom, %3 the countdown ("0:42 left") or "due now".
        next = tr("%1 to %2: %3")
                   .arg(kind, recipient,
                        DueReportText::stateText(due, state, QDateTime(), now, pressing->incident));
    } else {
        next = tr("no report is due now");
    }
    //: Banner across the window: %n incidents open; %1 the most pressing one; %2 its next report.
    m_label->setText(tr("%n incident(s) being handled. %1 — %2", nullptr, int(m_open.size())).arg(what, next));

    QPalette palette = this->palette();
    QColor background(0xff, 0xf3, 0xe0); // light amber: an incident is open
    QColor text(0x5d, 0x40, 0x37);
    if (state == DueReportState::Overdue) {
        background = QColor(0xc6, 0x28, 0x28);
        text = Qt::white;
    } else if (state == DueReportState::DueSoon) {
        background = QColor(0xff, 0xb3, 0x00);
        text = Qt::black;
    }
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    setPalette(palette);
    m_label->setPalette(palette);
    setProperty("dueState", dueReportStateKey(state));
    show();
}
