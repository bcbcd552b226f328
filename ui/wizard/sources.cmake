target_sources(plandesk_ui PRIVATE
    wizard/PlanWizard.h wizard/PlanWizard.cpp
    wizard/PlanWizardPage.h wizard/PlanWizardPage.cpp
    wizard/OrganisationPage.h wizard/OrganisationPage.cpp
    wizard/SectionsPage.h wizard/SectionsPage.cpp
    wizard/SectionEditorGroup.h wizard/SectionEditorGroup.cpp
    wizard/ContactsPage.h wizard/ContactsPage.cpp
    wizard/LevelsPage.h wizard/LevelsPage.cpp
    wizard/ResponsePage.h wizard/ResponsePage.cpp
    wizard/ReviewPage.h wizard/ReviewPage.cpp
)
