#pragma once

// What of a plan's drill programme and incidents is stored with it, and goes when the plan is deleted.
struct PlanDrillCounts
{
    int drillItems = 0;
    int cancellations = 0; // cancelled occurrences, each with its reason
    int records = 0;
    int correctiveActions = 0; // of the drill records
    int incidents = 0;         // declared or rehearsed on the plan, each with its reports and log

    bool isEmpty() const
    {
        return drillItems == 0 && cancellations == 0 && records == 0 && correctiveActions == 0 && incidents == 0;
    }
};
