# Live incident mode: the incident page and banner, the dialogs (declare, report, close, follow up) and the words they share.
# CMAKE_CURRENT_LIST_DIR is this file's folder.
target_sources(plandesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DueReportText.h ${CMAKE_CURRENT_LIST_DIR}/DueReportText.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentWording.h ${CMAKE_CURRENT_LIST_DIR}/IncidentWording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeclareIncidentDialog.h ${CMAKE_CURRENT_LIST_DIR}/DeclareIncidentDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentPage.h ${CMAKE_CURRENT_LIST_DIR}/IncidentPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentBanner.h ${CMAKE_CURRENT_LIST_DIR}/IncidentBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentReportDialog.h ${CMAKE_CURRENT_LIST_DIR}/IncidentReportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CloseIncidentDialog.h ${CMAKE_CURRENT_LIST_DIR}/CloseIncidentDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentFollowUpDialog.h ${CMAKE_CURRENT_LIST_DIR}/IncidentFollowUpDialog.cpp
)
