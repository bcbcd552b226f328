# Drill storage and the dashboard computed from it.
plandesk_add_test(TestDrillRepository SOURCES storage/TestDrillRepository.cpp storage/StorageTestSupport.h)
plandesk_add_test(TestDashboardBuilder SOURCES schedule/TestDashboardBuilder.cpp)
