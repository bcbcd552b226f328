#pragma once

#include "core/domain/Section.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The title and the text of the section selected in the tree. Plain text only: what the officer
// types is printed as typed, never read as markup.
class SectionEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditorWidget(QWidget *parent = nullptr);

    // Shows the section without emitting edits; a null section (no selection) disables the editor.
    void setSection(const Section *section, const QString &number);
    // Updates the texts after undo/redo, keeping the cursor where it was as far as possible.
    void showTexts(const QString &title, const QString &body);

    QLineEdit *titleEdit() const { return m_titleEdit; }
    QPlainTextEdit *bodyEdit() const { return m_bodyEdit; }

signals:
    void titleEdited(const QString &title);
    void bodyEdited(const QString &body);

private:
    QLabel *m_headingLabel;
    QLineEdit *m_titleEdit;
    QPlainTextEdit *m_bodyEdit;
};
