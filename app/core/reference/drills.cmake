# The demo plan's drill programme (plandesk demo). CMAKE_CURRENT_LIST_DIR is this file's folder.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoDrillProgramme.h ${CMAKE_CURRENT_LIST_DIR}/DemoDrillProgramme.cpp)
