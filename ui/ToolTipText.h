#pragma once

#include <QString>

// Tool tips are rich text in Qt: plan text shown in one would render "<b>" and could load an
// image named in an "<img>". Every tool tip that shows what a user typed goes through here.
class ToolTipText
{
public:
    static QString fromPlainText(const QString &text);
};
