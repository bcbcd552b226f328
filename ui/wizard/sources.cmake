target_sources(plandesk_ui PRIVATE
    wizard/PlanWizard.h wizard/PlanWizard.cpp
)
