#pragma once

#include <QString>

// One link of the reporting chain: to whom, by when, when it applies, how, and what to say.
struct ReportingStep
{
    QString authority;
    int deadlineMinutes = 0; // from discovery; 0 means no fixed deadline: "promptly" (及时)
    QString condition;
    QString channel;
    QString content;

    friend bool operator==(const ReportingStep &, const ReportingStep &) = default;
};
