#include "ReviewPage.h"

#include "core/compliance/CompletenessChecker.h"
#include "core/reference/ReferenceData.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the user's text, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ReviewPage::ReviewPage(std::function<Plan()> currentPlan, const QString &uiLanguage, QWidget *parent)
    : PlanWizardPage(QStringLiteral("review"), parent), m_currentPlan(std::move(currentPlan)), m_uiLanguage(uiLanguage)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the summary and the dates. Anything still missing can be completed later in the "
                   "editor; Finish saves the plan as a draft."));

    auto *layout = new QVBoxLayout(content());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_titleValue = valueLabel(QStringLiteral("reviewTitleLabel"), content());
    m_organisationValue = valueLabel(QStringLiteral("reviewOrganisationLabel"), content());
    m_profileValue = valueLabel(QStringLiteral("reviewProfileLabel"), content());
    m_sectionsValue = valueLabel(QStringLiteral("reviewSectionsLabel"), content());
    m_contactsValue = valueLabel(QStringLiteral("reviewContactsLabel"), content());
    m_reportingValue = valueLabel(QStringLiteral("reviewReportingLabel"), content());
    form->addRow(tr("Title:"), m_titleValue);
    form->addRow(tr("Organisation:"), m_organisationValue);
    form->addRow(tr("Operator profile:"), m_profileValue);
    form->addRow(tr("Sections:"), m_sectionsValue);
    form->addRow(tr("Contacts:"), m_contactsValue);
    form->addRow(tr("Reporting steps:"), m_reportingValue);

    m_effectiveEdit = new QDateEdit(content());
    m_effectiveEdit->setObjectName(QStringLiteral("effectiveDateEdit"));
    m_nextReviewEdit = new QDateEdit(content());
    m_nextReviewEdit->setObjectName(QStringLiteral("nextReviewDateEdit"));
    m_nextReviewEdit->setToolTip(tr("GB/T 24363 and the yearly assessment of critical information infrastructure "
                                    "suggest reviewing the plan at least once a year."));
    for (QDateEdit *edit : {m_effectiveEdit, m_nextReviewEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMaximumDate(QDate(2200, 12, 31));
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    form->addRow(tr("&Effective from:"), m_effectiveEdit);
    form->addRow(tr("Next re&view:"), m_nextReviewEdit);
    layout->addLayout(form);

    layout->addSpacing(8);
    m_missingSummary = valueLabel(QStringLiteral("missingSummaryLabel"), content());
    QFont bold = m_missingSummary->font();
    bold.setBold(true);
    m_missingSummary->setFont(bold);
    layout->addWidget(m_missingSummary);
    m_missingList = new QListWidget(content());
    m_missingList->setObjectName(QStringLiteral("missingElementsListWidget"));
    m_missingList->setAccessibleName(tr("Missing elements"));
    m_missingList->setWordWrap(true);
    m_missingList->setTextElideMode(Qt::ElideNone);
    m_missingList->setMinimumHeight(180);
    layout->addWidget(m_missingList, 1);
    layout->addStretch(0);

    for (QDateEdit *edit : {m_effectiveEdit, m_nextReviewEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            recheck();
            if (isVisible())
                refresh();
        });
    }
}

void ReviewPage::initializePage()
{
    refresh();
}

void ReviewPage::refresh()
{
    const Plan plan = m_currentPlan();
    m_titleValue->setText(plan.title);
    m_organisationValue->setText(plan.organisation);
    QString profile = QCoreApplication::translate("OperatorProfile", operatorProfileSourceText(plan.profile));
    if (plan.profile == OperatorProfile::CriticalInfrastructure) {
        if (const ReferenceData::Sector *sector = ReferenceData::builtIn().sector(plan.ciiSector))
            profile = tr("%1 — %2").arg(profile, sector->name.in(m_uiLanguage));
    }
    m_profileValue->setText(profile);
    const auto named = std::count_if(plan.contacts.cbegin(), plan.contacts.cend(),
                                     [](const Contact &contact) { return !contact.name.trimmed().isEmpty(); });
    m_sectionsValue->setText(QString::number(plan.sections.size()));
    m_contactsValue->setText(tr("%1 (%2 with a name)").arg(plan.contacts.size()).arg(named));
    m_reportingValue->setText(QString::number(plan.reportingSteps.size()));

    const QList<MissingElement> missing = CompletenessChecker().missingElements(plan, m_uiLanguage);
    m_missingList->clear();
    for (const MissingElement &element : missing) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(element.description, element.clause), m_missingList);
        item->setData(Qt::UserRole, element.requirementId);
    }
    m_missingList->setVisible(!missing.isEmpty());
    m_missingSummary->setText(missing.isEmpty()
                                  ? tr("Nothing the law and the standards ask for is missing.")
                                  : tr("Still missing: %n element(s). You can finish now and complete them in the editor.",
                                       nullptr, int(missing.size())));
}

void ReviewPage::setDefaults(const Plan &defaults)
{
    if (m_datesSet)
        return;
    m_effectiveEdit->setDate(defaults.effectiveOn);
    m_nextReviewEdit->setDate(defaults.nextReviewOn);
    m_datesSet = true;
}

void ReviewPage::applyTo(Plan &plan) const
{
    plan.effectiveOn = m_effectiveEdit->date();
    plan.nextReviewOn = m_nextReviewEdit->date();
}

QStringList ReviewPage::problems() const
{
    if (m_nextReviewEdit->date() < m_effectiveEdit->date())
        return {tr("The next review date must not be before the effective date.")};
    return {};
}

bool ReviewPage::validatePage()
{
    const QStringList found = problems();
    if (!found.isEmpty())
        focusField(m_nextReviewEdit);
    return reportProblems(found);
}
