# The calendar export is read back with libical, a real iCalendar parser (Debian: libical-dev).
# Only this test links it; core writes the format on its own.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
plandesk_add_test(TestIcsExporter SOURCES schedule/TestIcsExporter.cpp LIBRARIES PkgConfig::LIBICAL)
