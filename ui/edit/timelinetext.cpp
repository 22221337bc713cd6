#include "ui/edit/timelinetext.h"

#include "ui/edit/timelinepainter.h"
#include "ui/edit/timelineruler.h"

#include <QFileInfo>

namespace montaj::ui {

QString TimelineText::toolTip(const TimelineLayout &layout, QPoint pos)
{
    const TimelineLayout::Hit hit = layout.hitTest(pos);
    const Canvas &canvas = layout.state().canvas;
    const auto span = [&canvas](qint64 start, qint64 end) {
        return tr("%1 to %2")
            .arg(TimelineRuler::timecode(start, canvas, true), TimelineRuler::timecode(end, canvas, true));
    };
    const QLatin1Char newline('\n');
    switch (hit.kind) {
    case TimelineLayout::HitKind::Ruler: return tr("Click or drag to move the playhead");
    case TimelineLayout::HitKind::Clip: {
        const Clip &clip = layout.state().clips.at(hit.index);
        QString text = QString(QFileInfo(clip.mediaPath).fileName() + newline
                               + span(layout.clipStartUs(hit.index), layout.clipEndUs(hit.index)));
        if (clip.muted)
            text = QString(text + newline + tr("Muted"));
        if (hit.edge != TimelineLayout::Edge::None)
            text = QString(text + newline + tr("Drag to trim"));
        return text;
    }
    case TimelineLayout::HitKind::Overlay: {
        const TextOverlay &overlay = layout.state().overlays.at(hit.index);
        return QString(overlay.text + newline + span(overlay.startUs, overlay.endUs));
    }
    case TimelineLayout::HitKind::Music:
        return QString(QFileInfo(layout.state().music.path).fileName() + newline
                       + tr("Drag to move the music in time"));
    case TimelineLayout::HitKind::Header:
    case TimelineLayout::HitKind::Lane:
        if (hit.lane == TimelineLane::Captions)
            return tr("Captions are shown here once the project has them");
        return TimelinePainter::laneName(hit.lane);
    case TimelineLayout::HitKind::None: break;
    }
    return {};
}

QString TimelineText::summary(const EditSession &session)
{
    const ProjectDocument *doc = session.document();
    QString text = tr("%n clip(s), %1 long; playhead at %2", nullptr, int(doc->clips().size()))
                       .arg(TimelineRuler::timecode(doc->durationUs(), doc->canvas(), false),
                            TimelineRuler::timecode(session.playheadUs(), doc->canvas(), true));
    if (!session.selection().isEmpty())
        text = tr("%1; %n item(s) selected", nullptr, int(session.selection().size())).arg(text);
    return text;
}

} // namespace montaj::ui
