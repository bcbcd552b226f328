# Template exchange (issue 4): the reader and writer against the corpus in tests/data/templates,
# export and instantiation, and importing into the database.
plandesk_add_test(TestTemplateReader SOURCES exchange/TestTemplateReader.cpp)
plandesk_add_test(TestTemplateExchange SOURCES exchange/TestTemplateExchange.cpp)
plandesk_add_test(TestTemplateImporter SOURCES exchange/TestTemplateImporter.cpp storage/StorageTestSupport.h)
# The built-in templates are checked where they are written, not only as embedded.
target_compile_definitions(TestTemplateReader PRIVATE PLANDESK_TEMPLATES_DIR="${PROJECT_SOURCE_DIR}/templates")
target_compile_definitions(TestTemplateImporter PRIVATE PLANDESK_TEMPLATES_DIR="${PROJECT_SOURCE_DIR}/templates")
