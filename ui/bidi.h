#pragma once

#include <QString>

namespace montaj::ui {

// Wraps text that has its own direction — an amount, a size, a path, a file name — so it keeps its
// order inside a sentence of the other direction ("US$12.50" or "/tmp/takes" in Arabic text):
// FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.
inline QString bidiIsolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace montaj::ui
