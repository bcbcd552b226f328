#include "OptionalDateEdit.h"

#include "core/Clock.h"
#include <QDateEdit>
#include <QHBoxLayout>
#include <QToolButton>

namespace {
const QDate kUnsetDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(const QString &baseName, QWidget *parent) : QWidget(parent)
{
    setObjectName(baseName + QStringLiteral("OptionalDateEdit"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(baseName + QStringLiteral("DateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(kUnsetDate);
    m_dateEdit->setSpecialValueText(tr("Not set"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMinimumWidth(m_dateEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 60);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(baseName + QStringLiteral("ClearToolButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dateEdit);
    layout->addWidget(m_clearButton);
    layout->addStretch(1);
    setFocusProxy(m_dateEdit);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this] {
        updateButton();
        if (!m_setting)
            emit dateEdited(date());
    });
    // From "Not set" the spin box would start at the minimum date, a century ago: "Set" starts at today.
    connect(m_clearButton, &QToolButton::clicked, this,
            [this] { m_dateEdit->setDate(date().isValid() ? kUnsetDate : Clock::today()); });
    setDate(QDate());
}

QDate OptionalDateEdit::date() const
{
    return m_dateEdit->date() == kUnsetDate ? QDate() : m_dateEdit->date();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    m_setting = true;
    m_dateEdit->setDate(date.isValid() ? date : kUnsetDate);
    m_setting = false;
    updateButton();
}

void OptionalDateEdit::updateButton()
{
    const bool isSet = date().isValid();
    m_clearButton->setText(isSet ? tr("Clear") : tr("Set"));
    m_clearButton->setToolTip(isSet ? tr("Leave the date unset") : tr("Set the date, starting from today"));
}
