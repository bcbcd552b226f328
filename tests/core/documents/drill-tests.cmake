# The drill documents as PDFs, read back through poppler (see tests/CMakeLists.txt for plandesk_add_test()).
plandesk_add_test(TestDrillPdf SOURCES documents/TestDrillPdf.cpp SamplePlans.h)
