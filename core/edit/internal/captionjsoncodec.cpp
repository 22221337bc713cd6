#include "core/edit/internal/captionjsoncodec.h"

#include "core/edit/internal/jsonreader.h"

#include <QJsonArray>

#include <optional>

namespace montaj {
namespace {

constexpr qint64 kMaxUs = qint64(1) << 53;

QString presetName(CaptionPreset preset)
{
    switch (preset) {
    case CaptionPreset::BoldOutline: return QStringLiteral("boldOutline");
    case CaptionPreset::Boxed: return QStringLiteral("boxed");
    case CaptionPreset::WordHighlight: return QStringLiteral("wordHighlight");
    }
    return QStringLiteral("boldOutline");
}

std::optional<CaptionPreset> presetFromName(const QString &name)
{
    for (const auto p : {CaptionPreset::BoldOutline, CaptionPreset::Boxed, CaptionPreset::WordHighlight})
        if (presetName(p) == name)
            return p;
    return std::nullopt;
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexArgb);
}

QJsonObject encodeStyle(const CaptionStyle &s)
{
    return {{QStringLiteral("preset"), presetName(s.preset)},
            {QStringLiteral("fontFamily"), s.fontFamily},
            {QStringLiteral("fontSize"), s.fontSize},
            {QStringLiteral("bold"), s.bold},
            {QStringLiteral("color"), colorName(s.color)},
            {QStringLiteral("outlineColor"), colorName(s.outlineColor)},
            {QStringLiteral("outlineWidth"), s.outlineWidth},
            {QStringLiteral("box"), s.box},
            {QStringLiteral("boxColor"), colorName(s.boxColor)},
            {QStringLiteral("highlightColor"), colorName(s.highlightColor)},
            {QStringLiteral("verticalPosition"), s.verticalPosition},
            {QStringLiteral("maxLines"), s.maxLines}};
}

CaptionStyle decodeStyle(const JsonReader &in)
{
    const CaptionStyle d;
    CaptionStyle s;
    const QString preset = in.string(QStringLiteral("preset"), presetName(d.preset));
    if (const auto p = presetFromName(preset))
        s.preset = *p;
    else
        in.invalid(QStringLiteral("preset"));
    s.fontFamily = in.string(QStringLiteral("fontFamily"), d.fontFamily);
    s.fontSize = in.number(QStringLiteral("fontSize"), 0, 1, d.fontSize);
    s.bold = in.boolean(QStringLiteral("bold"), d.bold);
    s.color = in.color(QStringLiteral("color"), d.color);
    s.outlineColor = in.color(QStringLiteral("outlineColor"), d.outlineColor);
    s.outlineWidth = in.number(QStringLiteral("outlineWidth"), 0, 1, d.outlineWidth);
    s.box = in.boolean(QStringLiteral("box"), d.box);
    s.boxColor = in.color(QStringLiteral("boxColor"), d.boxColor);
    s.highlightColor = in.color(QStringLiteral("highlightColor"), d.highlightColor);
    s.verticalPosition = in.number(QStringLiteral("verticalPosition"), 0, 1, d.verticalPosition);
    s.maxLines = in.integer32(QStringLiteral("maxLines"), 1, 10, d.maxLines);
    return s;
}

} // namespace

QJsonObject CaptionJsonCodec::encode(const CaptionTrack &track)
{
    QJsonArray cues;
    for (const CaptionCue &cue : track.cues) {
        QJsonObject c{{QStringLiteral("startUs"), cue.startUs},
                      {QStringLiteral("endUs"), cue.endUs},
                      {QStringLiteral("text"), cue.text}};
        if (!cue.words.isEmpty()) {
            QJsonArray words;
            for (const CaptionWord &w : cue.words)
                words.append(QJsonObject{{QStringLiteral("startUs"), w.startUs},
                                         {QStringLiteral("endUs"), w.endUs},
                                         {QStringLiteral("text"), w.text}});
            c.insert(QStringLiteral("words"), words);
        }
        cues.append(c);
    }
    QJsonObject root{{QStringLiteral("style"), encodeStyle(track.style)}, {QStringLiteral("cues"), cues}};
    if (!track.language.isEmpty())
        root.insert(QStringLiteral("language"), track.language);
    if (track.output != CaptionOutput{})
        root.insert(QStringLiteral("output"),
                    QJsonObject{{QStringLiteral("burnIn"), track.output.burnIn},
                                {QStringLiteral("subtitleTrack"), track.output.subtitleTrack}});
    return root;
}

CaptionTrack CaptionJsonCodec::decode(const JsonReader &in)
{
    CaptionTrack track;
    track.language = in.string(QStringLiteral("language"), QString());
    if (in.has(QStringLiteral("style")))
        track.style = decodeStyle(in.object(QStringLiteral("style")));
    if (in.has(QStringLiteral("output"))) {
        const JsonReader output = in.object(QStringLiteral("output"));
        track.output.burnIn = output.boolean(QStringLiteral("burnIn"), true);
        track.output.subtitleTrack = output.boolean(QStringLiteral("subtitleTrack"), false);
    }
    for (const JsonReader &c : in.objects(QStringLiteral("cues"), true)) {
        CaptionCue cue;
        cue.startUs = c.integer(QStringLiteral("startUs"), 0, kMaxUs);
        cue.endUs = c.integer(QStringLiteral("endUs"), 0, kMaxUs);
        cue.text = c.string(QStringLiteral("text"));
        for (const JsonReader &w : c.objects(QStringLiteral("words"), true))
            cue.words.append(CaptionWord{w.integer(QStringLiteral("startUs"), 0, kMaxUs),
                                         w.integer(QStringLiteral("endUs"), 0, kMaxUs),
                                         w.string(QStringLiteral("text"))});
        track.cues.append(cue);
    }
    return track;
}

} // namespace montaj
