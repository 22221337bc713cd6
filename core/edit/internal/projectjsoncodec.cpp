#include "core/edit/internal/projectjsoncodec.h"

#include "core/edit/internal/captionjsoncodec.h"
#include "core/edit/internal/jsonreader.h"

#include <QDir>
#include <QJsonArray>

namespace montaj {
namespace {

constexpr qint64 kMaxUs = qint64(1) << 53; // the largest time JSON numbers carry exactly

QString fitName(FitMode fit)
{
    switch (fit) {
    case FitMode::Fit: return QStringLiteral("fit");
    case FitMode::Fill: return QStringLiteral("fill");
    case FitMode::Crop: return QStringLiteral("crop");
    }
    return QStringLiteral("fill");
}

std::optional<FitMode> fitFromName(const QString &name)
{
    for (const FitMode fit : {FitMode::Fit, FitMode::Fill, FitMode::Crop})
        if (fitName(fit) == name)
            return fit;
    return std::nullopt;
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexArgb);
}

QJsonArray encodeFilters(const QList<FilterSettings> &filters)
{
    QJsonArray array;
    for (const FilterSettings &f : filters)
        array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                 {QStringLiteral("enabled"), f.enabled},
                                 {QStringLiteral("params"), QJsonObject::fromVariantMap(f.params)}});
    return array;
}

} // namespace

QString ProjectJsonCodec::storedPath(const QString &absolutePath, const QString &baseDir)
{
    if (baseDir.isEmpty())
        return QDir::cleanPath(absolutePath);
    const QString relative = QDir(baseDir).relativeFilePath(absolutePath);
    if (QDir::isAbsolutePath(relative) || relative == QLatin1String("..")
        || relative.startsWith(QLatin1String("../")))
        return QDir::cleanPath(absolutePath);
    return relative;
}

QString ProjectJsonCodec::resolvedPath(const QString &stored, const QString &baseDir)
{
    const QString path = QDir::fromNativeSeparators(stored);
    if (baseDir.isEmpty() || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

QJsonObject ProjectJsonCodec::encode(const ProjectState &state, const QString &baseDir)
{
    const Canvas &c = state.canvas;
    QJsonObject root{
        {QStringLiteral("canvas"), QJsonObject{{QStringLiteral("width"), c.size.width()},
                                               {QStringLiteral("height"), c.size.height()},
                                               {QStringLiteral("fpsNum"), c.fpsNum},
                                               {QStringLiteral("fpsDen"), c.fpsDen},
                                               {QStringLiteral("background"), colorName(c.background)}}}};
    QJsonArray clips;
    for (const Clip &clip : state.clips) {
        const QJsonObject source{{QStringLiteral("durationUs"), clip.sourceDurationUs},
                                 {QStringLiteral("width"), clip.sourceSize.width()},
                                 {QStringLiteral("height"), clip.sourceSize.height()},
                                 {QStringLiteral("hasVideo"), clip.sourceHasVideo},
                                 {QStringLiteral("hasAudio"), clip.sourceHasAudio}};
        const QJsonObject crop{{QStringLiteral("x"), clip.cropRect.x()},
                               {QStringLiteral("y"), clip.cropRect.y()},
                               {QStringLiteral("width"), clip.cropRect.width()},
                               {QStringLiteral("height"), clip.cropRect.height()}};
        QJsonObject encoded{{QStringLiteral("id"), clip.id},
                            {QStringLiteral("media"), storedPath(clip.mediaPath, baseDir)},
                            {QStringLiteral("inUs"), clip.inUs},
                            {QStringLiteral("outUs"), clip.outUs},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("fit"), fitName(clip.fit)},
                            {QStringLiteral("crop"), crop},
                            {QStringLiteral("volume"), clip.volume},
                            {QStringLiteral("muted"), clip.muted}};
        if (!clip.filters.isEmpty())
            encoded.insert(QStringLiteral("filters"), encodeFilters(clip.filters));
        clips.append(encoded);
    }
    root.insert(QStringLiteral("clips"), clips);
    QJsonArray overlays;
    for (const TextOverlay &o : state.overlays) {
        overlays.append(QJsonObject{{QStringLiteral("id"), o.id},
                                    {QStringLiteral("text"), o.text},
                                    {QStringLiteral("fontFamily"), o.fontFamily},
                                    {QStringLiteral("fontSize"), o.fontSize},
                                    {QStringLiteral("bold"), o.bold},
                                    {QStringLiteral("color"), colorName(o.color)},
                                    {QStringLiteral("outlineColor"), colorName(o.outlineColor)},
                                    {QStringLiteral("outlineWidth"), o.outlineWidth},
                                    {QStringLiteral("box"), o.box},
                                    {QStringLiteral("boxColor"), colorName(o.boxColor)},
                                    {QStringLiteral("x"), o.position.x()},
                                    {QStringLiteral("y"), o.position.y()},
                                    {QStringLiteral("startUs"), o.startUs},
                                    {QStringLiteral("endUs"), o.endUs}});
    }
    root.insert(QStringLiteral("overlays"), overlays);
    if (state.music.isSet()) {
        const MusicTrack &m = state.music;
        root.insert(QStringLiteral("music"),
                    QJsonObject{{QStringLiteral("media"), storedPath(m.path, baseDir)},
                                {QStringLiteral("sourceInUs"), m.sourceInUs},
                                {QStringLiteral("sourceDurationUs"), m.sourceDurationUs},
                                {QStringLiteral("startUs"), m.startUs},
                                {QStringLiteral("volume"), m.volume},
                                {QStringLiteral("fadeInUs"), m.fadeInUs},
                                {QStringLiteral("fadeOutUs"), m.fadeOutUs}});
    }
    if (!state.captions.isEmpty() || !state.captions.language.isEmpty()
        || !(state.captions.style == CaptionStyle()))
        root.insert(QStringLiteral("captions"), CaptionJsonCodec::encode(state.captions));
    if (!state.media.isEmpty()) {
        QJsonArray media;
        for (const QString &path : state.media)
            media.append(storedPath(path, baseDir));
        root.insert(QStringLiteral("media"), media);
    }
    return root;
}

Result<ProjectState> ProjectJsonCodec::decode(const QJsonObject &root, const QString &baseDir,
                                              const QString &sourceName)
{
    const JsonReader in(root, sourceName);
    ProjectState state;
    state.canvas = decodeCanvas(in.object(QStringLiteral("canvas")));
    for (const JsonReader &clip : in.objects(QStringLiteral("clips")))
        state.clips.append(decodeClip(clip, baseDir));
    for (const JsonReader &overlay : in.objects(QStringLiteral("overlays"), true))
        state.overlays.append(decodeOverlay(overlay));
    if (in.has(QStringLiteral("music")))
        state.music = decodeMusic(in.object(QStringLiteral("music")), baseDir);
    if (in.has(QStringLiteral("captions")))
        state.captions = CaptionJsonCodec::decode(in.object(QStringLiteral("captions")));
    for (const QString &stored : in.strings(QStringLiteral("media"), true)) {
        const QString path = resolvedPath(stored, baseDir);
        if (!stored.isEmpty() && !state.media.contains(path))
            state.media.append(path);
    }
    if (in.error())
        return *in.error();
    return state;
}

Canvas ProjectJsonCodec::decodeCanvas(const JsonReader &in)
{
    const Canvas defaults;
    Canvas c;
    c.size = QSize(in.integer32(QStringLiteral("width"), 1, 65535),
                   in.integer32(QStringLiteral("height"), 1, 65535));
    c.fpsNum = in.integer32(QStringLiteral("fpsNum"), 1, 1000000, defaults.fpsNum);
    c.fpsDen = in.integer32(QStringLiteral("fpsDen"), 1, 1000000, defaults.fpsDen);
    c.background = in.color(QStringLiteral("background"), defaults.background);
    return c;
}

Clip ProjectJsonCodec::decodeClip(const JsonReader &in, const QString &baseDir)
{
    const Clip defaults;
    Clip c;
    c.id = in.nonEmptyString(QStringLiteral("id"));
    c.mediaPath = resolvedPath(in.nonEmptyString(QStringLiteral("media")), baseDir);
    c.inUs = in.integer(QStringLiteral("inUs"), 0, kMaxUs);
    c.outUs = in.integer(QStringLiteral("outUs"), 0, kMaxUs);
    const JsonReader source = in.object(QStringLiteral("source"));
    c.sourceDurationUs = source.integer(QStringLiteral("durationUs"), 0, kMaxUs);
    c.sourceSize = QSize(source.integer32(QStringLiteral("width"), -1, 65535, -1),
                         source.integer32(QStringLiteral("height"), -1, 65535, -1));
    c.sourceHasVideo = source.boolean(QStringLiteral("hasVideo"), defaults.sourceHasVideo);
    c.sourceHasAudio = source.boolean(QStringLiteral("hasAudio"), defaults.sourceHasAudio);
    const QString fit = in.string(QStringLiteral("fit"), fitName(defaults.fit));
    if (const auto mode = fitFromName(fit))
        c.fit = *mode;
    else
        in.invalid(QStringLiteral("fit"));
    if (in.has(QStringLiteral("crop"))) {
        const JsonReader crop = in.object(QStringLiteral("crop"));
        c.cropRect =
            QRectF(crop.number(QStringLiteral("x"), 0, 1), crop.number(QStringLiteral("y"), 0, 1),
                   crop.number(QStringLiteral("width"), 0, 1), crop.number(QStringLiteral("height"), 0, 1));
    }
    c.volume = in.number(QStringLiteral("volume"), 0, 1000, defaults.volume);
    c.muted = in.boolean(QStringLiteral("muted"), defaults.muted);
    for (const JsonReader &f : in.objects(QStringLiteral("filters"), true))
        c.filters.append(FilterSettings{f.nonEmptyString(QStringLiteral("id")),
                                        f.map(QStringLiteral("params"), true),
                                        f.boolean(QStringLiteral("enabled"), true)});
    return c;
}

TextOverlay ProjectJsonCodec::decodeOverlay(const JsonReader &in)
{
    const TextOverlay d;
    TextOverlay o;
    o.id = in.nonEmptyString(QStringLiteral("id"));
    o.text = in.nonEmptyString(QStringLiteral("text"));
    o.fontFamily = in.string(QStringLiteral("fontFamily"), d.fontFamily);
    o.fontSize = in.number(QStringLiteral("fontSize"), 0, 1, d.fontSize);
    o.bold = in.boolean(QStringLiteral("bold"), d.bold);
    o.color = in.color(QStringLiteral("color"), d.color);
    o.outlineColor = in.color(QStringLiteral("outlineColor"), d.outlineColor);
    o.outlineWidth = in.number(QStringLiteral("outlineWidth"), 0, 1, d.outlineWidth);
    o.box = in.boolean(QStringLiteral("box"), d.box);
    o.boxColor = in.color(QStringLiteral("boxColor"), d.boxColor);
    o.position = QPointF(in.number(QStringLiteral("x"), 0, 1, d.position.x()),
                         in.number(QStringLiteral("y"), 0, 1, d.position.y()));
    o.startUs = in.integer(QStringLiteral("startUs"), 0, kMaxUs);
    o.endUs = in.integer(QStringLiteral("endUs"), 0, kMaxUs);
    return o;
}

MusicTrack ProjectJsonCodec::decodeMusic(const JsonReader &in, const QString &baseDir)
{
    const MusicTrack d;
    MusicTrack m;
    m.path = resolvedPath(in.nonEmptyString(QStringLiteral("media")), baseDir);
    m.sourceInUs = in.integer(QStringLiteral("sourceInUs"), 0, kMaxUs, d.sourceInUs);
    m.sourceDurationUs = in.integer(QStringLiteral("sourceDurationUs"), 0, kMaxUs);
    m.startUs = in.integer(QStringLiteral("startUs"), 0, kMaxUs, d.startUs);
    m.volume = in.number(QStringLiteral("volume"), 0, 1000, d.volume);
    m.fadeInUs = in.integer(QStringLiteral("fadeInUs"), 0, kMaxUs, d.fadeInUs);
    m.fadeOutUs = in.integer(QStringLiteral("fadeOutUs"), 0, kMaxUs, d.fadeOutUs);
    return m;
}

} // namespace montaj
