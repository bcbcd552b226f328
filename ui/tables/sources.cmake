# The plan's tables (contacts, levels, categories, reporting chain), shared by the wizard and the
# editor: one class per file.
target_sources(plandesk_ui PRIVATE
    tables/CategoryTableWidget.h tables/CategoryTableWidget.cpp
    tables/ContactTableWidget.h tables/ContactTableWidget.cpp
    tables/TextListTableWidget.h tables/TextListTableWidget.cpp
    tables/DrillTeamTableWidget.h tables/DrillTeamTableWidget.cpp
    tables/InjectTableWidget.h tables/InjectTableWidget.cpp
    tables/ParticipantTableWidget.h tables/ParticipantTableWidget.cpp
    tables/TimelineTableWidget.h tables/TimelineTableWidget.cpp
    tables/ObjectiveResultTableWidget.h tables/ObjectiveResultTableWidget.cpp
    tables/CorrectiveActionTableWidget.h tables/CorrectiveActionTableWidget.cpp
    tables/LevelTableWidget.h tables/LevelTableWidget.cpp
    tables/PlanTableDelegate.h tables/PlanTableDelegate.cpp
    tables/PlanTableWidget.h tables/PlanTableWidget.cpp
    tables/ReportingTableWidget.h tables/ReportingTableWidget.cpp
)
