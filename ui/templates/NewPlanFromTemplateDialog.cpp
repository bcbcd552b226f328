#include "NewPlanFromTemplateDialog.h"

#include "MessageBoxes.h"
#include "SaveThroughHandler.h"
#include "core/exchange/TemplateFormat.h"
#include "core/exchange/TemplateInstantiator.h"
#include "core/exchange/TemplatePlaceholders.h"
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

    auto *templateLabel = new QLabel(TemplatePlaceholders::readable(templ.title, templ.language), this);
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
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("operatorProfileComboBox"));
    for (OperatorProfile profile : allOperatorProfiles())
        m_profileCombo->addItem(QCoreApplication::translate("OperatorProfile", operatorProfileSourceText(profile)),
                                operatorProfileKey(profile));
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(operatorProfileKey(templ.plan.profile))));
    form->addRow(tr("O&perator:"), m_profileCombo);
    m_sectorCombo = new QComboBox(this);
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    m_sectorCombo->addItem(tr("— Choose the sector —"), QString());
    for (const ReferenceData::Sector &sector : ReferenceData::builtIn().sectors)
        m_sectorCombo->addItem(sector.name.in(uiLanguage), sector.id);
    m_sectorLabel = new QLabel(tr("CII &sector:"), this);
    m_sectorLabel->setBuddy(m_sectorCombo);
    form->addRow(m_sectorLabel, m_sectorCombo);
    layout->addLayout(form);
    m_reportingHint = new QLabel(this);
    m_reportingHint->setObjectName(QStringLiteral("reportingChainHintLabel"));
    m_reportingHint->setTextFormat(Qt::PlainText);
    m_reportingHint->setWordWrap(true);
    layout->addWidget(m_reportingHint);
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
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &NewPlanFromTemplateDialog::onProfileChanged);
    onProfileChanged();
    setWindowModality(Qt::WindowModal);
    resize(620, sizeHint().height());
}

QString NewPlanFromTemplateDialog::proposedTitle() const
{
    const QString organisation = m_organisationEdit->text().trimmed();
    const QString &title = m_template.title;
    // Until the organisation is entered its place shows as 〔单位名称〕, never as {{organisation}}.
    if (title.contains(QLatin1String(TemplateFormat::kOrganisationPlaceholder)))
        return TemplatePlaceholders::filled(title, organisation, m_template.language).trimmed();
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

OperatorProfile NewPlanFromTemplateDialog::chosenProfile() const
{
    return operatorProfileFromKey(m_profileCombo->currentData().toString()).value_or(m_template.plan.profile);
}

void NewPlanFromTemplateDialog::onProfileChanged()
{
    const bool cii = chosenProfile() == OperatorProfile::CriticalInfrastructure;
    m_sectorLabel->setVisible(cii);
    m_sectorCombo->setVisible(cii);
    TemplateInstantiator::PlanOptions options;
    options.profile = chosenProfile();
    const bool replaced = TemplateInstantiator::replacesReportingChain(m_template, options);
    // Whole sentences per operator, so that each language words the chain itself.
    QString hint;
    if (replaced && cii)
        hint = tr("The template was written for another kind of operator: the plan gets the reporting chain of a CII "
                  "operator instead of the template's (within 1 hour to the protection department and the public "
                  "security organs).");
    else if (replaced)
        hint = tr("The template was written for another kind of operator: the plan gets the reporting chain of the "
                  "operator chosen instead of the template's. Check it on the Reporting chain tab.");
    m_reportingHint->setText(hint);
    m_reportingHint->setVisible(replaced);
}

void NewPlanFromTemplateDialog::accept()
{
    TemplateInstantiator::PlanOptions options;
    options.organisation = m_organisationEdit->text().trimmed();
    options.title = m_titleEdit->text().trimmed();
    options.profile = chosenProfile();
    const bool cii = *options.profile == OperatorProfile::CriticalInfrastructure;
    options.ciiSector = cii ? m_sectorCombo->currentData().toString() : QString();
    if (options.organisation.isEmpty()) {
        MessageBoxes::warning(this, tr("The plan was not created"),
                              tr("Enter the name of the organisation."));
        m_organisationEdit->setFocus();
        return;
    }
    if (cii && options.ciiSector.isEmpty()) {
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
