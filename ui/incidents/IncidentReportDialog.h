#pragma once

#include "core/Result.h"
#include "core/domain/Plan.h"
#include "core/incident/Incident.h"
#include "core/incident/IncidentReport.h"
#include "drills/ValidatingDialog.h"

#include <functional>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

// One report on an incident as the officer writes it. The initial report (初次报告) and a
// supplementary report (续报) carry the eight items of Art. 7 of 国家网络安全事件报告管理办法, worded
// and numbered as the printed form; item 2's time, place, category and level come from the
// declaration. "Facts still unclear" lets a first report carry items 1 and 2 only. The summary
// report (总结报告) carries cause, measures, harm, accountability, rectification and lessons. Every
// kind says who issued it (签发人) and when, and whether, when, how and to whom it was sent; times are
// shown and entered in the incident's zone. The dialog does not touch the database: the save
// handler stores the report; Print asks whoever opened the dialog to print what it shows.
class IncidentReportDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    enum Tab { FirstItemsTab, FurtherItemsTab, SummaryTab, IssueTab };

    IncidentReportDialog(const Plan &plan, const Incident &incident, const IncidentReport &report,
                         QWidget *parent = nullptr);

    // A new report of `kind`: the unit and systems from the plan and the incident; a supplementary
    // report starts from the latest initial or supplementary report's items; a summary from the
    // lessons of closing; issued now; the recipient of the initial report's route.
    static IncidentReport newReportFor(const Incident &incident, const Plan &plan, IncidentReportKind kind,
                                       const QList<IncidentReport> &existing);

    IncidentReport report() const;
    bool hasChanges() const override;

    using SaveHandler = std::function<Result<IncidentReport>(const IncidentReport &)>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    const IncidentReport &savedReport() const { return m_savedReport; }

    QTabWidget *tabs() const { return m_tabs; }

signals:
    void printRequested(const IncidentReport &report);

protected:
    void commitPendingEdits() override {}
    QStringList validationProblems() const override;
    void focusFirstProblem() override;
    QString save() override;

private:
    QWidget *buildFirstItemsTab();
    QWidget *buildFurtherItemsTab();
    QWidget *buildSummaryTab();
    QWidget *buildIssueTab();
    QPlainTextEdit *addText(QWidget *tab, const QString &name, const QString &caption, int lines);
    void load(const IncidentReport &report);
    void updateEnabledFields();
    QDateTime fromShown(const QDateTimeEdit *edit) const;
    void showMoment(QDateTimeEdit *edit, const QDateTime &moment) const;

    Plan m_plan;
    Incident m_incident;
    IncidentReport m_report;  // ids, kind and time stamps
    IncidentReport m_initial; // as first shown
    IncidentReport m_savedReport;
    SaveHandler m_saveHandler;

    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_factsUnclearCheck = nullptr;
    QPlainTextEdit *m_unitEdit = nullptr;
    QPlainTextEdit *m_harmSoFarEdit = nullptr;
    QPlainTextEdit *m_measuresTakenEdit = nullptr;
    QWidget *m_ransomBox = nullptr;
    QLineEdit *m_ransomAmountEdit = nullptr;
    QLineEdit *m_ransomMethodEdit = nullptr;
    OptionalDateEdit *m_ransomDateEdit = nullptr;
    QPlainTextEdit *m_developmentEdit = nullptr;
    QPlainTextEdit *m_causeGuessEdit = nullptr;
    QPlainTextEdit *m_tracingEdit = nullptr;
    QPlainTextEdit *m_nextMeasuresEdit = nullptr;
    QPlainTextEdit *m_sceneEdit = nullptr;
    QPlainTextEdit *m_otherEdit = nullptr;
    QLabel *m_laterLabel = nullptr;
    QPlainTextEdit *m_causeEdit = nullptr;
    QPlainTextEdit *m_measuresEdit = nullptr;
    QPlainTextEdit *m_harmEdit = nullptr;
    QPlainTextEdit *m_accountabilityEdit = nullptr;
    QPlainTextEdit *m_rectificationEdit = nullptr;
    QPlainTextEdit *m_lessonsEdit = nullptr;
    QLineEdit *m_issuedByEdit = nullptr;
    QDateTimeEdit *m_issuedAtEdit = nullptr;
    QCheckBox *m_sentCheck = nullptr;
    QDateTimeEdit *m_sentAtEdit = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLineEdit *m_recipientEdit = nullptr;
};
