#include "SectionTreeWidget.h"

#include "ToolTipText.h"

#include "core/documents/DocumentLanguage.h"

#include <QHeaderView>
#include <QPalette>
#include <QSignalBlocker>
#include <QStyle>

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
        if (item->text(0) != text)
            item->setText(0, text);
    }
    m_sections = sections;
    updateMarks();
    if (current >= 0)
        setCurrentSectionIndex(qMin(current, int(sections.size()) - 1));
}

void SectionTreeWidget::setMissingElements(const QList<MissingElement> &missing)
{
    m_missing = missing;
    updateMarks();
}

void SectionTreeWidget::updateMarks()
{
    for (qsizetype i = 0; i < m_items.size() && i < m_sections.size(); ++i) {
        const Section &section = m_sections.at(i);
        QTreeWidgetItem *item = m_items.at(i);
        // A chapter is only a heading over its sections: without text of its own it is not empty.
        const bool hasSubsections = i + 1 < m_sections.size() && m_sections.at(i + 1).depth > section.depth;
        const bool empty = section.body.trimmed().isEmpty() && !hasSubsections;
        QStringList required;
        if (empty && !section.key.isEmpty()) {
            for (const MissingElement &element : std::as_const(m_missing)) {
                if (element.sectionKey == section.key)
                    //: Outline tool tip of a required section without text: %1 what the plan must have,
                    //: %2 the clause that asks for it.
                    required << tr("Required: %1 (%2)").arg(element.description, element.clause);
            }
        }
        // A required section the plan lacks altogether is told on the chapter it belongs in.
        QStringList absent;
        for (const MissingElement &element : std::as_const(m_missing)) {
            if (element.sectionMissing && !section.key.isEmpty()
                && element.sectionKey.section(QLatin1Char('.'), 0, -2) == section.key)
                //: Outline tool tip of a chapter: %1 the title of a required section it lacks, %2 what
                //: the plan must have, %3 the clause.
                absent << tr("Missing section \"%1\": %2 (%3)").arg(element.sectionTitle, element.description,
                                                                   element.clause);
        }
        const Mark mark = !required.isEmpty() || !absent.isEmpty() ? RequiredMark : empty ? EmptyMark : NoMark;
        QStringList tip{item->text(0)};
        if (empty)
            tip << tr("This section has no text yet.");
        tip << required << absent;
        if (!absent.isEmpty())
            tip << tr("Double-click it in the list of what is still missing to add it back.");
        const QString toolTip = tip.join(QLatin1Char('\n'));
        if (item->data(0, MarkRole).toInt() == mark && item->data(0, Qt::AccessibleDescriptionRole).toString() == toolTip)
            continue;
        item->setData(0, MarkRole, int(mark));
        item->setToolTip(0, ToolTipText::fromPlainText(toolTip));
        item->setData(0, Qt::AccessibleDescriptionRole, toolTip);
        item->setIcon(0, mark == RequiredMark ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        QFont font = item->font(0);
        font.setItalic(empty);
        item->setFont(0, font);
        if (mark == EmptyMark)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        else
            item->setData(0, Qt::ForegroundRole, QVariant());
    }
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
