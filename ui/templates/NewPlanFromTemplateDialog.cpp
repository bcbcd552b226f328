#include "NewPlanFromTemplateDialog.h"

#include "MessageBoxes.h"
#include "SaveThroughHandler.h"
#include "core/exchange/TemplateFormat.h"
#include "core/exchange/TemplateInstantiator.h"
#include "core/reference/PlanFactory.h"
#include "core/reference/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewPlanFromTemplateDialog::NewPlanFromTemplateDialog(const Template &templ, const QString &organisation,
                                                     const QString &uiLanguage, QWidget *parent)
    : QDialog(parent), m_template(templ)
{
    setObjectName(QStringLiteral("newPlanFromTemplateDialog"));
    setWindowTitle(tr("New Plan from a Template"));
    auto *layout = new QVBoxLayout(this);

    auto *templateLabel = new QLabel(templ.title, this);
    templateLabel->setObjectName(QStringLiteral("templateTitleLabel"));
    templateLabel->setTextFormat(Qt::PlainText);
    templateLabel->setWordWrap(true);
    QFont bold = templateLabel->font();
    bold.setBold(true);
    templateLabel->setFont(bold);
    layout->addWidget(templateLabel);
    auto *intro =
        new QLabel(tr("The new plan is a draft with the template's text. Parts the template does not have "
                      "come from PlanDesk's defaults; names and phone numbers are yours to fill in."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_organisationEdit = new QLineEdit(organisation, this);
    m_organisationEdit->setObjectName(QStringLiteral("organisationLineEdit"));
    m_organisationEdit->setMaxLength(200);
    m_organisationEdit->setPlaceholderText(
        tr("Full name of the organisation, e.g. as on its business licence"));
    form->addRow(tr("&Organisation:"), m_organisationEdit);
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setMaxLength(300);
    form->addRow(tr("Plan &title:"), m_titleEdit);
    if (templ.plan.profile == OperatorProfile::CriticalInfrastructure) {
        m_sectorCombo = new QComboBox(this);
        m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
        m_sectorCombo->addItem(tr("— Choose the sector —"), QString());
        for (const ReferenceData::Sector &sector : ReferenceData::builtIn().sectors)
            m_sectorCombo->addItem(sector.name.in(uiLanguage), sector.id);
        form->addRow(tr("CII &sector:"), m_sectorCombo);
    }
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Plan"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createPlanButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPlanFromTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_proposedTitle = proposedTitle();
    m_titleEdit->setText(m_proposedTitle);
    connect(m_organisationEdit, &QLineEdit::textChanged, this,
            &NewPlanFromTemplateDialog::onOrganisationEdited);
    setWindowModality(Qt::WindowModal);
    resize(620, sizeHint().height());
}

QString NewPlanFromTemplateDialog::proposedTitle() const
{
    const QString organisation = m_organisationEdit->text().trimmed();
    QString title = m_template.title;
    const QLatin1String placeholder(TemplateFormat::kOrganisationPlaceholder);
    if (title.contains(placeholder))
        return organisation.isEmpty() ? title.trimmed() : title.replace(placeholder, organisation).trimmed();
    // A template's title describes the template ("… (comprehensive plan, ordinary network operator)");
    // the plan gets the title the wizard would give it.
    const Plan &part = m_template.plan;
    return PlanFactory::defaultTitle(organisation, m_template.language, part.kind,
                                     part.kind == PlanKind::Special ? part.scenario.trimmed() : QString());
}

void NewPlanFromTemplateDialog::onOrganisationEdited()
{
    // The title follows the organisation until the user writes one of their own.
    const QString proposal = proposedTitle();
    if (m_titleEdit->text() == m_proposedTitle)
        m_titleEdit->setText(proposal);
    m_proposedTitle = proposal;
}

void NewPlanFromTemplateDialog::accept()
{
    TemplateInstantiator::PlanOptions options;
    options.organisation = m_organisationEdit->text().trimmed();
    options.title = m_titleEdit->text().trimmed();
    options.ciiSector = m_sectorCombo ? m_sectorCombo->currentData().toString() : QString();
    if (options.organisation.isEmpty()) {
        MessageBoxes::warning(this, tr("The plan was not created"),
                              tr("Enter the name of the organisation."));
        m_organisationEdit->setFocus();
        return;
    }
    if (m_sectorCombo && options.ciiSector.isEmpty()) {
        MessageBoxes::warning(this, tr("The plan was not created"),
                              tr("Choose the sector: a CII operator's plan names it."));
        m_sectorCombo->setFocus();
        return;
    }
    Result<Plan> plan = TemplateInstantiator::createPlan(m_template, options);
    if (!plan) {
        MessageBoxes::warning(this, tr("The plan was not created"), plan.errorMessage());
        return;
    }
    const std::optional<Plan> saved =
        saveThroughHandler(m_saveHandler, plan.value(), this, tr("The plan was not saved"));
    if (!saved)
        return;
    m_savedPlan = *saved;
    QDialog::accept();
}
