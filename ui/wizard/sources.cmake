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
    wizard/TableCells.h wizard/TableCells.cpp
    wizard/AutoHeightTableWidget.h wizard/AutoHeightTableWidget.cpp
    wizard/MultiLineTextDelegate.h wizard/MultiLineTextDelegate.cpp
    wizard/DeadlineDelegate.h wizard/DeadlineDelegate.cpp
    wizard/ContactTeamDelegate.h wizard/ContactTeamDelegate.cpp
)
