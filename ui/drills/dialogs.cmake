# The drill item and drill record dialogs, the parts and the save flow they share, and the
# recurrence editor. CMAKE_CURRENT_LIST_DIR is this file's folder.
target_sources(plandesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecurrenceEditor.h ${CMAKE_CURRENT_LIST_DIR}/RecurrenceEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DialogParts.h ${CMAKE_CURRENT_LIST_DIR}/DialogParts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ValidatingDialog.h ${CMAKE_CURRENT_LIST_DIR}/ValidatingDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillItemDialog.h ${CMAKE_CURRENT_LIST_DIR}/DrillItemDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DrillRecordDialog.h ${CMAKE_CURRENT_LIST_DIR}/DrillRecordDialog.cpp
)
