#include "IncidentReportDialog.h"

#include "DueReportText.h"
#include "IncidentWording.h"
#include "LanguageManager.h"
#include "core/Clock.h"
#include "core/documents/IncidentDocumentBuilder.h"
#include "core/incident/IncidentDeadlineRules.h"
#include "core/incident/IncidentDeadlines.h"
#include "core/reference/ReferenceData.h"
#include "drills/DialogParts.h"
#include "editor/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// Item n of Art. 7 in the UI language, numbered as the printed form.
QString itemCaption(int number)
{
    const QList<LocalizedText> &items = ReferenceData::builtIn().initialReportItems;
    const QString text = number - 1 < items.size() ? items.at(number - 1).in(LanguageManager::effectiveLanguage())
                                                   : QString();
    //: An item of the initial report: %1 its number, %2 its wording from the measure.
    return IncidentReportDialog::tr("(%1) %2").arg(number).arg(text);
}

QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QDateTimeEdit *dateTimeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

// A tab whose content scrolls, so the long texts fit a small screen.
QWidget *scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QString recipientFor(const Incident &incident, const Plan &plan, IncidentReportKind kind)
{
    const IncidentDeadlines::Schedule schedule = IncidentDeadlines::compute(
        IncidentDeadlines::factsOf(incident, plan.profile), IncidentDeadlineRules::builtIn());
    const DueReportKind wanted = kind == IncidentReportKind::Summary ? DueReportKind::Summary : DueReportKind::Initial;
    for (const DueReport &due : schedule.reports) {
        if (due.kind == wanted)
            return due.recipient.in(plan.language);
    }
    return QString();
}

} // namespace

IncidentReport IncidentReportDialog::newReportFor(const Incident &incident, const Plan &plan, IncidentReportKind kind,
                                                  const QList<IncidentReport> &existing)
{
    IncidentReport report = IncidentDocumentBuilder::prefilled(plan, incident, kind);
    if (kind == IncidentReportKind::Supplementary) {
        // A supplementary report says what changed: it starts from the last report's items.
        for (auto it = existing.crbegin(); it != existing.crend(); ++it) {
            if (it->kind == IncidentReportKind::Summary)
                continue;
            IncidentReport previous = *it;
            previous.id = 0;
            previous.kind = kind;
            previous.factsUnclear = false;
            previous.sentAt = QDateTime();
            previous.createdAt = previous.updatedAt = QDateTime();
            report = previous;
            break;
        }
    }
    report.incidentId = incident.id;
    report.issuedAt = Clock::nowUtc();
    report.recipient = recipientFor(incident, plan, kind);
    // Reported before the authorities are told otherwise: the channel the measure names first.
    report.channel = ReportChannel::Hotline12387;
    return report;
}

IncidentReportDialog::IncidentReportDialog(const Plan &plan, const Incident &incident, const IncidentReport &report,
                                           QWidget *parent)
    : ValidatingDialog(QStringLiteral("incidentReportErrorLabel"), parent), m_plan(plan), m_incident(incident),
      m_report(report)
{
    setObjectName(QStringLiteral("incidentReportDialog"));
    const QString kind = QCoreApplication::translate("IncidentReportKind", incidentReportKindSourceText(report.kind));
    setWindowTitle(tr("%1 — %2").arg(kind, IncidentWording::title(&plan, incident)));
    setMinimumSize(720, 480);
    resize(980, 640);

    auto *header = captionLabel(tr("%1 on the incident discovered %2").arg(kind, DueReportText::moment(incident.discoveredAt, incident)), this);
    header->setObjectName(QStringLiteral("incidentReportHeaderLabel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("incidentReportTabWidget"));
    m_tabs->addTab(buildFirstItemsTab(), tr("Items &1–2"));
    m_tabs->addTab(buildFurtherItemsTab(), tr("Items &3–8"));
    m_tabs->addTab(buildSummaryTab(), tr("Su&mmary"));
    m_tabs->addTab(buildIssueTab(), tr("Issue && &sending"));
    const bool summary = report.kind == IncidentReportKind::Summary;
    m_tabs->setTabVisible(FirstItemsTab, !summary);
    m_tabs->setTabVisible(FurtherItemsTab, !summary);
    m_tabs->setTabVisible(SummaryTab, summary);
    m_tabs->setCurrentIndex(summary ? SummaryTab : FirstItemsTab);

    auto *printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("incidentReportPrintPushButton"));
    printButton->setToolTip(tr("Export the report as it is shown here as PDF, to sign and send."));
    connect(printButton, &QPushButton::clicked, this, [this] { emit printRequested(this->report()); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("incidentReportSavePushButton"));
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentReportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(errorLabel());
    layout->addWidget(buttons);

    setSaveQuestion(tr("Save the report?"), tr("The report has been changed. Save the changes?"));
    load(report);
    m_initial = this->report();
}

QPlainTextEdit *IncidentReportDialog::addText(QWidget *tab, const QString &name, const QString &caption, int lines)
{
    auto *label = new QLabel(caption, tab);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPlainTextEdit *edit = DialogParts::plainTextEdit(name, lines, tab);
    label->setBuddy(edit);
    tab->layout()->addWidget(label);
    tab->layout()->addWidget(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, &IncidentReportDialog::recheck);
    return edit;
}

QWidget *IncidentReportDialog::buildFirstItemsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_factsUnclearCheck = new QCheckBox(tr("&Facts still unclear: report items 1 and 2 now, the rest to follow"), tab);
    m_factsUnclearCheck->setObjectName(QStringLiteral("factsUnclearCheckBox"));
    m_factsUnclearCheck->setToolTip(tr("Where the facts cannot be judged in time, a first report may carry items 1 "
                                       "and 2 only (Art. 7 of the Measures); the others follow in a supplementary "
                                       "report."));
    m_factsUnclearCheck->setVisible(m_report.kind == IncidentReportKind::Initial);
    connect(m_factsUnclearCheck, &QCheckBox::toggled, this, [this] {
        updateEnabledFields();
        recheck();
    });
    layout->addWidget(m_factsUnclearCheck);
    m_unitEdit = addText(tab, QStringLiteral("reportUnitPlainTextEdit"), itemCaption(1), 2);

    auto *secondItem = new QLabel(itemCaption(2), tab);
    secondItem->setTextFormat(Qt::PlainText);
    secondItem->setWordWrap(true);
    layout->addWidget(secondItem);
    //: Item 2 of the report: what the declaration says. %1 time, %2 place, %3 category, %4 level.
    auto *declared = new QLabel(tr("From the declaration: discovered %1; place: %2; category: %3; level: %4.")
                                    .arg(DueReportText::moment(m_incident.discoveredAt, m_incident), m_incident.place,
                                         IncidentWording::category(&m_plan, m_incident.categoryCode),
                                         IncidentWording::level(&m_plan, m_incident.levelCode)),
                                tab);
    declared->setObjectName(QStringLiteral("reportDeclaredFactsLabel"));
    declared->setTextFormat(Qt::PlainText);
    declared->setWordWrap(true);
    declared->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(declared);
    m_harmSoFarEdit = addText(tab, QStringLiteral("reportHarmSoFarPlainTextEdit"), tr("Impact and harm caused so far:"), 2);
    m_measuresTakenEdit = addText(tab, QStringLiteral("reportMeasuresTakenPlainTextEdit"),
                                  tr("Response measures taken and their effect:"), 2);

    auto *ransom = new QGroupBox(tr("Ransomware attacks only"), tab);
    m_ransomBox = ransom;
    QFormLayout *form = DialogParts::formLayout();
    ransom->setLayout(form);
    m_ransomAmountEdit = new QLineEdit(ransom);
    m_ransomAmountEdit->setObjectName(QStringLiteral("reportRansomAmountLineEdit"));
    m_ransomAmountEdit->setPlaceholderText(tr("e.g. 2 BTC"));
    form->addRow(tr("Ransom &demanded:"), m_ransomAmountEdit);
    m_ransomMethodEdit = new QLineEdit(ransom);
    m_ransomMethodEdit->setObjectName(QStringLiteral("reportRansomMethodLineEdit"));
    form->addRow(tr("Pa&yment method:"), m_ransomMethodEdit);
    m_ransomDateEdit = new OptionalDateEdit(QStringLiteral("reportRansomDate"), ransom);
    form->addRow(tr("Date of the demand:"), m_ransomDateEdit);
    layout->addWidget(ransom);
    layout->addStretch(1);
    for (QLineEdit *edit : {m_ransomAmountEdit, m_ransomMethodEdit})
        connect(edit, &QLineEdit::textChanged, this, &IncidentReportDialog::recheck);
    return scrolling(tab);
}

QWidget *IncidentReportDialog::buildFurtherItemsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_laterLabel = new QLabel(tr("Items 3 to 8 follow in a supplementary report: this first report carries items 1 "
                                 "and 2 only."),
                              tab);
    m_laterLabel->setObjectName(QStringLiteral("reportLaterLabel"));
    m_laterLabel->setWordWrap(true);
    m_laterLabel->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    layout->addWidget(m_laterLabel);
    m_developmentEdit = addText(tab, QStringLiteral("reportDevelopmentPlainTextEdit"), itemCaption(3), 2);
    m_causeGuessEdit = addText(tab, QStringLiteral("reportPreliminaryCausePlainTextEdit"), itemCaption(4), 2);
    m_tracingEdit = addText(tab, QStringLiteral("reportTracingPlainTextEdit"), itemCaption(5), 2);
    m_nextMeasuresEdit = addText(tab, QStringLiteral("reportNextMeasuresPlainTextEdit"), itemCaption(6), 2);
    m_sceneEdit = addText(tab, QStringLiteral("reportScenePlainTextEdit"), itemCaption(7), 2);
    m_otherEdit = addText(tab, QStringLiteral("reportOtherPlainTextEdit"), itemCaption(8), 2);
    layout->addStretch(1);
    return scrolling(tab);
}

QWidget *IncidentReportDialog::buildSummaryTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_causeEdit = addText(tab, QStringLiteral("summaryCausePlainTextEdit"), tr("&Cause of the incident:"), 2);
    m_measuresEdit = addText(tab, QStringLiteral("summaryMeasuresPlainTextEdit"), tr("Measures ta&ken:"), 2);
    m_harmEdit = addText(tab, QStringLiteral("summaryHarmPlainTextEdit"), tr("&Harm and impact:"), 2);
    m_accountabilityEdit = addText(tab, QStringLiteral("summaryAccountabilityPlainTextEdit"),
                                   tr("&Accountability:"), 2);
    m_rectificationEdit = addText(tab, QStringLiteral("summaryRectificationPlainTextEdit"),
                                  tr("&Rectification:"), 2);
    m_lessonsEdit = addText(tab, QStringLiteral("summaryLessonsPlainTextEdit"), tr("&Lessons learned:"), 2);
    layout->addStretch(1);
    return scrolling(tab);
}

QWidget *IncidentReportDialog::buildIssueTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    QFormLayout *form = DialogParts::formLayout();
    layout->addLayout(form);
    m_issuedByEdit = new QLineEdit(tab);
    m_issuedByEdit->setObjectName(QStringLiteral("reportIssuedByLineEdit"));
    m_issuedByEdit->setMaxLength(200);
    form->addRow(tr("Issued &by (签发人):"), m_issuedByEdit);
    m_issuedAtEdit = dateTimeEdit(QStringLiteral("reportIssuedAtDateTimeEdit"), tab);
    form->addRow(tr("Issued &at:"), m_issuedAtEdit);
    m_sentCheck = new QCheckBox(tr("The report has been se&nt"), tab);
    m_sentCheck->setObjectName(QStringLiteral("reportSentCheckBox"));
    form->addRow(m_sentCheck);
    m_sentAtEdit = dateTimeEdit(QStringLiteral("reportSentAtDateTimeEdit"), tab);
    form->addRow(tr("Sent a&t:"), m_sentAtEdit);
    m_channelCombo = new QComboBox(tab);
    m_channelCombo->setObjectName(QStringLiteral("reportChannelComboBox"));
    for (ReportChannel channel : allReportChannels())
        m_channelCombo->addItem(QCoreApplication::translate("ReportChannel", reportChannelSourceText(channel)),
                                reportChannelKey(channel));
    form->addRow(tr("Sent &how:"), m_channelCombo);
    m_recipientEdit = new QLineEdit(tab);
    m_recipientEdit->setObjectName(QStringLiteral("reportRecipientLineEdit"));
    m_recipientEdit->setMaxLength(200);
    form->addRow(tr("Sent t&o:"), m_recipientEdit);
    auto *zone = new QLabel(tr("Times are in %1, the zone of the incident.").arg(QString::fromUtf8(m_incident.timeZoneId)), tab);
    zone->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(zone);
    layout->addStretch(1);
    connect(m_sentCheck, &QCheckBox::toggled, this, [this] {
        updateEnabledFields();
        recheck();
    });
    connect(m_issuedByEdit, &QLineEdit::textChanged, this, &IncidentReportDialog::recheck);
    connect(m_issuedAtEdit, &QDateTimeEdit::dateTimeChanged, this, &IncidentReportDialog::recheck);
    connect(m_sentAtEdit, &QDateTimeEdit::dateTimeChanged, this, &IncidentReportDialog::recheck);
    return tab;
}

QDateTime IncidentReportDialog::fromShown(const QDateTimeEdit *edit) const
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), QTime(shown.time().hour(), shown.time().minute()), QTimeZone(m_incident.timeZoneId))
        .toUTC();
}

void IncidentReportDialog::showMoment(QDateTimeEdit *edit, const QDateTime &moment) const
{
    const QDateTime local = m_incident.inZone(moment.isValid() ? moment : Clock::nowUtc());
    edit->setDateTime(QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
}

void IncidentReportDialog::load(const IncidentReport &report)
{
    m_factsUnclearCheck->setChecked(report.factsUnclear);
    m_unitEdit->setPlainText(report.unitAndSystem);
    m_harmSoFarEdit->setPlainText(report.harmSoFar);
    m_measuresTakenEdit->setPlainText(report.measuresTaken);
    m_ransomAmountEdit->setText(report.ransomAmount);
    m_ransomMethodEdit->setText(report.ransomPaymentMethod);
    m_ransomDateEdit->setDate(report.ransomDate);
    m_developmentEdit->setPlainText(report.likelyDevelopment);
    m_causeGuessEdit->setPlainText(report.preliminaryCause);
    m_tracingEdit->setPlainText(report.tracingLeads);
    m_nextMeasuresEdit->setPlainText(report.nextMeasures);
    m_sceneEdit->setPlainText(report.scenePreservation);
    m_otherEdit->setPlainText(report.other);
    m_causeEdit->setPlainText(report.cause);
    m_measuresEdit->setPlainText(report.measures);
    m_harmEdit->setPlainText(report.harm);
    m_accountabilityEdit->setPlainText(report.accountability);
    m_rectificationEdit->setPlainText(report.rectification);
    m_lessonsEdit->setPlainText(report.lessons);
    m_issuedByEdit->setText(report.issuedBy);
    showMoment(m_issuedAtEdit, report.issuedAt);
    m_sentCheck->setChecked(report.isSent());
    showMoment(m_sentAtEdit, report.sentAt);
    DialogParts::selectData(m_channelCombo, reportChannelKey(report.channel));
    m_recipientEdit->setText(report.recipient);
    updateEnabledFields();
}

void IncidentReportDialog::updateEnabledFields()
{
    const bool later = m_report.kind == IncidentReportKind::Initial && m_factsUnclearCheck->isChecked();
    m_laterLabel->setVisible(later);
    for (QPlainTextEdit *edit : {m_developmentEdit, m_causeGuessEdit, m_tracingEdit, m_nextMeasuresEdit, m_sceneEdit,
                                 m_otherEdit})
        edit->setEnabled(!later);
    const bool sent = m_sentCheck->isChecked();
    m_sentAtEdit->setEnabled(sent);
    m_channelCombo->setEnabled(sent);
}

IncidentReport IncidentReportDialog::report() const
{
    IncidentReport report = m_report;
    const bool later = report.kind == IncidentReportKind::Initial && m_factsUnclearCheck->isChecked();
    report.factsUnclear = later;
    report.unitAndSystem = m_unitEdit->toPlainText().trimmed();
    report.harmSoFar = m_harmSoFarEdit->toPlainText().trimmed();
    report.measuresTaken = m_measuresTakenEdit->toPlainText().trimmed();
    report.ransomAmount = m_ransomAmountEdit->text().trimmed();
    report.ransomPaymentMethod = m_ransomMethodEdit->text().trimmed();
    report.ransomDate = m_ransomDateEdit->date();
    // Items 3 to 8 of a report that carries only 1 and 2 are kept as typed, but not sent: the
    // document marks them "to follow".
    report.likelyDevelopment = m_developmentEdit->toPlainText().trimmed();
    report.preliminaryCause = m_causeGuessEdit->toPlainText().trimmed();
    report.tracingLeads = m_tracingEdit->toPlainText().trimmed();
    report.nextMeasures = m_nextMeasuresEdit->toPlainText().trimmed();
    report.scenePreservation = m_sceneEdit->toPlainText().trimmed();
    report.other = m_otherEdit->toPlainText().trimmed();
    report.cause = m_causeEdit->toPlainText().trimmed();
    report.measures = m_measuresEdit->toPlainText().trimmed();
    report.harm = m_harmEdit->toPlainText().trimmed();
    report.accountability = m_accountabilityEdit->toPlainText().trimmed();
    report.rectification = m_rectificationEdit->toPlainText().trimmed();
    report.lessons = m_lessonsEdit->toPlainText().trimmed();
    report.issuedBy = m_issuedByEdit->text().trimmed();
    report.issuedAt = fromShown(m_issuedAtEdit);
    report.sentAt = m_sentCheck->isChecked() ? fromShown(m_sentAtEdit) : QDateTime();
    report.channel = reportChannelFromKey(m_channelCombo->currentData().toString()).value_or(ReportChannel::Other);
    report.recipient = m_recipientEdit->text().trimmed();
    return report;
}

bool IncidentReportDialog::hasChanges() const
{
    return report() != m_initial;
}

QStringList IncidentReportDialog::validationProblems() const
{
    const IncidentReport current = report();
    QStringList problems;
    if (current.kind != IncidentReportKind::Summary && current.unitAndSystem.isEmpty())
        problems << tr("Item 1 needs the organisation and the affected system.");
    if (current.kind == IncidentReportKind::Summary && current.cause.isEmpty())
        problems << tr("The summary report needs the cause of the incident.");
    if (current.isSent() && current.recipient.isEmpty())
        problems << tr("Say to whom the report was sent.");
    if (current.isSent() && current.sentAt > Clock::nowUtc().addSecs(5 * 60))
        problems << tr("The time the report was sent lies in the future.");
    if (current.isSent() && current.sentAt < m_incident.discoveredAt)
        problems << tr("A report cannot be sent before the incident was discovered.");
    problems << current.validationProblems();
    return problems;
}

void IncidentReportDialog::focusFirstProblem()
{
    const IncidentReport current = report();
    if (current.kind != IncidentReportKind::Summary && current.unitAndSystem.isEmpty()) {
        m_tabs->setCurrentIndex(FirstItemsTab);
        m_unitEdit->setFocus();
    } else if (current.kind == IncidentReportKind::Summary && current.cause.isEmpty()) {
        m_tabs->setCurrentIndex(SummaryTab);
        m_causeEdit->setFocus();
    } else {
        m_tabs->setCurrentIndex(IssueTab);
        (current.issuedBy.isEmpty() ? static_cast<QWidget *>(m_issuedByEdit) : m_sentAtEdit)->setFocus();
    }
}

QString IncidentReportDialog::save()
{
    const IncidentReport current = report();
    if (!m_saveHandler) {
        m_savedReport = current;
        return QString();
    }
    Result<IncidentReport> saved = m_saveHandler(current);
    if (!saved)
        return saved.errorMessage();
    m_savedReport = saved.value();
    return QString();
}
