#pragma once

#include "core/compliance/MissingElement.h"
#include "core/domain/Section.h"

#include <QList>
#include <QTreeWidget>

// The plan's outline. The plan keeps its sections as a flat pre-order list with a depth; the tree
// shows them nested and numbered as the document will (第一章 … / 1.1 …), and speaks in indexes of
// that flat list.
class SectionTreeWidget : public QTreeWidget
{
    Q_OBJECT

public:
    // How an item is marked (MarkRole): a section without text, or one the law asks for.
    enum Mark { NoMark = 0, EmptyMark, RequiredMark };
    static constexpr int MarkRole = Qt::UserRole + 1;

    explicit SectionTreeWidget(QWidget *parent = nullptr);

    // Rebuilds the tree when the outline changed, else only updates the titles; keeps the current
    // section where it can.
    void setSections(const QList<Section> &sections, const QString &documentLanguage);
    // What the completeness check found: required sections without text get a warning icon and a
    // tool tip with what is missing and the clause; any other section without text is greyed.
    void setMissingElements(const QList<MissingElement> &missing);
    int currentSectionIndex() const;
    // Selects the section without emitting currentSectionChanged.
    void setCurrentSectionIndex(int index);

    // "第一章", "Chapter 1", "1.2" … for every section, as in the document.
    static QStringList numbering(const QList<Section> &sections, const QString &documentLanguage);

    // Index just past the section's subsections.
    static int subtreeEnd(const QList<Section> &sections, int index);

signals:
    void currentSectionChanged(int index);

private:
    QTreeWidgetItem *itemForIndex(int index) const;
    void updateMarks();

    QList<int> m_depths;
    QList<QTreeWidgetItem *> m_items;
    QList<Section> m_sections;
    QList<MissingElement> m_missing;
    QString m_language;
};
