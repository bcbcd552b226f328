#pragma once

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
    explicit SectionTreeWidget(QWidget *parent = nullptr);

    // Rebuilds the tree when the outline changed, else only updates the titles; keeps the current
    // section where it can.
    void setSections(const QList<Section> &sections, const QString &documentLanguage);
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

    QList<int> m_depths;
    QList<QTreeWidgetItem *> m_items;
    QString m_language;
};
