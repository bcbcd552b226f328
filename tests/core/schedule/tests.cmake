# Drill schedule: recurrence, occurrence states, programme checks, drill validation.
plandesk_add_test(TestRecurrenceRule SOURCES schedule/TestRecurrenceRule.cpp)
plandesk_add_test(TestDrillScheduler SOURCES schedule/TestDrillScheduler.cpp)
plandesk_add_test(TestProgrammeChecker SOURCES schedule/TestProgrammeChecker.cpp)
plandesk_add_test(TestDrillValidation SOURCES schedule/TestDrillValidation.cpp)
