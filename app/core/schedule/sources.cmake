# Drill schedule: recurrence, occurrence states, programme checks (pure computation, no database),
# and the validation of the drill domain types. CMAKE_CURRENT_LIST_DIR is this file's folder.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceRule.h ${CMAKE_CURRENT_LIST_DIR}/RecurrenceRule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceSeries.h ${CMAKE_CURRENT_LIST_DIR}/RecurrenceSeries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OccurrenceState.h ${CMAKE_CURRENT_LIST_DIR}/OccurrenceState.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillOccurrence.h ${CMAKE_CURRENT_LIST_DIR}/DrillScheduleSnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/DrillScheduler.h ${CMAKE_CURRENT_LIST_DIR}/DrillScheduler.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeWarning.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeChecker.h ${CMAKE_CURRENT_LIST_DIR}/ProgrammeChecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../domain/DrillItem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../domain/DrillRecord.cpp
)
