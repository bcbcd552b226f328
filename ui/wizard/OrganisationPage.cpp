#include "OrganisationPage.h"

#include "tables/PlanTableDelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

OrganisationPage::OrganisationPage(const ReferenceData &data, const QString &planLanguage, const QString &uiLanguage,
                                   QWidget *parent)
    : PlanWizardPage(QStringLiteral("organisation"), parent), m_data(data), m_uiLanguage(uiLanguage)
{
    setTitle(tr("Organisation and operator profile"));
    setSubTitle(tr("Who the plan is for. The operator profile decides to whom and how fast an incident is "
                   "reported."));

    auto *form = new QFormLayout(content());
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_organisationEdit = new QLineEdit(content());
    m_organisationEdit->setObjectName(QStringLiteral("organisationLineEdit"));
    m_organisationEdit->setPlaceholderText(tr("Full name of the organisation, e.g. as on its business licence"));
    m_organisationEdit->setMaxLength(200);
    form->addRow(tr("&Organisation:"), m_organisationEdit);

    m_titleEdit = new QLineEdit(content());
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setMaxLength(300);
    m_titleEdit->setToolTip(tr("Proposed from the organisation and the plan kind until you change it."));
    form->addRow(tr("Plan &title:"), m_titleEdit);

    m_languageCombo = new QComboBox(content());
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, as language choosers customarily do.
    m_languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(planLanguage == QLatin1String("en") ? 1 : 0);
    m_languageCombo->setToolTip(tr("The language the plan document is written in. Default text that you "
                                   "have not changed follows it."));
    form->addRow(tr("Plan &language:"), m_languageCombo);

    m_profileCombo = new QComboBox(content());
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    for (OperatorProfile profile : allOperatorProfiles())
        m_profileCombo->addItem(QCoreApplication::translate("OperatorProfile", operatorProfileSourceText(profile)),
                                operatorProfileKey(profile));
    form->addRow(tr("Operator &profile:"), m_profileCombo);

    m_sectorCombo = new QComboBox(content());
    m_sectorCombo->setObjectName(QStringLiteral("sectorComboBox"));
    m_sectorCombo->addItem(tr("— Choose the sector —"), QString());
    for (const ReferenceData::Sector &sector : m_data.sectors)
        m_sectorCombo->addItem(sector.name.in(uiLanguage), sector.id);
    form->addRow(tr("CII &sector:"), m_sectorCombo);

    m_profileHint = new QLabel(content());
    m_profileHint->setObjectName(QStringLiteral("profileHintLabel"));
    m_profileHint->setWordWrap(true);
    m_profileHint->setTextFormat(Qt::PlainText);
    m_profileHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_profileHint);

    m_kindCombo = new QComboBox(content());
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    for (PlanKind kind : {PlanKind::Comprehensive, PlanKind::Special})
        m_kindCombo->addItem(QCoreApplication::translate("PlanKind", planKindSourceText(kind)), planKindKey(kind));
    form->addRow(tr("Plan &kind:"), m_kindCombo);

    m_scenarioEdit = new QLineEdit(content());
    m_scenarioEdit->setObjectName(QStringLiteral("scenarioLineEdit"));
    m_scenarioEdit->setPlaceholderText(tr("e.g. ransomware, data leak, website defacement"));
    m_scenarioEdit->setMaxLength(200);
    form->addRow(tr("Sc&enario:"), m_scenarioEdit);

    m_confidentialityEdit = new QLineEdit(content());
    m_confidentialityEdit->setObjectName(QStringLiteral("confidentialityLineEdit"));
    m_confidentialityEdit->setPlaceholderText(tr("Optional, e.g. Internal; printed on the cover"));
    m_confidentialityEdit->setMaxLength(50);
    form->addRow(tr("&Confidentiality mark:"), m_confidentialityEdit);

    m_proposedTitle = PlanFactory::defaultTitle(QString(), basics().language, PlanKind::Comprehensive, QString());
    m_titleEdit->setText(m_proposedTitle);

    connect(m_organisationEdit, &QLineEdit::textChanged, this, &OrganisationPage::onBasicsEdited);
    connect(m_scenarioEdit, &QLineEdit::textChanged, this, &OrganisationPage::onBasicsEdited);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &OrganisationPage::recheck);
    for (QComboBox *combo : {m_languageCombo, m_profileCombo, m_sectorCombo, m_kindCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrganisationPage::onBasicsEdited);
    updateEnabledFields();
}

PlanFactory::Basics OrganisationPage::basics() const
{
    PlanFactory::Basics basics;
    basics.organisation = m_organisationEdit->text();
    basics.language = m_languageCombo->currentData().toString();
    basics.profile = operatorProfileFromKey(m_profileCombo->currentData().toString()).value_or(OperatorProfile::Ordinary);
    basics.ciiSector = m_sectorCombo->currentData().toString();
    basics.kind = planKindFromKey(m_kindCombo->currentData().toString()).value_or(PlanKind::Comprehensive);
    basics.scenario = m_scenarioEdit->text();
    return basics;
}

void OrganisationPage::onBasicsEdited()
{
    const PlanFactory::Basics current = basics();
    const QString proposal = PlanFactory::defaultTitle(current.organisation.trimmed(), current.language, current.kind,
                                                       current.kind == PlanKind::Special ? current.scenario.trimmed()
                                                                                         : QString());
    if (m_titleEdit->text() == m_proposedTitle)
        m_titleEdit->setText(proposal);
    m_proposedTitle = proposal;
    updateEnabledFields();
    recheck();
    emit basicsChanged();
}

void OrganisationPage::updateEnabledFields()
{
    const PlanFactory::Basics current = basics();
    m_sectorCombo->setEnabled(current.profile == OperatorProfile::CriticalInfrastructure);
    m_scenarioEdit->setEnabled(current.kind == PlanKind::Special);

    // Say what the profile means in practice: the first report and its deadline.
    const ReferenceData::ReportingProfile *rules = m_data.reportingProfile(operatorProfileKey(current.profile));
    if (rules && !rules->steps.isEmpty()) {
        const ReferenceData::ReportingStep &first = rules->steps.first();
        const QString authority = first.authority.in(m_uiLanguage);
        m_profileHint->setText(first.deadlineMinutes <= 0
                                   ? tr("First report: to %1, without delay after discovery.").arg(authority)
                                   : tr("First report: to %1, %2 after discovery.")
                                         .arg(authority, PlanTableDelegate::deadlineText(first.deadlineMinutes)));
    } else {
        m_profileHint->clear();
    }
}

void OrganisationPage::setDefaults(const Plan &)
{
    // This page makes the defaults; it has nothing to refill.
}

void OrganisationPage::applyTo(Plan &plan) const
{
    plan.title = m_titleEdit->text().trimmed();
    plan.confidentiality = m_confidentialityEdit->text().trimmed();
}

QStringList OrganisationPage::problems() const
{
    return checkFields(nullptr);
}

QStringList OrganisationPage::checkFields(QWidget **firstField) const
{
    const PlanFactory::Basics current = basics();
    QStringList problems;
    auto missing = [&](QWidget *field, const QString &problem) {
        problems << problem;
        if (firstField && !*firstField)
            *firstField = field;
    };
    if (current.organisation.trimmed().isEmpty())
        missing(m_organisationEdit, tr("Enter the name of the organisation."));
    if (m_titleEdit->text().trimmed().isEmpty())
        missing(m_titleEdit, tr("Enter the title of the plan."));
    if (current.profile == OperatorProfile::CriticalInfrastructure && current.ciiSector.isEmpty())
        missing(m_sectorCombo, tr("Choose the sector of the critical information infrastructure."));
    if (current.kind == PlanKind::Special && current.scenario.trimmed().isEmpty())
        missing(m_scenarioEdit, tr("Enter the scenario that the special plan covers."));
    return problems;
}

bool OrganisationPage::validatePage()
{
    QWidget *first = nullptr;
    const QStringList found = checkFields(&first);
    focusField(first);
    return reportProblems(found);
}
