#include "RecurrenceEditor.h"

#include "core/Clock.h"
#include "core/schedule/RecurrenceSeries.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>

namespace {
using Frequency = RecurrenceRule::Frequency;
using Unit = RecurrenceRule::Unit;
using MonthAnchor = RecurrenceRule::MonthAnchor;

// How many dates the preview lists before "…".
constexpr int kPreviewDates = 4;

const QDate kEarliestDate(2000, 1, 1);
const QDate kLatestDate(2199, 12, 31);

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(qMax(0, index));
}

// The occurrence count a new repeating rule proposes: about three years of drills.
int proposedCount(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Yearly: return 3;
    case Frequency::HalfYearly: return 6;
    case Frequency::Quarterly: return 12;
    case Frequency::Monthly: return 36;
    case Frequency::Custom:
    case Frequency::Once: break;
    }
    return 4;
}
} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_firstDateLabel = new QLabel(this);
    m_firstDateLabel->setObjectName(QStringLiteral("recurrenceFirstDateLabel"));
    m_firstDateLabel->setTextFormat(Qt::PlainText);
    m_firstDateLabel->setToolTip(tr("The date of the first drill is set with the other times of the drill."));
    form->addRow(tr("First drill:"), m_firstDateLabel);

    m_frequencyCombo = new QComboBox(this);
    m_frequencyCombo->setObjectName(QStringLiteral("recurrenceFrequencyComboBox"));
    m_frequencyCombo->addItem(tr("Once"), int(Frequency::Once));
    m_frequencyCombo->addItem(tr("Yearly"), int(Frequency::Yearly));
    m_frequencyCombo->addItem(tr("Half-yearly"), int(Frequency::HalfYearly));
    m_frequencyCombo->addItem(tr("Quarterly"), int(Frequency::Quarterly));
    m_frequencyCombo->addItem(tr("Monthly"), int(Frequency::Monthly));
    m_frequencyCombo->addItem(tr("Custom…"), int(Frequency::Custom));
    m_frequencyCombo->setToolTip(tr("A comprehensive drill is recommended every year, special drills as needed."));
    m_frequencyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *frequencyRow = new QHBoxLayout;
    frequencyRow->addWidget(m_frequencyCombo);
    frequencyRow->addStretch(1);
    auto *frequencyLabel = new QLabel(tr("Re&peats:"), this);
    frequencyLabel->setBuddy(m_frequencyCombo);
    form->addRow(frequencyLabel, frequencyRow);

    m_customRow = new QWidget(this);
    m_customRow->setObjectName(QStringLiteral("recurrenceCustomWidget"));
    auto *customLayout = new QHBoxLayout(m_customRow);
    customLayout->setContentsMargins(0, 0, 0, 0);
    m_intervalSpin = new QSpinBox(m_customRow);
    m_intervalSpin->setObjectName(QStringLiteral("recurrenceIntervalSpinBox"));
    m_intervalSpin->setRange(RecurrenceSeries::kMinimumInterval, RecurrenceSeries::kMaximumInterval);
    m_unitCombo = new QComboBox(m_customRow);
    m_unitCombo->setObjectName(QStringLiteral("recurrenceUnitComboBox"));
    m_unitCombo->addItem(tr("days"), int(Unit::Days));
    m_unitCombo->addItem(tr("weeks"), int(Unit::Weeks));
    m_unitCombo->addItem(tr("months"), int(Unit::Months));
    m_unitCombo->addItem(tr("years"), int(Unit::Years));
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    customLayout->addWidget(m_intervalSpin);
    customLayout->addWidget(m_unitCombo);
    customLayout->addStretch(1);
    auto *intervalLabel = new QLabel(tr("&Every:"), this);
    intervalLabel->setBuddy(m_intervalSpin);
    form->addRow(intervalLabel, m_customRow);

    m_anchorCombo = new QComboBox(this);
    m_anchorCombo->setObjectName(QStringLiteral("recurrenceAnchorComboBox"));
    m_anchorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_anchorCombo->setToolTip(tr("Which day of the month the drill keeps. Only the choices that fall on the "
                                 "first drill's date are offered."));
    auto *anchorRow = new QHBoxLayout;
    anchorRow->addWidget(m_anchorCombo);
    anchorRow->addStretch(1);
    m_anchorLabel = new QLabel(tr("&Day:"), this);
    m_anchorLabel->setBuddy(m_anchorCombo);
    form->addRow(m_anchorLabel, anchorRow);

    m_endBox = new QWidget(this);
    m_endBox->setObjectName(QStringLiteral("recurrenceEndWidget"));
    auto *endLayout = new QGridLayout(m_endBox);
    endLayout->setContentsMargins(0, 0, 0, 0);
    m_untilRadio = new QRadioButton(tr("&Until"), m_endBox);
    m_untilRadio->setObjectName(QStringLiteral("recurrenceUntilRadioButton"));
    m_untilEdit = new QDateEdit(m_endBox);
    m_untilEdit->setObjectName(QStringLiteral("recurrenceUntilDateEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_untilEdit->setDateRange(kEarliestDate, kLatestDate);
    m_untilEdit->setToolTip(tr("The last day a drill of this series may fall on."));
    m_countRadio = new QRadioButton(tr("&After"), m_endBox);
    m_countRadio->setObjectName(QStringLiteral("recurrenceCountRadioButton"));
    m_countSpin = new QSpinBox(m_endBox);
    m_countSpin->setObjectName(QStringLiteral("recurrenceCountSpinBox"));
    m_countSpin->setRange(1, RecurrenceRule::kMaximumOccurrences);
    m_countSpin->setSuffix(tr(" occurrences"));
    auto *endGroup = new QButtonGroup(m_endBox);
    endGroup->addButton(m_untilRadio);
    endGroup->addButton(m_countRadio);
    endLayout->addWidget(m_untilRadio, 0, 0);
    endLayout->addWidget(m_untilEdit, 0, 1);
    endLayout->addWidget(m_countRadio, 1, 0);
    endLayout->addWidget(m_countSpin, 1, 1);
    endLayout->setColumnStretch(2, 1);
    m_endLabel = new QLabel(tr("Ends:"), this);
    form->addRow(m_endLabel, m_endBox);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("recurrencePreviewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The whole width: a wrapped label would otherwise keep to a narrow column.
    m_previewLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Room for the description and the dates, or two problems, so that the form does not jump
    // while the user types.
    m_previewLabel->setMinimumHeight(m_previewLabel->fontMetrics().lineSpacing() * 2);
    form->addRow(tr("Preview:"), m_previewLabel);

    m_firstDate = Clock::today();
    m_untilEdit->setDate(m_firstDate.addYears(3));
    m_countSpin->setValue(proposedCount(Frequency::Yearly));
    m_countRadio->setChecked(true);

    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A count the user has not chosen follows the frequency: about three years of drills.
        if (!m_setting && !m_countTouched) {
            m_setting = true;
            m_countSpin->setValue(proposedCount(Frequency(m_frequencyCombo->currentData().toInt())));
            m_setting = false;
        }
        onEdited();
    });
    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, &RecurrenceEditor::onEdited);
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, &RecurrenceEditor::onEdited);
    connect(m_anchorCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_setting)
            return;
        updatePreview(); // the choices themselves stay: they depend on the date and the frequency only
        emit edited();
    });
    connect(m_untilRadio, &QRadioButton::toggled, this, &RecurrenceEditor::onEdited);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting) {
            m_untilTouched = true;
            m_untilRadio->setChecked(true); // typing a date means "end on it"
        }
        onEdited();
    });
    connect(m_countSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_setting) {
            m_countTouched = true;
            m_countRadio->setChecked(true);
        }
        onEdited();
    });

    setFocusProxy(m_frequencyCombo);
    setRule(RecurrenceRule());
}

RecurrenceRule RecurrenceEditor::rule() const
{
    RecurrenceRule rule;
    rule.frequency = Frequency(m_frequencyCombo->currentData().toInt());
    if (rule.frequency == Frequency::Custom) {
        rule.interval = m_intervalSpin->value();
        rule.unit = Unit(m_unitCombo->currentData().toInt());
    }
    if (anchorApplies() && m_anchorCombo->currentIndex() >= 0)
        rule.anchor = MonthAnchor(m_anchorCombo->currentData().toInt());
    if (rule.frequency != Frequency::Once) {
        if (m_untilRadio->isChecked())
            rule.until = m_untilEdit->date();
        else
            rule.count = m_countSpin->value();
    }
    return rule;
}

void RecurrenceEditor::setRule(const RecurrenceRule &rule)
{
    m_setting = true;
    selectData(m_frequencyCombo, int(rule.frequency));
    m_intervalSpin->setValue(qBound(RecurrenceSeries::kMinimumInterval, rule.interval, RecurrenceSeries::kMaximumInterval));
    selectData(m_unitCombo, int(rule.unit));
    m_untilTouched = rule.until.isValid();
    m_countTouched = rule.count > 0;
    if (rule.until.isValid())
        m_untilEdit->setDate(rule.until);
    else if (m_firstDate.isValid())
        m_untilEdit->setDate(m_firstDate.addYears(3).addDays(-1));
    m_countSpin->setValue(rule.count > 0 ? rule.count : proposedCount(rule.frequency));
    // A rule with both ends is invalid; showing its end date lets the preview say so plainly.
    if (rule.until.isValid())
        m_untilRadio->setChecked(true);
    else
        m_countRadio->setChecked(true);
    rebuildAnchors(rule.anchor);
    m_setting = false;
    updateFields();
    updatePreview();
}

void RecurrenceEditor::setFirstDate(const QDate &firstDate)
{
    if (firstDate == m_firstDate)
        return;
    m_firstDate = firstDate;
    m_setting = true;
    if (!m_untilTouched && firstDate.isValid())
        m_untilEdit->setDate(firstDate.addYears(3).addDays(-1));
    rebuildAnchors(MonthAnchor(m_anchorCombo->currentData().toInt()));
    m_setting = false;
    updateFields();
    updatePreview();
}

bool RecurrenceEditor::anchorApplies() const
{
    return stepMonths() > 0;
}

int RecurrenceEditor::stepMonths() const
{
    switch (Frequency(m_frequencyCombo->currentData().toInt())) {
    case Frequency::Once: return 0;
    case Frequency::Yearly: return 12;
    case Frequency::HalfYearly: return 6;
    case Frequency::Quarterly: return 3;
    case Frequency::Monthly: return 1;
    case Frequency::Custom:
        switch (Unit(m_unitCombo->currentData().toInt())) {
        case Unit::Months: return m_intervalSpin->value();
        case Unit::Years: return 12 * m_intervalSpin->value();
        case Unit::Days:
        case Unit::Weeks: return 0;
        }
    }
    return 0;
}

QList<RecurrenceRule::MonthAnchor> RecurrenceEditor::offeredAnchors() const
{
    if (!anchorApplies() || !m_firstDate.isValid())
        return {};
    QList<MonthAnchor> anchors{MonthAnchor::DayOfMonth};
    // The 5th Tuesday is not in every month: such a date is offered as the last Tuesday instead.
    if ((m_firstDate.day() - 1) / 7 + 1 <= 4)
        anchors << MonthAnchor::WeekdayOfMonth;
    if (m_firstDate.addDays(7).month() != m_firstDate.month())
        anchors << MonthAnchor::LastWeekdayOfMonth;
    if (m_firstDate.day() == m_firstDate.daysInMonth())
        anchors << MonthAnchor::LastDayOfMonth;
    return anchors;
}

bool RecurrenceEditor::dayIsShortenedSomewhere() const
{
    const int day = m_firstDate.day();
    const int step = stepMonths();
    if (day <= 28 || step <= 0)
        return false;
    // Enough steps to meet every month the series visits, and February in a common year.
    const int firstMonth = m_firstDate.year() * 12 + m_firstDate.month() - 1;
    for (int k = 0; k <= 48; ++k) {
        const int month = firstMonth + k * step;
        if (QDate(month / 12, month % 12 + 1, 1).daysInMonth() < day)
            return true;
    }
    return false;
}

QString RecurrenceEditor::anchorText(RecurrenceRule::MonthAnchor anchor) const
{
    const QString weekday = QLocale().dayName(m_firstDate.dayOfWeek(), QLocale::LongFormat);
    switch (anchor) {
    case MonthAnchor::DayOfMonth:
        return dayIsShortenedSomewhere() ? tr("on day %1 (the last day in shorter months)").arg(m_firstDate.day())
                                         : tr("on day %1").arg(m_firstDate.day());
    case MonthAnchor::WeekdayOfMonth:
        switch ((m_firstDate.day() - 1) / 7 + 1) {
        case 1: return tr("on the 1st %1").arg(weekday);
        case 2: return tr("on the 2nd %1").arg(weekday);
        case 3: return tr("on the 3rd %1").arg(weekday);
        default: return tr("on the 4th %1").arg(weekday);
        }
    case MonthAnchor::LastWeekdayOfMonth: return tr("on the last %1").arg(weekday);
    case MonthAnchor::LastDayOfMonth: return tr("on the last day of the month");
    }
    return QString();
}

void RecurrenceEditor::rebuildAnchors(RecurrenceRule::MonthAnchor wanted)
{
    const bool wasSetting = m_setting;
    m_setting = true;
    m_anchorCombo->clear();
    const QList<MonthAnchor> anchors = offeredAnchors();
    for (MonthAnchor anchor : anchors)
        m_anchorCombo->addItem(anchorText(anchor), int(anchor));
    // An anchor that does not fit the first date would move the first drill: the day of the month
    // (always offered) takes its place.
    // The 5th weekday of a month is always its last: the series treats the two alike.
    if (wanted == MonthAnchor::WeekdayOfMonth && !anchors.contains(wanted))
        wanted = MonthAnchor::LastWeekdayOfMonth;
    const int index = m_anchorCombo->findData(int(wanted));
    m_anchorCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_setting = wasSetting;
}

void RecurrenceEditor::updateFields()
{
    auto *form = static_cast<QFormLayout *>(layout());
    const Frequency frequency = Frequency(m_frequencyCombo->currentData().toInt());
    form->setRowVisible(m_customRow, frequency == Frequency::Custom);
    form->setRowVisible(m_anchorLabel, anchorApplies());
    form->setRowVisible(m_endBox, frequency != Frequency::Once);
    m_untilEdit->setEnabled(m_untilRadio->isChecked());
    m_countSpin->setEnabled(m_countRadio->isChecked());
    m_firstDateLabel->setText(m_firstDate.isValid()
                                  ? tr("%1 (%2)").arg(m_firstDate.toString(Qt::ISODate),
                                                      QLocale().dayName(m_firstDate.dayOfWeek(), QLocale::LongFormat))
                                  : tr("Not set"));
}

void RecurrenceEditor::updatePreview()
{
    const RecurrenceRule current = rule();
    const QStringList problems = current.validationProblems(m_firstDate);
    QPalette palette = m_previewLabel->palette();
    if (!problems.isEmpty()) {
        palette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
        m_previewLabel->setPalette(palette);
        m_previewLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    palette.setColor(QPalette::WindowText, QPalette().color(QPalette::WindowText));
    m_previewLabel->setPalette(palette);

    const QList<QDate> dates = current.occurrences(m_firstDate);
    QStringList shown;
    for (int i = 0; i < dates.size() && i < kPreviewDates; ++i)
        shown << dates.at(i).toString(Qt::ISODate);
    QString list = shown.join(QStringLiteral(", "));
    if (dates.size() > kPreviewDates + 1)
        list += QStringLiteral(", …, ") + dates.last().toString(Qt::ISODate);
    else if (dates.size() == kPreviewDates + 1)
        list += QStringLiteral(", ") + dates.last().toString(Qt::ISODate);
    const QString datesLine = dates.size() <= 1 ? list : tr("%1 (%n in all)", nullptr, int(dates.size())).arg(list);
    m_previewLabel->setText(current.describe(m_firstDate) + QLatin1Char('\n') + datesLine);
}

void RecurrenceEditor::onEdited()
{
    if (m_setting)
        return;
    // The frequency decides whether an anchor applies and whether day 31 is ever shortened.
    rebuildAnchors(MonthAnchor(m_anchorCombo->currentData().toInt()));
    updateFields();
    updatePreview();
    emit edited();
}
