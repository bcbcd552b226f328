#include "ToolTipText.h"

QString ToolTipText::fromPlainText(const QString &text)
{
    // Escaped, with line breaks kept and long lines wrapped like ordinary tool tips.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}
