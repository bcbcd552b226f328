#pragma once

#include "CorrectiveActionState.h"

#include <QDate>
#include <QString>

// Something to fix after a drill: every action has an owner and a due date and is tracked until
// closed (the after-action model of REFERENCE.md §5).
struct CorrectiveAction
{
    qint64 id = 0; // 0 until saved
    QString description;
    QString owner;
    QDate dueOn;
    CorrectiveActionState state = CorrectiveActionState::Open;
    QDate closedOn;
    QString note;

    bool isOpen() const { return state != CorrectiveActionState::Closed; }
    friend bool operator==(const CorrectiveAction &, const CorrectiveAction &) = default;
};
