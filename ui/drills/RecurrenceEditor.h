#pragma once

#include "core/schedule/RecurrenceRule.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

// How a drill item repeats: a frequency (once, yearly … or every n days, weeks, months, years),
// which day of the month a month-based rule keeps, and where the series ends (on a date or after
// a number of occurrences). The day-of-month choices depend on the first date, which the item
// dialog passes in: only the anchors that pick that very date are offered ("on the last Friday"
// only if it is the last Friday of its month). Beneath, a live preview says what the rule means
// and lists the first dates, or says in red what is wrong with it.
class RecurrenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecurrenceEditor(QWidget *parent = nullptr);

    // The rule as shown. A repeating rule carries exactly one end (until or count); a one-off
    // rule carries none.
    RecurrenceRule rule() const;
    // Shows `rule`; does not emit edited().
    void setRule(const RecurrenceRule &rule);

    QDate firstDate() const { return m_firstDate; }
    // The anchors offered and the preview follow the first date. If the chosen anchor no longer
    // fits the new date, the day-of-month anchor takes its place. Does not emit edited().
    void setFirstDate(const QDate &firstDate);

    // The anchors offered for the current first date and frequency, in the order shown; empty when
    // the anchor does not apply (once, days, weeks).
    QList<RecurrenceRule::MonthAnchor> offeredAnchors() const;

    QLabel *previewLabel() const { return m_previewLabel; }

signals:
    // The user changed the rule.
    void edited();

private:
    bool anchorApplies() const;
    int stepMonths() const;
    QString anchorText(RecurrenceRule::MonthAnchor anchor) const;
    bool dayIsShortenedSomewhere() const;
    void rebuildAnchors(RecurrenceRule::MonthAnchor wanted);
    void updateFields();
    void updatePreview();
    void onEdited();

    QDate m_firstDate;
    bool m_setting = false;
    // Whether the end date / count came from the rule or the user; until then they follow the
    // first date and the frequency.
    bool m_untilTouched = false;
    bool m_countTouched = false;

    QComboBox *m_frequencyCombo = nullptr;
    QWidget *m_customRow = nullptr;
    QSpinBox *m_intervalSpin = nullptr;
    QComboBox *m_unitCombo = nullptr;
    QLabel *m_anchorLabel = nullptr;
    QComboBox *m_anchorCombo = nullptr;
    QLabel *m_endLabel = nullptr;
    QWidget *m_endBox = nullptr;
    QRadioButton *m_untilRadio = nullptr;
    QDateEdit *m_untilEdit = nullptr;
    QRadioButton *m_countRadio = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_firstDateLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
};
