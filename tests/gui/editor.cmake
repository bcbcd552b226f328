# The plan editor's widget tests.
plandesk_add_test(TestPlanEditor SOURCES TestPlanEditor.cpp LIBRARIES plandesk_ui)
