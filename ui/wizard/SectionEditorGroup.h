#pragma once

#include "core/domain/Section.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

// Plain-text editors for some sections of the plan, each labelled with the section's title in
// the plan's language, in skeleton order. When the keys span several chapters, each chapter gets
// a heading. Editors are named section_<key>_PlainTextEdit, dots (and dashes) as underscores.
class SectionEditorGroup : public QWidget
{
    Q_OBJECT

public:
    SectionEditorGroup(const QStringList &keys, QWidget *parent = nullptr);

    static QString editorObjectName(const QString &key);

    // Relabels every editor and refills those still showing their previous default.
    void setDefaults(const QList<Section> &sections);
    // Writes the editors' text into the sections with the same keys.
    void applyTo(QList<Section> &sections) const;

    QPlainTextEdit *editor(const QString &key) const;
    QPlainTextEdit *firstEditor() const;

private:
    struct Field
    {
        QString key;
        QLabel *label = nullptr;
        QPlainTextEdit *edit = nullptr;
        QString lastDefault;  // the default text it was last given
        QString shownDefault; // what the editor showed right after the last fill
    };
    QList<Field> m_fields;
    QList<QPair<QString, QLabel *>> m_chapterHeadings;
};
