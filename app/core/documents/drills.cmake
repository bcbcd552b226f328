# The drill documents: programme, work plan, record, summary report and the blank record form; the
# body writer they share with the incident reports.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DocumentBodyWriter.h ${CMAKE_CURRENT_LIST_DIR}/DocumentBodyWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillDocumentBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDocumentBuilder.cpp)
