#include "core/edit/projectvalidator.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace montaj {
namespace {

bool inUnitRange(double v)
{
    return std::isfinite(v) && v >= 0.0 && v <= 1.0;
}

Result<void> withField(Result<void> result, const QString &field)
{
    if (result)
        return result;
    Error error = result.error();
    error.with(QStringLiteral("field"), field);
    return error;
}

} // namespace

Result<void> ProjectValidator::checkRange(const Clip &clip)
{
    const QVariantMap where{{QStringLiteral("clipId"), clip.id},
                            {QStringLiteral("inUs"), clip.inUs},
                            {QStringLiteral("outUs"), clip.outUs},
                            {QStringLiteral("sourceDurationUs"), clip.sourceDurationUs}};
    if (clip.sourceDurationUs <= 0)
        return Error(QStringLiteral("edit.invalid_source_duration"), tr("The clip's source has no duration."),
                     where);
    if (clip.outUs <= clip.inUs)
        return Error(QStringLiteral("edit.zero_length"), tr("The clip would have no length."), where);
    if (clip.inUs < 0 || clip.outUs > clip.sourceDurationUs)
        return Error(QStringLiteral("edit.trim_beyond_source"),
                     tr("The clip cannot extend beyond its source media."), where);
    return {};
}

Result<void> ProjectValidator::checkVolume(double volume)
{
    if (!std::isfinite(volume) || volume < 0.0 || volume > kMaxVolume)
        return Error(QStringLiteral("edit.invalid_volume"),
                     tr("The volume must be between %1 and %2.")
                         .arg(QLocale().toString(0.0), QLocale().toString(kMaxVolume)),
                     {{QStringLiteral("volume"), volume}});
    return {};
}

Result<void> ProjectValidator::checkCrop(const QRectF &r)
{
    const bool inside = inUnitRange(r.x()) && inUnitRange(r.y()) && inUnitRange(r.width())
                        && inUnitRange(r.height()) && r.width() > 0.0 && r.height() > 0.0
                        && r.x() + r.width() <= 1.0 + 1e-9 && r.y() + r.height() <= 1.0 + 1e-9;
    if (!inside)
        return Error(QStringLiteral("edit.invalid_crop"),
                     tr("The crop rectangle must lie inside the frame and must not be empty."),
                     {{QStringLiteral("cropRect"), r}});
    return {};
}

Result<void> ProjectValidator::checkClip(const Clip &clip)
{
    const QVariantMap where{{QStringLiteral("clipId"), clip.id}};
    if (clip.mediaPath.isEmpty())
        return Error(QStringLiteral("edit.clip_missing_media"), tr("The clip has no media file."), where);
    if (!QDir::isAbsolutePath(clip.mediaPath))
        return Error(QStringLiteral("edit.media_path_relative"),
                     tr("The media path “%1” is not absolute.").arg(clip.mediaPath), where);
    if (!clip.sourceHasVideo && !clip.sourceHasAudio)
        return Error(QStringLiteral("edit.source_without_streams"),
                     tr("The clip's source has neither video nor audio."), where);
    if (clip.sourceHasVideo && (clip.sourceSize.isEmpty() || !clip.sourceSize.isValid()))
        return Error(QStringLiteral("edit.invalid_source_size"),
                     tr("A video clip needs the size of its source."), where);
    if (auto r = checkRange(clip); !r)
        return r;
    if (auto r = checkCrop(clip.cropRect); !r)
        return Error(r.error()).with(QStringLiteral("clipId"), clip.id);
    if (auto r = checkVolume(clip.volume); !r)
        return Error(r.error()).with(QStringLiteral("clipId"), clip.id);
    return {};
}

Result<void> ProjectValidator::checkOverlay(const TextOverlay &o)
{
    const QVariantMap where{{QStringLiteral("overlayId"), o.id}};
    if (o.text.trimmed().isEmpty())
        return Error(QStringLiteral("edit.overlay_empty_text"), tr("The text overlay has no text."), where);
    if (o.startUs < 0 || o.endUs <= o.startUs)
        return Error(QStringLiteral("edit.overlay_invalid_time"),
                     tr("The text must start at or after zero and end after it starts."),
                     {{QStringLiteral("overlayId"), o.id},
                      {QStringLiteral("startUs"), o.startUs},
                      {QStringLiteral("endUs"), o.endUs}});
    if (o.fontFamily.trimmed().isEmpty())
        return Error(QStringLiteral("edit.overlay_invalid_font"), tr("The text overlay has no font."), where);
    if (!std::isfinite(o.fontSize) || o.fontSize <= 0.0 || o.fontSize > 1.0)
        return Error(QStringLiteral("edit.overlay_invalid_font_size"), tr("The font size is out of range."),
                     where);
    if (!inUnitRange(o.outlineWidth))
        return Error(QStringLiteral("edit.overlay_invalid_outline"), tr("The outline width is out of range."),
                     where);
    if (!inUnitRange(o.position.x()) || !inUnitRange(o.position.y()))
        return Error(QStringLiteral("edit.overlay_invalid_position"),
                     tr("The text position must lie on the canvas."), where);
    if (!o.color.isValid() || !o.outlineColor.isValid() || !o.boxColor.isValid())
        return Error(QStringLiteral("edit.overlay_invalid_color"),
                     tr("The text overlay has an invalid colour."), where);
    return {};
}

Result<void> ProjectValidator::checkMusic(const MusicTrack &m)
{
    if (!m.isSet())
        return {};
    const QVariantMap where{{QStringLiteral("music"), m.path}};
    if (!QDir::isAbsolutePath(m.path))
        return Error(QStringLiteral("edit.media_path_relative"),
                     tr("The media path “%1” is not absolute.").arg(m.path), where);
    if (m.sourceDurationUs <= 0)
        return Error(QStringLiteral("edit.invalid_source_duration"), tr("The music file has no duration."),
                     where);
    if (m.sourceInUs < 0 || m.sourceInUs >= m.sourceDurationUs)
        return Error(QStringLiteral("edit.music_beyond_source"),
                     tr("The music must start inside its source file."), where);
    if (m.startUs < 0)
        return Error(QStringLiteral("edit.music_invalid_start"),
                     tr("The music cannot start before the timeline."), where);
    const qint64 playableUs = m.sourceDurationUs - m.sourceInUs;
    if (m.fadeInUs < 0 || m.fadeOutUs < 0 || m.fadeInUs > playableUs || m.fadeOutUs > playableUs)
        return Error(QStringLiteral("edit.music_invalid_fade"),
                     tr("The music fades must not be negative or longer than the music."), where);
    if (auto r = checkVolume(m.volume); !r)
        return r;
    return {};
}

Result<void> ProjectValidator::checkCanvas(const Canvas &c)
{
    const auto sideOk = [](int side) { return side >= kMinCanvasSide && side <= kMaxCanvasSide; };
    if (!sideOk(c.size.width()) || !sideOk(c.size.height()))
        return Error(QStringLiteral("edit.invalid_canvas_size"),
                     tr("The canvas must be between %1 and %2 pixels on each side.")
                         .arg(QLocale().toString(kMinCanvasSide), QLocale().toString(kMaxCanvasSide)),
                     {{QStringLiteral("size"), c.size}});
    if (c.fpsNum <= 0 || c.fpsDen <= 0 || double(c.fpsNum) / double(c.fpsDen) > kMaxFps)
        return Error(QStringLiteral("edit.invalid_frame_rate"), tr("The frame rate is out of range."),
                     {{QStringLiteral("fpsNum"), c.fpsNum}, {QStringLiteral("fpsDen"), c.fpsDen}});
    if (!c.background.isValid())
        return Error(QStringLiteral("edit.invalid_background"), tr("The canvas colour is invalid."));
    return {};
}

Error ProjectValidator::duplicateId(const QString &id)
{
    return Error(QStringLiteral("edit.duplicate_id"), tr("Two items share the id “%1”.").arg(id),
                 {{QStringLiteral("id"), id}});
}

Result<void> ProjectValidator::checkState(const ProjectState &state)
{
    if (auto r = withField(checkCanvas(state.canvas), QStringLiteral("canvas")); !r)
        return r;
    QSet<QString> ids;
    const auto checkId = [&ids](const QString &id, const QString &field) -> Result<void> {
        if (id.isEmpty())
            return Error(QStringLiteral("edit.missing_id"), tr("An item has no id."),
                         {{QStringLiteral("field"), field}});
        if (ids.contains(id))
            return duplicateId(id).with(QStringLiteral("field"), field);
        ids.insert(id);
        return {};
    };
    for (qsizetype i = 0; i < state.clips.size(); ++i) {
        const QString field = QStringLiteral("clips[%1]").arg(i);
        if (auto r = checkId(state.clips[i].id, field); !r)
            return r;
        if (auto r = withField(checkClip(state.clips[i]), field); !r)
            return r;
    }
    for (qsizetype i = 0; i < state.overlays.size(); ++i) {
        const QString field = QStringLiteral("overlays[%1]").arg(i);
        if (auto r = checkId(state.overlays[i].id, field); !r)
            return r;
        if (auto r = withField(checkOverlay(state.overlays[i]), field); !r)
            return r;
    }
    if (auto r = withField(checkMusic(state.music), QStringLiteral("music")); !r)
        return r;
    return withField(checkCaptions(state.captions), QStringLiteral("captions"));
}

Result<void> ProjectValidator::checkCaptions(const CaptionTrack &track)
{
    qint64 previousStart = 0;
    for (qsizetype i = 0; i < track.cues.size(); ++i) {
        const CaptionCue &cue = track.cues[i];
        const QVariantMap where{{QStringLiteral("field"), QStringLiteral("cues[%1]").arg(i)},
                                {QStringLiteral("startUs"), cue.startUs},
                                {QStringLiteral("endUs"), cue.endUs}};
        if (cue.startUs < 0 || cue.endUs <= cue.startUs)
            return Error(QStringLiteral("edit.caption_invalid_time"),
                         tr("Caption %1 must start at or after zero and end after it starts.").arg(i + 1),
                         where);
        if (cue.startUs < previousStart)
            return Error(QStringLiteral("edit.captions_not_sorted"),
                         tr("Caption %1 starts before the caption above it.").arg(i + 1), where);
        previousStart = cue.startUs;
        for (const CaptionWord &w : cue.words)
            if (w.startUs < 0 || w.endUs < w.startUs)
                return Error(QStringLiteral("edit.caption_invalid_word_time"),
                             tr("A word in caption %1 ends before it starts.").arg(i + 1), where);
    }
    if (track.style.maxLines < 1 || !std::isfinite(track.style.fontSize) || track.style.fontSize <= 0.0
        || track.style.fontSize > 1.0 || !inUnitRange(track.style.verticalPosition))
        return Error(QStringLiteral("edit.caption_invalid_style"), tr("The caption style is out of range."));
    return {};
}

} // namespace montaj
