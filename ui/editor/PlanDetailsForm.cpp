#include "PlanDetailsForm.h"

#include "OptionalDateEdit.h"
#include "core/reference/ReferenceData.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QFormLayout *formLayout(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

void selectData(QComboBox *combo, const QString &data)
{
    int index = combo->findData(data);
    if (index < 0 && !data.isEmpty()) {
        // A value this PlanDesk does not know (newer reference data): show it rather than lose it.
        combo->addItem(data, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}
} // namespace

PlanDetailsForm::PlanDetailsForm(const QString &uiLanguage, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("planDetailsForm"));
    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(QStringLiteral("planDetailsScrollArea"));
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scrollArea);
    content->setObjectName(QStringLiteral("planDetailsContentWidget"));
    scrollArea->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollArea);
    auto *layout = new QVBoxLayout(content);

    auto *planBox = new QGroupBox(tr("Plan"), content);
    planBox->setObjectName(QStringLiteral("planGroupBox"));
    QFormLayout *planForm = formLayout(planBox);
    m_titleEdit = lineEdit(QStringLiteral("planTitleLineEdit"), planBox);
    planForm->addRow(tr("&Title:"), m_titleEdit);
    m_organisationEdit = lineEdit(QStringLiteral("organisationLineEdit"), planBox);
    planForm->addRow(tr("&Organisation:"), m_organisationEdit);
    m_languageEdit = lineEdit(QStringLiteral("planLanguageLineEdit"), planBox);
    m_languageEdit->setReadOnly(true);
    m_languageEdit->setToolTip(tr("The language the document is written in. It is chosen when the plan is created."));
    planForm->addRow(tr("Document language:"), m_languageEdit);
    m_kindCombo = new QComboBox(planBox);
    m_kindCombo->setObjectName(QStringLiteral("planKindComboBox"));
    for (PlanKind kind : {PlanKind::Comprehensive, PlanKind::Special})
        m_kindCombo->addItem(QCoreApplication::translate("PlanKind", planKindSourceText(kind)), planKindKey(kind));
    planForm->addRow(tr("&Kind of plan:"), m_kindCombo);
    m_scenarioEdit = lineEdit(QStringLiteral("scenarioLineEdit"), planBox);
    m_scenarioEdit->setPlaceholderText(tr("For a special plan: the scenario it covers, e.g. ransomware"));
    planForm->addRow(tr("&Scenario:"), m_scenarioEdit);
    m_versionEdit = lineEdit(QStringLiteral("versionLineEdit"), planBox);
    m_versionEdit->setMaximumWidth(160);
    planForm->addRow(tr("&Version:"), m_versionEdit);
    m_confidentialityEdit = lineEdit(QStringLiteral("confidentialityLineEdit"), planBox);
    m_confidentialityEdit->setPlaceholderText(tr("Printed on the cover, e.g. Internal"));
    planForm->addRow(tr("&Confidentiality mark:"), m_confidentialityEdit);
    layout->addWidget(planBox);

    auto *operatorBox = new QGroupBox(tr("Operator"), content);
    operatorBox->setObjectName(QStringLiteral("operatorGroupBox"));
    QFormLayout *operatorForm = formLayout(operatorBox);
    m_profileCombo = new QComboBox(operatorBox);
    m_profileCombo->setObjectName(QStringLiteral("operatorProfileComboBox"));
    for (OperatorProfile profile : allOperatorProfiles())
        m_profileCombo->addItem(QCoreApplication::translate("OperatorProfile", operatorProfileSourceText(profile)),
                                operatorProfileKey(profile));
    operatorForm->addRow(tr("Operator &profile:"), m_profileCombo);
    m_sectorCombo = new QComboBox(operatorBox);
    m_sectorCombo->setObjectName(QStringLiteral("ciiSectorComboBox"));
    m_sectorCombo->addItem(tr("(none)"), QString());
    for (const ReferenceData::Sector &sector : ReferenceData::builtIn().sectors)
        m_sectorCombo->addItem(sector.name.in(uiLanguage), sector.id);
    operatorForm->addRow(tr("CII s&ector:"), m_sectorCombo);
    auto *profileNote = new QLabel(
        tr("Critical information infrastructure operators must also hold drills regularly (Cybersecurity Law, "
           "Art. 36(4); Art. 34(4) before the 2025 amendment)."),
        operatorBox);
    profileNote->setObjectName(QStringLiteral("operatorProfileNoteLabel"));
    profileNote->setWordWrap(true);
    profileNote->setTextFormat(Qt::PlainText);
    operatorForm->addRow(profileNote);
    layout->addWidget(operatorBox);

    auto *approvalBox = new QGroupBox(tr("Approval and dates"), content);
    approvalBox->setObjectName(QStringLiteral("approvalGroupBox"));
    QFormLayout *approvalForm = formLayout(approvalBox);
    m_statusCombo = new QComboBox(approvalBox);
    m_statusCombo->setObjectName(QStringLiteral("planStatusComboBox"));
    for (PlanStatus status : allPlanStatuses())
        m_statusCombo->addItem(QCoreApplication::translate("PlanStatus", planStatusSourceText(status)),
                               planStatusKey(status));
    approvalForm->addRow(tr("St&atus:"), m_statusCombo);
    m_approverEdit = lineEdit(QStringLiteral("approverLineEdit"), approvalBox);
    approvalForm->addRow(tr("Approve&r:"), m_approverEdit);
    m_approvedOnEdit = new OptionalDateEdit(QStringLiteral("approvedOn"), approvalBox);
    approvalForm->addRow(tr("Approved on:"), m_approvedOnEdit);
    m_publishedOnEdit = new OptionalDateEdit(QStringLiteral("publishedOn"), approvalBox);
    approvalForm->addRow(tr("Published on:"), m_publishedOnEdit);
    m_effectiveOnEdit = new OptionalDateEdit(QStringLiteral("effectiveOn"), approvalBox);
    approvalForm->addRow(tr("In effect from:"), m_effectiveOnEdit);
    m_nextReviewOnEdit = new OptionalDateEdit(QStringLiteral("nextReviewOn"), approvalBox);
    approvalForm->addRow(tr("Next review:"), m_nextReviewOnEdit);
    layout->addWidget(approvalBox);
    layout->addStretch(1);

    const auto onText = [this](QLineEdit *edit, const QString &field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            if (!m_setting)
                emit edited(field);
        });
    };
    onText(m_titleEdit, QStringLiteral("title"));
    onText(m_organisationEdit, QStringLiteral("organisation"));
    onText(m_scenarioEdit, QStringLiteral("scenario"));
    onText(m_versionEdit, QStringLiteral("version"));
    onText(m_approverEdit, QStringLiteral("approver"));
    onText(m_confidentialityEdit, QStringLiteral("confidentiality"));
    const auto onCombo = [this](QComboBox *combo, const QString &field) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] {
            updateEnabledFields();
            if (!m_setting)
                emit edited(field);
        });
    };
    onCombo(m_profileCombo, QStringLiteral("profile"));
    onCombo(m_sectorCombo, QStringLiteral("sector"));
    onCombo(m_kindCombo, QStringLiteral("kind"));
    onCombo(m_statusCombo, QStringLiteral("status"));
    const auto onDate = [this](OptionalDateEdit *edit, const QString &field) {
        connect(edit, &OptionalDateEdit::dateEdited, this, [this, field] {
            if (!m_setting)
                emit edited(field);
        });
    };
    onDate(m_approvedOnEdit, QStringLiteral("approvedOn"));
    onDate(m_publishedOnEdit, QStringLiteral("publishedOn"));
    onDate(m_effectiveOnEdit, QStringLiteral("effectiveOn"));
    onDate(m_nextReviewOnEdit, QStringLiteral("nextReviewOn"));
    updateEnabledFields();
}

void PlanDetailsForm::setPlan(const Plan &plan)
{
    m_setting = true;
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_titleEdit, plan.title);
    setText(m_organisationEdit, plan.organisation);
    setText(m_languageEdit, plan.language == QLatin1String("en") ? tr("English") : tr("Chinese (simplified)"));
    selectData(m_profileCombo, operatorProfileKey(plan.profile));
    selectData(m_sectorCombo, plan.ciiSector);
    selectData(m_kindCombo, planKindKey(plan.kind));
    setText(m_scenarioEdit, plan.scenario);
    setText(m_versionEdit, plan.version);
    selectData(m_statusCombo, planStatusKey(plan.status));
    setText(m_approverEdit, plan.approver);
    m_approvedOnEdit->setDate(plan.approvedOn);
    m_publishedOnEdit->setDate(plan.publishedOn);
    m_effectiveOnEdit->setDate(plan.effectiveOn);
    m_nextReviewOnEdit->setDate(plan.nextReviewOn);
    setText(m_confidentialityEdit, plan.confidentiality);
    updateEnabledFields();
    m_setting = false;
}

void PlanDetailsForm::applyTo(Plan &plan) const
{
    plan.title = m_titleEdit->text();
    plan.organisation = m_organisationEdit->text();
    plan.profile = operatorProfileFromKey(m_profileCombo->currentData().toString()).value_or(plan.profile);
    plan.ciiSector = m_sectorCombo->currentData().toString();
    plan.kind = planKindFromKey(m_kindCombo->currentData().toString()).value_or(plan.kind);
    plan.scenario = m_scenarioEdit->text();
    plan.version = m_versionEdit->text();
    plan.status = planStatusFromKey(m_statusCombo->currentData().toString()).value_or(plan.status);
    plan.approver = m_approverEdit->text();
    plan.approvedOn = m_approvedOnEdit->date();
    plan.publishedOn = m_publishedOnEdit->date();
    plan.effectiveOn = m_effectiveOnEdit->date();
    plan.nextReviewOn = m_nextReviewOnEdit->date();
    plan.confidentiality = m_confidentialityEdit->text();
}

bool PlanDetailsForm::detailsDiffer(const Plan &a, const Plan &b)
{
    return a.title != b.title || a.organisation != b.organisation || a.language != b.language
        || a.profile != b.profile || a.ciiSector != b.ciiSector || a.kind != b.kind || a.scenario != b.scenario
        || a.version != b.version || a.status != b.status || a.approver != b.approver
        || a.approvedOn != b.approvedOn || a.publishedOn != b.publishedOn || a.effectiveOn != b.effectiveOn
        || a.nextReviewOn != b.nextReviewOn || a.confidentiality != b.confidentiality;
}

void PlanDetailsForm::updateEnabledFields()
{
    m_sectorCombo->setEnabled(m_profileCombo->currentData().toString()
                              == operatorProfileKey(OperatorProfile::CriticalInfrastructure));
    m_scenarioEdit->setEnabled(m_kindCombo->currentData().toString() == planKindKey(PlanKind::Special));
}
