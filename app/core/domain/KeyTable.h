#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <cstddef>
#include <optional>

// Lookups in a constant table of an enum's values with their stable keys (and, where the table
// has them, English source texts): the one implementation behind every enum's key functions.
// An entry is any struct with `value` and `key` members (and `sourceText` for sourceTextOf).
namespace KeyTable {

template<typename Entry, std::size_t N>
auto allOf(const Entry (&entries)[N])
{
    QList<decltype(entries[0].value)> values;
    for (const Entry &entry : entries)
        values.append(entry.value);
    return values;
}

// An unknown value gives the first entry's key.
template<typename Entry, std::size_t N, typename Value>
QString keyOf(const Entry (&entries)[N], Value value)
{
    for (const Entry &entry : entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return QString::fromLatin1(entries[0].key);
}

template<typename Entry, std::size_t N>
auto valueOf(const Entry (&entries)[N], const QString &key) -> std::optional<decltype(entries[0].value)>
{
    for (const Entry &entry : entries) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Entry, std::size_t N, typename Value>
const char *sourceTextOf(const Entry (&entries)[N], Value value)
{
    for (const Entry &entry : entries) {
        if (entry.value == value)
            return entry.sourceText;
    }
    return entries[0].sourceText;
}

} // namespace KeyTable
