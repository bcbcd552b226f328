#pragma once

#include <QDate>
#include <QString>

class PlanTableWidget;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVariant;
class QWidget;

// Widgets the drill item and drill record dialogs build alike, so that both look and behave the
// same. Every visible text is passed in already translated, in the calling dialog's context.
namespace DialogParts {

// The dates a drill or its record may have.
inline const QDate kEarliestDate{2000, 1, 1};
inline const QDate kLatestDate{2199, 12, 31};

// Selects the item with `data`, or the first item if there is none.
void selectData(QComboBox *combo, const QVariant &data);

// A form whose fields take the width and whose rows do not wrap.
QFormLayout *formLayout();

// A plain text edit that Tab leaves. With `lines` > 0 it is tall enough for that many lines and no
// taller (the rest of the tab goes to the tables); with 0 it grows with the layout.
QPlainTextEdit *plainTextEdit(const QString &name, int lines, QWidget *parent);

// A date edit with a calendar popup, ISO dates and the range above.
QDateEdit *dateEdit(const QString &name, QWidget *parent);

// A label that lists problems in red; hidden until there is something to show.
QLabel *problemLabel(const QString &name, QWidget *parent);

// A table with a caption above it and its Add and Remove buttons (and any `extra` button) below it.
// `toolTip` is the table's tool tip; object names are derived from `baseName`.
QWidget *tableWithButtons(PlanTableWidget *table, const QString &caption, const QString &baseName,
                          const QString &addText, const QString &removeText, const QString &toolTip,
                          QWidget *parent, QPushButton *extra = nullptr);

// The native shortcut for Paste, for tool tips that mention it.
QString pasteShortcutText();

} // namespace DialogParts
