#include "PlanWizardPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

PlanWizardPage::PlanWizardPage(const QString &name, QWidget *parent) : QWizardPage(parent)
{
    setObjectName(name + QLatin1String("Page"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(name + QLatin1String("ScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scrollArea);
    m_content->setObjectName(name + QLatin1String("Content"));
    m_scrollArea->setWidget(m_content);
    layout->addWidget(m_scrollArea, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(name + QLatin1String("ErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText); // it may quote the user's text
    m_errorLabel->setWordWrap(true);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    m_errorLabel->setPalette(palette);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);
}

bool PlanWizardPage::reportProblems(const QStringList &problems)
{
    m_errorLabel->setText(problems.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

void PlanWizardPage::recheck()
{
    if (!m_errorLabel->isHidden())
        reportProblems(problems());
}

void PlanWizardPage::focusField(QWidget *widget)
{
    if (!widget)
        return;
    m_scrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}
