#pragma once

#include "core/domain/Plan.h"

#include <QString>
#include <QUndoCommand>
#include <functional>

// One undoable change to the plan, kept as the whole plan before and after. Plans are small and
// implicitly shared, so snapshots are cheap and undo can never drift out of step with the widgets:
// undo and redo simply show the stored plan again. Consecutive edits with the same merge key (typing
// in one field) become one command, so that one undo does not take away a single character.
class PlanEditCommand : public QUndoCommand
{
public:
    // Where the change happened, so that undo and redo can show it to the user.
    struct Focus
    {
        int sectionIndex = -1;
        int tabIndex = -1;
    };
    // Shows `plan` in the editor; `widgetsShowIt` is true when the widgets already display it (the
    // first redo of an edit the user just typed), so that the cursor is left alone.
    using Apply = std::function<void(const Plan &plan, const Focus &focus, bool widgetsShowIt)>;

    // `focusBefore` is shown on undo, `focusAfter` on redo (a moved section sits elsewhere after).
    PlanEditCommand(const Plan &before, const Plan &after, const QString &text, const QString &mergeKey,
                    const Focus &focusBefore, const Focus &focusAfter, bool widgetsShowAfter, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Plan &before() const { return m_before; }
    const Plan &after() const { return m_after; }

private:
    Plan m_before;
    Plan m_after;
    QString m_mergeKey;
    Focus m_focusBefore;
    Focus m_focusAfter;
    bool m_widgetsShowAfter;
    Apply m_apply;
};
