# iCalendar export of the drill programme. Core writes the format itself: libical is only used by
# the tests, to read the file back as a calendar program would.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IcsExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/IcsExporter.cpp)
