#include "core/deals/disclosureoverlay.h"

#include "core/deals/internal/captionlabels.h"

#include <QUuid>

#include <algorithm>

namespace montaj {

qint64 DisclosureOverlay::durationUs(const ProjectState &project)
{
    qint64 total = 0;
    for (const Clip &clip : project.clips)
        total += std::max<qint64>(0, clip.durationUs());
    return total;
}

DisclosureOverlay::Coverage DisclosureOverlay::coverage(const ProjectState &project,
                                                        const QStringList &labels)
{
    Coverage c;
    c.durationUs = durationUs(project);
    QList<QPair<qint64, qint64>> spans;
    for (const TextOverlay &o : project.overlays) {
        const bool shows = std::any_of(labels.cbegin(), labels.cend(), [&o](const QString &l) {
            return CaptionLabels::containsWord(o.text, l);
        });
        const qint64 start = std::max<qint64>(0, o.startUs);
        const qint64 end = std::min(c.durationUs, o.endUs);
        if (shows && end > start)
            spans.append({start, end});
    }
    std::sort(spans.begin(), spans.end());
    qint64 cursor = 0;
    for (const auto &[start, end] : std::as_const(spans)) {
        if (start > cursor)
            c.gaps.append({cursor, start});
        cursor = std::max(cursor, end);
    }
    if (cursor < c.durationUs)
        c.gaps.append({cursor, c.durationUs});
    qint64 uncovered = 0;
    for (const auto &[start, end] : std::as_const(c.gaps))
        uncovered += end - start;
    c.coveredUs = c.durationUs - uncovered;
    return c;
}

TextOverlay DisclosureOverlay::makeOverlay(const ProjectState &project, const QString &text, int slot)
{
    TextOverlay o;
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.text = text;
    o.fontSize = 0.03;
    o.bold = true;
    o.box = true;
    o.position = QPointF(0.5, 0.12 + 0.045 * std::max(0, slot)); // below the app's top bar
    o.startUs = 0;
    o.endUs = durationUs(project);
    return o;
}

} // namespace montaj
