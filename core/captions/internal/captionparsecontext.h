#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace montaj {

// What one caption parser run collects: the cues with the line each started on, the warnings, and
// the errors it builds (code, message, context {file, line}). Keeps at most kMaxWarnings warnings
// so that a damaged file cannot flood memory or a terminal. Not shared between runs.
class CaptionParseContext
{
    Q_DECLARE_TR_FUNCTIONS(CaptionParseContext)

public:
    static constexpr int kMaxWarnings = 500;

    explicit CaptionParseContext(QString sourceName);

    void warn(int line, const QString &code, const QString &message);
    // Only the first warning with this code (or this key) is kept: repeating ones would say the
    // same thing.
    void warnOnce(int line, const QString &code, const QString &message, const QString &key = {});
    // Like warnOnce, but the kept warning ends by saying on how many more lines it happened: for
    // damage a file repeats on every cue (dots before milliseconds, markup).
    void warnRepeated(int line, const QString &code, const QString &message);
    Error error(int line, const QString &code, const QString &message) const;

    void addCue(CaptionCue cue, int line);
    // The cues sorted by start (stable), with a warning when the file had them out of order.
    QList<CaptionCue> takeCues();
    QList<CaptionWarning> takeWarnings();

private:
    QString m_sourceName;
    QList<CaptionWarning> m_warnings;
    QSet<QString> m_warnedCodes;
    QHash<QString, int> m_repeats; // code → index in m_warnings (-1: dropped) and count below
    QHash<QString, int> m_repeatCounts;
    int m_dropped = 0;
    QList<CaptionCue> m_cues;
    QList<int> m_cueLines;
};

} // namespace montaj
