#include "PlanWizard.h"

#include "ContactsPage.h"
#include "LanguageManager.h"
#include "LevelsPage.h"
#include "MessageBoxes.h"
#include "OrganisationPage.h"
#include "ResponsePage.h"
#include "ReviewPage.h"
#include "SectionsPage.h"

namespace {
// Keys of the skeleton's sections under `chapters`, in skeleton order.
QStringList sectionKeys(const ReferenceData &data, const QStringList &chapters)
{
    QStringList keys;
    for (const ReferenceData::SkeletonSection &section : data.skeleton) {
        const QString chapter = section.key.section(QLatin1Char('.'), 0, 0);
        if (section.depth > 0 && chapters.contains(chapter))
            keys << section.key;
    }
    return keys;
}
} // namespace

PlanWizard::PlanWizard(const QString &planLanguage, QWidget *parent)
    : QWizard(parent), m_data(ReferenceData::builtIn()), m_factory(m_data)
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("New Emergency Plan (Guided)"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(900, 680);
    resize(1000, 720);

    // Lists the user chooses from (sectors, category sets, missing elements) speak the UI's
    // language; the plan's own text speaks the plan's.
    const QString uiLanguage = LanguageManager::effectiveLanguage();
    const QString language = planLanguage == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");

    m_organisationPage = new OrganisationPage(m_data, language, uiLanguage, this);

    m_scopePage = new SectionsPage(QStringLiteral("scope"),
                                   {QStringLiteral("general.purpose"), QStringLiteral("general.basis"),
                                    QStringLiteral("general.scope"), QStringLiteral("general.principles")},
                                   this);
    m_scopePage->setTitle(tr("Scope and principles"));
    m_scopePage->setSubTitle(tr("Why the plan exists, what it rests on, what it covers and the principles of the "
                                "response. The text is a proposal: adapt it to your organisation."));

    m_contactsPage = new ContactsPage(m_data, this);
    m_levelsPage = new LevelsPage(m_factory, m_data, uiLanguage, this);

    m_warningPage = new SectionsPage(QStringLiteral("warning"), sectionKeys(m_data, {QStringLiteral("warning")}), this);
    m_warningPage->setTitle(tr("Monitoring and warning"));
    m_warningPage->setSubTitle(tr("How threats are watched for, how warnings are assessed, issued, answered and "
                                  "lifted."));

    m_responsePage = new ResponsePage(this);

    m_preventionPage = new SectionsPage(QStringLiteral("prevention"),
                                        sectionKeys(m_data, {QStringLiteral("investigation"), QStringLiteral("prevention"),
                                                             QStringLiteral("safeguards"), QStringLiteral("supplementary")}),
                                        this);
    m_preventionPage->setTitle(tr("Investigation, prevention and safeguards"));
    m_preventionPage->setSubTitle(tr("Investigation and assessment after an incident, routine prevention and drills, "
                                     "the resources the response relies on, and how the plan itself is managed."));

    m_reviewPage = new ReviewPage([this] { return plan(); }, uiLanguage, this);

    m_pages = {m_organisationPage, m_scopePage,    m_contactsPage,   m_levelsPage,
               m_warningPage,      m_responsePage, m_preventionPage, m_reviewPage};
    for (PlanWizardPage *page : std::as_const(m_pages))
        addPage(page);

    // Refilling happens as soon as page 1 changes (not when it is left), so that what the later
    // pages show and what plan() returns never disagree. A section text that still shows the
    // default it was filled with follows the new language / organisation / profile; one the user
    // has changed keeps its text. A table is refilled as a whole while it is exactly what it was
    // last filled with, and kept as a whole once the user has changed any of it (see
    // PlanWizardPage::setDefaults).
    connect(m_organisationPage, &OrganisationPage::basicsChanged, this, &PlanWizard::refillDefaults);
    refillDefaults();
    m_initialPlan = plan();
}

PlanWizard::~PlanWizard() = default;

void PlanWizard::refillDefaults()
{
    const Plan defaults = m_factory.createDefault(m_organisationPage->basics());
    for (PlanWizardPage *page : std::as_const(m_pages))
        page->setDefaults(defaults);
}

Plan PlanWizard::plan() const
{
    // Start from the complete default plan (every skeleton section, also those no page shows)
    // and overlay what the pages hold.
    Plan plan = m_factory.createDefault(m_organisationPage->basics());
    for (const PlanWizardPage *page : m_pages)
        page->applyTo(plan);
    return plan;
}

void PlanWizard::accept()
{
    // The last page's checks come first: they explain a problem inline, before anything is saved.
    if (!validateCurrentPage())
        return;
    Plan finished = plan();
    if (m_saveHandler) {
        Result<Plan> saved = m_saveHandler(finished);
        if (!saved) {
            MessageBoxes::warning(this, tr("The plan was not saved"), saved.errorMessage());
            return; // stay open: nothing the user entered is lost
        }
        finished = saved.value();
    }
    m_savedPlan = finished;
    QWizard::accept();
}

void PlanWizard::reject()
{
    if (plan() != m_initialPlan
        && MessageBoxes::question(this, tr("Discard the new plan?"),
                                  tr("The plan has not been saved. Discard what you have entered?"),
                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QWizard::reject();
}
