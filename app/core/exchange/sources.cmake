# Template exchange (issue 4): reading, checking, writing, exporting, instantiating and importing
# template files, the template library, and the repository of imported templates.
target_sources(plandesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PersonalDataFinding.h
    ${CMAKE_CURRENT_LIST_DIR}/PersonalDataStripper.h ${CMAKE_CURRENT_LIST_DIR}/PersonalDataStripper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StrictJsonParser.h ${CMAKE_CURRENT_LIST_DIR}/StrictJsonParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Template.h ${CMAKE_CURRENT_LIST_DIR}/Template.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateExporter.h ${CMAKE_CURRENT_LIST_DIR}/TemplateExporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateImporter.h ${CMAKE_CURRENT_LIST_DIR}/TemplateImporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateImportPreview.h ${CMAKE_CURRENT_LIST_DIR}/TemplateImportPreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateInstantiator.h ${CMAKE_CURRENT_LIST_DIR}/TemplateInstantiator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateKind.h ${CMAKE_CURRENT_LIST_DIR}/TemplateKind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateLibrary.h ${CMAKE_CURRENT_LIST_DIR}/TemplateLibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateOrigin.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplatePlaceholders.h ${CMAKE_CURRENT_LIST_DIR}/TemplatePlaceholders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateProblem.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateReader.h ${CMAKE_CURRENT_LIST_DIR}/TemplateReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TemplateReadResult.h
    ${CMAKE_CURRENT_LIST_DIR}/TemplateWriter.h ${CMAKE_CURRENT_LIST_DIR}/TemplateWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/TemplateRepository.h ${CMAKE_CURRENT_LIST_DIR}/../storage/TemplateRepository.cpp)

# The built-in templates, in the same exchange format, under ":/templates". CONFIGURE_DEPENDS so
# that a template added to the folder is picked up by the next build.
file(GLOB PLANDESK_BUILTIN_TEMPLATES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/templates/*.json)
if(PLANDESK_BUILTIN_TEMPLATES)
    qt_add_resources(plandesk_core "plandesk_templates"
        PREFIX "/templates"
        BASE ${PROJECT_SOURCE_DIR}/templates
        FILES ${PLANDESK_BUILTIN_TEMPLATES})
endif()
