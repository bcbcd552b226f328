#include "SectionTreeWidget.h"

#include "ToolTipText.h"

#include "core/documents/DocumentLanguage.h"

#include <QHeaderView>
#include <QSignalBlocker>

SectionTreeWidget::SectionTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sectionTreeWidget"));
    setColumnCount(1);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setAccessibleName(tr("Sections"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        emit currentSectionChanged(current ? current->data(0, Qt::UserRole).toInt() : -1);
    });
}

QStringList SectionTreeWidget::numbering(const QList<Section> &sections, const QString &documentLanguage)
{
    const DocumentLanguage language(documentLanguage);
    QStringList labels;
    QList<int> numbers;
    for (const Section &section : sections) {
        const int depth = qMax(0, section.depth);
        numbers.resize(depth + 1);
        numbers[depth] += 1;
        if (depth == 0) {
            labels << language.chapterLabel(numbers[0]);
        } else {
            QStringList parts;
            for (int n : std::as_const(numbers))
                parts << QString::number(n);
            labels << parts.join(QLatin1Char('.'));
        }
    }
    return labels;
}

int SectionTreeWidget::subtreeEnd(const QList<Section> &sections, int index)
{
    if (index < 0 || index >= sections.size())
        return int(sections.size());
    const int depth = sections.at(index).depth;
    int end = index + 1;
    while (end < sections.size() && sections.at(end).depth > depth)
        ++end;
    return end;
}

void SectionTreeWidget::setSections(const QList<Section> &sections, const QString &documentLanguage)
{
    const QSignalBlocker blocker(this);
    const int current = currentSectionIndex();
    QList<int> depths;
    depths.reserve(sections.size());
    for (const Section &section : sections)
        depths << section.depth;
    const QStringList labels = numbering(sections, documentLanguage);
    const QString separator = documentLanguage == QLatin1String("en") ? QStringLiteral(" ") : QStringLiteral("　");

    if (depths != m_depths || documentLanguage != m_language || m_items.size() != sections.size()) {
        clear();
        m_items.clear();
        m_depths = depths;
        m_language = documentLanguage;
        QList<QTreeWidgetItem *> parents;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const int depth = qMax(0, sections.at(i).depth);
            parents.resize(qMin<qsizetype>(depth, parents.size()));
            QTreeWidgetItem *item = parents.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.last());
            item->setData(0, Qt::UserRole, int(i));
            parents << item;
            m_items << item;
        }
        expandAll();
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString text = labels.at(i) + separator + sections.at(i).title;
        QTreeWidgetItem *item = m_items.at(i);
        if (item->text(0) != text) {
            item->setText(0, text);
            item->setToolTip(0, ToolTipText::fromPlainText(text));
        }
    }
    if (current >= 0)
        setCurrentSectionIndex(qMin(current, int(sections.size()) - 1));
}

int SectionTreeWidget::currentSectionIndex() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void SectionTreeWidget::setCurrentSectionIndex(int index)
{
    const QSignalBlocker blocker(this);
    QTreeWidgetItem *item = itemForIndex(index);
    setCurrentItem(item);
    if (item)
        scrollToItem(item);
}

QTreeWidgetItem *SectionTreeWidget::itemForIndex(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}
