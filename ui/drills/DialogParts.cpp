#include "DialogParts.h"

#include "tables/PlanTableWidget.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DialogParts {

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}

QFormLayout *formLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

QPlainTextEdit *plainTextEdit(const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    if (lines > 0) {
        const int height = edit->fontMetrics().lineSpacing() * lines + 2 * (edit->frameWidth() + 4);
        edit->setFixedHeight(height);
    }
    return edit;
}

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDateRange(kEarliestDate, kLatestDate);
    return edit;
}

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // it may quote the user's text
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x00, 0x20));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QWidget *tableWithButtons(PlanTableWidget *table, const QString &caption, const QString &baseName,
                          const QString &addText, const QString &removeText, const QString &toolTip,
                          QWidget *parent, QPushButton *extra)
{
    auto *box = new QWidget(parent);
    box->setObjectName(baseName.at(0).toLower() + baseName.mid(1) + QStringLiteral("Widget"));
    auto *label = new QLabel(caption, box);
    label->setBuddy(table);
    table->setParent(box);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    table->setToolTip(toolTip);
    auto *addButton = new QPushButton(addText, box);
    addButton->setObjectName(QStringLiteral("add") + baseName + QStringLiteral("PushButton"));
    auto *removeButton = new QPushButton(removeText, box);
    removeButton->setObjectName(QStringLiteral("remove") + baseName + QStringLiteral("PushButton"));
    QObject::connect(addButton, &QPushButton::clicked, table, [table] {
        table->addRow();
        table->setFocus(Qt::OtherFocusReason);
    });
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] { table->removeSelectedRows(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    if (extra) {
        extra->setParent(box);
        buttons->addWidget(extra);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    return box;
}

QString pasteShortcutText()
{
    return QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
}

} // namespace DialogParts
