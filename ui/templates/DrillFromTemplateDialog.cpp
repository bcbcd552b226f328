#include "DrillFromTemplateDialog.h"

#include "MessageBoxes.h"
#include "SaveThroughHandler.h"
#include "core/Clock.h"
#include "core/exchange/TemplateInstantiator.h"
#include "core/exchange/TemplatePlaceholders.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DrillFromTemplateDialog::DrillFromTemplateDialog(const Template &templ, const QList<PlanSummary> &plans,
                                                 qint64 planId, QWidget *parent)
    : QDialog(parent), m_template(templ), m_plans(plans)
{
    setObjectName(QStringLiteral("drillFromTemplateDialog"));
    setWindowTitle(tr("Add a Drill from a Template"));
    auto *layout = new QVBoxLayout(this);

    auto *templateLabel = new QLabel(TemplatePlaceholders::readable(templ.title, templ.language), this);
    templateLabel->setObjectName(QStringLiteral("templateTitleLabel"));
    templateLabel->setTextFormat(Qt::PlainText);
    templateLabel->setWordWrap(true);
    QFont bold = templateLabel->font();
    bold.setBold(true);
    templateLabel->setFont(bold);
    layout->addWidget(templateLabel);
    auto *intro =
        new QLabel(tr("The drill is added to the plan's drill programme and held once on the date you "
                      "choose. Set the time, the place, the participants and a recurrence in the "
                      "programme afterwards."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planComboBox"));
    // Plan titles can be long; the combo must not push the dialog wider than the screen.
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setMinimumContentsLength(30);
    for (const PlanSummary &plan : plans)
        m_planCombo->addItem(plan.title, plan.id);
    if (const int index = m_planCombo->findData(planId); index >= 0)
        m_planCombo->setCurrentIndex(index);
    form->addRow(tr("&Plan:"), m_planCombo);
    m_firstDateEdit = new QDateEdit(Clock::today().addDays(30), this);
    m_firstDateEdit->setObjectName(QStringLiteral("firstDateEdit"));
    m_firstDateEdit->setCalendarPopup(true);
    m_firstDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&First held on:"), m_firstDateEdit);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the Programme"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addDrillButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DrillFromTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setWindowModality(Qt::WindowModal);
    resize(600, sizeHint().height());
}

void DrillFromTemplateDialog::accept()
{
    const qint64 planId = m_planCombo->currentData().toLongLong();
    QString organisation;
    for (const PlanSummary &plan : std::as_const(m_plans)) {
        if (plan.id == planId)
            organisation = plan.organisation;
    }
    if (planId == 0) {
        MessageBoxes::warning(this, tr("The drill was not added"),
                              tr("Choose the plan the drill belongs to."));
        return;
    }
    Result<DrillItem> item =
        TemplateInstantiator::createDrillItem(m_template, planId, m_firstDateEdit->date(), organisation);
    if (!item) {
        MessageBoxes::warning(this, tr("The drill was not added"), item.errorMessage());
        return;
    }
    const std::optional<DrillItem> saved =
        saveThroughHandler(m_saveHandler, item.value(), this, tr("The drill was not saved"));
    if (!saved)
        return;
    m_savedItem = *saved;
    QDialog::accept();
}
