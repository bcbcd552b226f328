# The plan editor: one class per file.
target_sources(plandesk_ui PRIVATE
    editor/CompletenessPanel.h editor/CompletenessPanel.cpp
    editor/OptionalDateEdit.h editor/OptionalDateEdit.cpp
    editor/PlanDetailsForm.h editor/PlanDetailsForm.cpp
    editor/PlanEditCommand.h editor/PlanEditCommand.cpp
    editor/PlanEditor.h editor/PlanEditor.cpp
    editor/SectionEditorWidget.h editor/SectionEditorWidget.cpp
    editor/SectionTreeWidget.h editor/SectionTreeWidget.cpp
    editor/UndoShortcutFilter.h editor/UndoShortcutFilter.cpp
)
