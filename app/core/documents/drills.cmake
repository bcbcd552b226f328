# The drill documents: programme, work plan, record, summary report and the blank record form.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillDocumentBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillDocumentBuilder.cpp)
