# The template library page and the template dialogs (issue 4). CMAKE_CURRENT_LIST_DIR is this
# file's folder.
target_sources(plandesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DrillFromTemplateDialog.h ${CMAKE_CURRENT_LIST_DIR}/DrillFromTemplateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewPlanFromTemplateDialog.h ${CMAKE_CURRENT_LIST_DIR}/NewPlanFromTemplateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SaveThroughHandler.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateExportDialog.h ${CMAKE_CURRENT_LIST_DIR}/TemplateExportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateImportDialog.h ${CMAKE_CURRENT_LIST_DIR}/TemplateImportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateLibraryPage.h ${CMAKE_CURRENT_LIST_DIR}/TemplateLibraryPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplatePreviewText.h ${CMAKE_CURRENT_LIST_DIR}/TemplatePreviewText.cpp
)
