# Drill programmes, records and corrective actions in the database, and the dashboard computed from them.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillRepository.h ${CMAKE_CURRENT_LIST_DIR}/DrillRepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CorrectiveActionRows.h ${CMAKE_CURRENT_LIST_DIR}/CorrectiveActionRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../schedule/DashboardBuilder.h ${CMAKE_CURRENT_LIST_DIR}/../schedule/DashboardBuilder.cpp
)
