# Live incident mode (issue 9): the incident and its reports, the reporting clock of
# 国家网络安全事件报告管理办法, the guided classifier and the checklist; with them the repository
# (storage/) and the printed reports (documents/), as drills.cmake does for the drills.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DueReport.h
    ${CMAKE_CURRENT_LIST_DIR}/DueReportKind.h ${CMAKE_CURRENT_LIST_DIR}/DueReportKind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DueReportState.h ${CMAKE_CURRENT_LIST_DIR}/DueReportState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Incident.h ${CMAKE_CURRENT_LIST_DIR}/Incident.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentChecklist.h ${CMAKE_CURRENT_LIST_DIR}/IncidentChecklist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentChecklistItem.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentAttention.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentClassifier.h ${CMAKE_CURRENT_LIST_DIR}/IncidentClassifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentDeadlineRules.h ${CMAKE_CURRENT_LIST_DIR}/IncidentDeadlineRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentDeadlines.h ${CMAKE_CURRENT_LIST_DIR}/IncidentDeadlines.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentLogEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentReport.h ${CMAKE_CURRENT_LIST_DIR}/IncidentReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentReportKind.h ${CMAKE_CURRENT_LIST_DIR}/IncidentReportKind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentState.h ${CMAKE_CURRENT_LIST_DIR}/IncidentState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportChannel.h ${CMAKE_CURRENT_LIST_DIR}/ReportChannel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/IncidentRepository.h ${CMAKE_CURRENT_LIST_DIR}/../storage/IncidentRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../documents/IncidentDocumentBuilder.h
    ${CMAKE_CURRENT_LIST_DIR}/../documents/IncidentDocumentBuilder.cpp
)
