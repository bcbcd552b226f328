#pragma once

#include "MessageBoxes.h"
#include "core/Result.h"

#include <QString>
#include <functional>
#include <optional>

// The last step of the "create from a template" dialogs: `value` as the save handler stored it
// (or `value` itself without a handler). A failed save is reported in a warning titled
// `failureTitle` (already translated) and gives std::nullopt, so that the dialog stays open.
template<typename T>
std::optional<T> saveThroughHandler(const std::function<Result<T>(const T &)> &handler, const T &value,
                                    QWidget *parent, const QString &failureTitle)
{
    if (!handler)
        return value;
    Result<T> saved = handler(value);
    if (!saved) {
        MessageBoxes::warning(parent, failureTitle, saved.errorMessage());
        return std::nullopt;
    }
    return std::move(saved).value();
}
