#include "PlanEditCommand.h"

#include <utility>

namespace {
constexpr int kMergeableCommandId = 0x504c4544; // "PLED"
}

PlanEditCommand::PlanEditCommand(const Plan &before, const Plan &after, const QString &text, const QString &mergeKey,
                                 const Focus &focusBefore, const Focus &focusAfter, bool widgetsShowAfter, Apply apply)
    : QUndoCommand(text), m_before(before), m_after(after), m_mergeKey(mergeKey), m_focusBefore(focusBefore),
      m_focusAfter(focusAfter),
      m_widgetsShowAfter(widgetsShowAfter), m_apply(std::move(apply))
{
}

void PlanEditCommand::undo()
{
    m_apply(m_before, m_focusBefore, false);
}

void PlanEditCommand::redo()
{
    // The first redo happens inside QUndoStack::push, right after the user made the change: the
    // widgets already show it, and redrawing them would move the cursor.
    const bool widgetsShowIt = m_widgetsShowAfter;
    m_widgetsShowAfter = false;
    m_apply(m_after, m_focusAfter, widgetsShowIt);
}

int PlanEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableCommandId;
}

bool PlanEditCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *edit = static_cast<const PlanEditCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    // Typing a word and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}
