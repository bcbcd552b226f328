#pragma once

#include <QString>

// A failure that travels back to the caller as a value; the caller decides how to show it.
// `message` is already translated into the UI language and is one sentence a user can act on.
struct Error
{
    QString message;
};
