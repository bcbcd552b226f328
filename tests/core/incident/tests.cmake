# Live incident mode (issue 9): the reporting clock, the classifier, storage, the printed reports.
plandesk_add_test(TestIncidentDeadlines SOURCES incident/TestIncidentDeadlines.cpp)
plandesk_add_test(TestIncidentRepository SOURCES incident/TestIncidentRepository.cpp storage/StorageTestSupport.h)
plandesk_add_test(TestIncidentPdf SOURCES incident/TestIncidentPdf.cpp)
