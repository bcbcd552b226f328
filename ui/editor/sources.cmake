target_sources(plandesk_ui PRIVATE
    editor/PlanEditor.h editor/PlanEditor.cpp
)
