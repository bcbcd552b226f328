#pragma once

#include "core/compliance/MissingElement.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

// What the plan still lacks, each item with the clause that asks for it. Activating an item asks
// the editor to show the part of the plan that would satisfy it.
class CompletenessPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { RequirementIdRole = Qt::UserRole + 1, SectionKeyRole, ClauseRole, DescriptionRole, SectionMissingRole };

    explicit CompletenessPanel(QWidget *parent = nullptr);

    void setMissingElements(const QList<MissingElement> &missing);
    int missingCount() const { return m_count; }
    QListWidget *listWidget() const { return m_list; }

signals:
    // The user double-clicked (or pressed Enter on) an item.
    void elementActivated(const QString &requirementId, const QString &sectionKey);

private:
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QListWidget *m_list;
    QList<MissingElement> m_shown;
    int m_count = -1;
};
