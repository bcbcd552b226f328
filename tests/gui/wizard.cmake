# The guided "New plan" wizard, driven from the real main window.
plandesk_add_test(TestPlanWizard SOURCES TestPlanWizard.cpp LIBRARIES plandesk_ui)
