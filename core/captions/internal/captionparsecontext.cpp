#include "core/captions/internal/captionparsecontext.h"

#include <algorithm>
#include <numeric>

namespace montaj {

CaptionParseContext::CaptionParseContext(QString sourceName)
    : m_sourceName(std::move(sourceName))
{}

void CaptionParseContext::warn(int line, const QString &code, const QString &message)
{
    if (m_warnings.size() >= kMaxWarnings) {
        ++m_dropped;
        return;
    }
    m_warnings.append({line, code, message});
}

void CaptionParseContext::warnOnce(int line, const QString &code, const QString &message, const QString &key)
{
    const QString k = key.isEmpty() ? code : key;
    if (m_warnedCodes.contains(k))
        return;
    m_warnedCodes.insert(k);
    warn(line, code, message);
}

void CaptionParseContext::warnRepeated(int line, const QString &code, const QString &message)
{
    if (m_repeats.contains(code)) {
        ++m_repeatCounts[code];
        return;
    }
    m_repeats.insert(code, m_warnings.size() < kMaxWarnings ? int(m_warnings.size()) : -1);
    m_repeatCounts.insert(code, 0);
    warn(line, code, message);
}

Error CaptionParseContext::error(int line, const QString &code, const QString &message) const
{
    QVariantMap where{{QStringLiteral("file"), m_sourceName}};
    if (line > 0)
        where.insert(QStringLiteral("line"), line);
    return Error(code, message, where);
}

void CaptionParseContext::addCue(CaptionCue cue, int line)
{
    m_cues.append(std::move(cue));
    m_cueLines.append(line);
}

QList<CaptionCue> CaptionParseContext::takeCues()
{
    QList<qsizetype> order(m_cues.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [this](qsizetype a, qsizetype b) { return m_cues[a].startUs < m_cues[b].startUs; });
    QList<CaptionCue> sorted;
    sorted.reserve(m_cues.size());
    bool reordered = false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!reordered && order[i] != i) {
            reordered = true;
            warn(m_cueLines[order[i]], QStringLiteral("captions.cues_reordered"),
                 tr("The cues are not in time order; they were sorted by start time."));
        }
        sorted.append(std::move(m_cues[order[i]]));
    }
    m_cues.clear();
    m_cueLines.clear();
    return sorted;
}

QList<CaptionWarning> CaptionParseContext::takeWarnings()
{
    for (auto it = m_repeats.cbegin(); it != m_repeats.cend(); ++it) {
        const int more = m_repeatCounts.value(it.key());
        if (it.value() >= 0 && more > 0) {
            QString &message = m_warnings[it.value()].message;
            message = tr("%1 (and %n more line(s) like this)", nullptr, more).arg(message);
        }
    }
    m_repeats.clear();
    m_repeatCounts.clear();
    if (m_dropped > 0)
        m_warnings.append({0, QStringLiteral("captions.too_many_warnings"),
                           tr("%n more warning(s) not shown.", nullptr, m_dropped)});
    m_dropped = 0;
    return std::exchange(m_warnings, {});
}

} // namespace montaj
