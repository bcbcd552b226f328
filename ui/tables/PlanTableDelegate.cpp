#include "PlanTableDelegate.h"

#include "PlanTableWidget.h"
#include "ToolTipText.h"
#include "core/Clock.h"
#include "core/domain/ContactTeam.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QTimeEdit>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QSpinBox>

PlanTableDelegate::PlanTableDelegate(PlanTableWidget *table) : QStyledItemDelegate(table), m_table(table) {}

bool PlanTableDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && m_table->columnKind(index.column()) != PlanTableWidget::ColumnKind::Check) {
        const QString text = index.data(Qt::EditRole).toString();
        if (text.size() > 40) {
            QToolTip::showText(event->globalPos(), ToolTipText::fromPlainText(text), view);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

bool PlanTableDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
                return QStyledItemDelegate::eventFilter(object, event);
            const bool backwards = key->key() == Qt::Key_Backtab || (modifiers & Qt::ShiftModifier);
            emit commitData(editor);
            emit closeEditor(editor, backwards ? QAbstractItemDelegate::EditPreviousItem
                                               : QAbstractItemDelegate::EditNextItem);
            return true;
        }
        if (auto *edit = qobject_cast<QPlainTextEdit *>(editor);
            edit && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (modifiers == Qt::ShiftModifier) {
                edit->textCursor().insertText(QStringLiteral("\n"));
                edit->ensureCursorVisible();
                return true;
            }
            if (modifiers == Qt::NoModifier) {
                emit commitData(editor);
                emit closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QString PlanTableDelegate::deadlineText(int minutes)
{
    // Whole days and hours read as such, as in the printed plan ("30 days", not "720 hours").
    // 0: no fixed deadline; the Reporting Measures say 及时 (promptly), e.g. for the police.
    if (minutes <= 0)
        return tr("Promptly");
    if (minutes % 1440 == 0)
        return tr("%n day(s)", nullptr, minutes / 1440);
    if (minutes % 60 == 0)
        return tr("%n hour(s)", nullptr, minutes / 60);
    return tr("%n minute(s)", nullptr, minutes);
}

QWidget *PlanTableDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (m_table->columnKind(index.column())) {
    case PlanTableWidget::ColumnKind::Team: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("contactTeamComboBox"));
        for (ContactTeam team : allContactTeams())
            combo->addItem(QCoreApplication::translate("ContactTeam", contactTeamSourceText(team)), contactTeamKey(team));
        return combo;
    }
    case PlanTableWidget::ColumnKind::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("cellChoiceComboBox"));
        for (const PlanTableWidget::Choice &choice : m_table->columnChoices(index.column()))
            combo->addItem(choice.label, choice.key);
        return combo;
    }
    case PlanTableWidget::ColumnKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(QStringLiteral("cellDateEdit"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    }
    case PlanTableWidget::ColumnKind::Time: {
        auto *edit = new QTimeEdit(parent);
        edit->setObjectName(QStringLiteral("cellTimeEdit"));
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        return edit;
    }
    case PlanTableWidget::ColumnKind::Minutes: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("deadlineMinutesSpinBox"));
        spin->setRange(0, 60 * 24 * 60);
        spin->setSingleStep(30);
        spin->setSuffix(tr(" min"));
        spin->setSpecialValueText(tr("Promptly"));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    case PlanTableWidget::ColumnKind::MultiLineText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setObjectName(QStringLiteral("cellPlainTextEdit"));
        edit->setTabChangesFocus(true);
        edit->setUndoRedoEnabled(false);
        return edit;
    }
    case PlanTableWidget::ColumnKind::Check:
        return nullptr;
    case PlanTableWidget::ColumnKind::Text:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole))));
    } else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
        // An empty cell starts from today (Clock), the likeliest neighbourhood of a due date.
        const QDate date = index.data(Qt::EditRole).toDate();
        dateEdit->setDate(date.isValid() ? date : Clock::today());
    } else if (auto *timeEdit = qobject_cast<QTimeEdit *>(editor)) {
        const QTime time = index.data(Qt::EditRole).toTime();
        timeEdit->setTime(time.isValid() ? time : QTime(9, 0));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->moveCursor(QTextCursor::End);
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData().toString() != index.data(Qt::UserRole).toString())
            model->setItemData(index, {{Qt::DisplayRole, combo->currentText()}, {Qt::UserRole, combo->currentData()}});
    } else if (auto *dateEdit = qobject_cast<QDateEdit *>(editor)) {
        if (dateEdit->date() != index.data(Qt::EditRole).toDate())
            model->setData(index, dateEdit->date(), Qt::EditRole);
    } else if (auto *timeEdit = qobject_cast<QTimeEdit *>(editor)) {
        if (timeEdit->time() != index.data(Qt::EditRole).toTime())
            model->setData(index, timeEdit->time(), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        if (spin->value() != index.data(Qt::EditRole).toInt())
            model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        if (edit->toPlainText() != index.data(Qt::EditRole).toString())
            model->setData(index, edit->toPlainText(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanTableDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Long cells get room to write in; the editor may reach over the rows below.
        QRect rect = option.rect;
        rect.setWidth(qMax(rect.width(), 260));
        rect.setHeight(qMax(rect.height(), editor->fontMetrics().lineSpacing() * 6));
        editor->setGeometry(rect);
    }
}

void PlanTableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_table->isRowEmphasised(index.row())) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font); // the row's height is measured with these
    }
    switch (m_table->columnKind(index.column())) {
    case PlanTableWidget::ColumnKind::Minutes: option->text = deadlineText(index.data(Qt::EditRole).toInt()); break;
    // ISO dates and 24-hour times, as in the printed documents, whatever the locale's short format.
    case PlanTableWidget::ColumnKind::Date: option->text = index.data(Qt::EditRole).toDate().toString(Qt::ISODate); break;
    case PlanTableWidget::ColumnKind::Time:
        option->text = index.data(Qt::EditRole).toTime().toString(QStringLiteral("HH:mm"));
        break;
    default: break;
    }
}
