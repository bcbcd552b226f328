# The drill programme page, its calendar and the dashboard. The dialogs list themselves in dialogs.cmake.
target_sources(plandesk_ui PRIVATE
    drills/DashboardWidget.h drills/DashboardWidget.cpp
    drills/DrillCalendarWidget.h drills/DrillCalendarWidget.cpp
    drills/DrillDayCalendar.h drills/DrillDayCalendar.cpp
    drills/DrillOccurrenceModel.h drills/DrillOccurrenceModel.cpp
    drills/DrillPrinting.h drills/DrillPrinting.cpp
    drills/DrillProgrammePage.h drills/DrillProgrammePage.cpp
)
