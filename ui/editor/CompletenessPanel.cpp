#include "CompletenessPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
bool sameElements(const QList<MissingElement> &a, const QList<MissingElement> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).requirementId != b.at(i).requirementId || a.at(i).clause != b.at(i).clause
            || a.at(i).description != b.at(i).description || a.at(i).sectionKey != b.at(i).sectionKey
            || a.at(i).sectionMissing != b.at(i).sectionMissing)
            return false;
    }
    return true;
}
} // namespace

CompletenessPanel::CompletenessPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("completenessPanel"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("completenessTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_hintLabel = new QLabel(tr("What the law and the standards still ask of this plan. Double-click an item to go "
                                "to the part of the plan concerned."),
                             this);
    m_hintLabel->setObjectName(QStringLiteral("completenessHintLabel"));
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("completenessListWidget"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Still missing"));
    m_titleLabel->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(RequirementIdRole).toString();
        if (!id.isEmpty())
            emit elementActivated(id, item->data(SectionKeyRole).toString());
    });
}

void CompletenessPanel::setMissingElements(const QList<MissingElement> &missing)
{
    if (m_count == missing.size() && sameElements(missing, m_shown))
        return; // typing must not make the list jump
    m_shown = missing;
    m_count = int(missing.size());
    m_titleLabel->setText(tr("Still missing: %n element(s)", nullptr, int(missing.size())));
    m_list->clear();
    if (missing.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("Nothing is missing: the plan has every element the law and the standards ask for."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
        m_hintLabel->hide();
        return;
    }
    m_hintLabel->show();
    for (const MissingElement &element : missing) {
        QString text = element.description + QStringLiteral("\n— ") + element.clause;
        QString toolTip = element.clause;
        if (element.sectionMissing) {
            // A deleted section cannot be shown; double-clicking puts it back.
            //: Completeness panel: a required section the plan does not have; %1 its title.
            text.prepend(tr("The section \"%1\" is missing.").arg(element.sectionTitle) + QLatin1Char(' '));
            toolTip += QLatin1Char('\n') + tr("Double-click to add the section back with its default text.");
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(RequirementIdRole, element.requirementId);
        item->setData(SectionKeyRole, element.sectionKey);
        item->setData(ClauseRole, element.clause);
        item->setData(DescriptionRole, element.description);
        item->setData(SectionMissingRole, element.sectionMissing);
        item->setToolTip(toolTip);
    }
}
