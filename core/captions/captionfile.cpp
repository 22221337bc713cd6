#include "core/captions/captionfile.h"

#include "core/captions/assformat.h"
#include "core/captions/captiontext.h"
#include "core/captions/srtformat.h"
#include "core/captions/vttformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace montaj {

namespace {

constexpr int kSniffLines = 40;

} // namespace

std::optional<CaptionFormat> CaptionFile::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"srt")
        return CaptionFormat::Srt;
    if (suffix == u"vtt" || suffix == u"webvtt")
        return CaptionFormat::WebVtt;
    if (suffix == u"ass" || suffix == u"ssa")
        return CaptionFormat::Ass;
    return std::nullopt;
}

std::optional<CaptionFormat> CaptionFile::sniff(const QString &text)
{
    int seen = 0;
    bool arrow = false;
    bool commaTiming = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (seen == 0 && t.startsWith(u"WEBVTT") && (t.size() == 6 || t[6].isSpace()))
            return CaptionFormat::WebVtt;
        if (t.compare(u"[Script Info]", Qt::CaseInsensitive) == 0
            || t.compare(u"[V4+ Styles]", Qt::CaseInsensitive) == 0
            || t.compare(u"[V4 Styles]", Qt::CaseInsensitive) == 0
            || t.compare(u"[Events]", Qt::CaseInsensitive) == 0)
            return CaptionFormat::Ass;
        if (const qsizetype a = t.indexOf(u"-->"); a >= 0) {
            arrow = true;
            commaTiming = commaTiming || t.left(a).contains(u',');
        }
        if (++seen >= kSniffLines)
            break;
    }
    if (arrow)
        return commaTiming ? CaptionFormat::Srt : std::optional<CaptionFormat>();
    return std::nullopt;
}

QString CaptionFile::formatName(CaptionFormat format)
{
    switch (format) {
    case CaptionFormat::Srt: return QStringLiteral("SubRip");
    case CaptionFormat::WebVtt: return QStringLiteral("WebVTT");
    case CaptionFormat::Ass: return QStringLiteral("ASS");
    }
    return {};
}

Result<CaptionDocument> CaptionFile::parseText(const QString &text, CaptionFormat format,
                                               const QString &sourceName)
{
    switch (format) {
    case CaptionFormat::Srt: return SrtFormat::parse(text, sourceName);
    case CaptionFormat::WebVtt: return VttFormat::parse(text, sourceName);
    case CaptionFormat::Ass: return AssFormat::parse(text, sourceName);
    }
    return SrtFormat::parse(text, sourceName);
}

Result<CaptionDocument> CaptionFile::parse(const QByteArray &bytes, const QString &sourceName,
                                           const std::optional<QString> &encoding)
{
    const QString name = QFileInfo(sourceName).fileName();
    auto decoded = CaptionText::decode(bytes, encoding.value_or(QString()));
    if (!decoded)
        return Error(decoded.error()).with(QStringLiteral("file"), name);
    const std::optional<CaptionFormat> byName = formatForPath(sourceName);
    const std::optional<CaptionFormat> byContent = sniff(decoded->text);
    std::optional<CaptionFormat> format = byContent ? byContent : byName;
    if (!format && decoded->text.contains(QStringLiteral("-->")))
        format = CaptionFormat::Srt; // arrows with dots and no telling name: SubRip tolerates dots
    if (!format)
        return Error(
            QStringLiteral("captions.unknown_format"),
            tr("“%1” is not a caption file Montaj reads (SubRip .srt, WebVTT .vtt, ASS/SSA .ass).").arg(name),
            {{QStringLiteral("file"), name}});
    auto doc = parseText(decoded->text, *format, name);
    if (!doc)
        return doc;
    doc.value().encoding = decoded->encoding;
    QList<CaptionWarning> notes;
    if (byName && byContent && *byName != *byContent)
        notes.append({0, QStringLiteral("captions.format_mismatch"),
                      tr("The file is named like %1 but holds %2; it was read as %2.")
                          .arg(formatName(*byName), formatName(*byContent))});
    if (decoded->invalidSequences > 0)
        notes.append({0, QStringLiteral("captions.invalid_text"),
                      tr("%n byte sequence(s) were not valid %1 and were replaced by “�”.", nullptr,
                         decoded->invalidSequences)
                          .arg(decoded->encoding)});
    doc.value().warnings = notes + doc.value().warnings;
    return doc;
}

Result<CaptionDocument> CaptionFile::read(const QString &path, const std::optional<QString> &encoding)
{
    QFile file(path);
    const QString native = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("captions.read_failed"),
                     tr("Cannot read “%1”: %2").arg(native, file.errorString()),
                     {{QStringLiteral("file"), path}});
    if (file.size() > kMaxFileBytes)
        return Error(
            QStringLiteral("captions.file_too_large"),
            tr("“%1” is too large for a caption file (%2 MB at most).").arg(native).arg(kMaxFileBytes >> 20),
            {{QStringLiteral("file"), path}});
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return Error(
            QStringLiteral("captions.file_too_large"),
            tr("“%1” is too large for a caption file (%2 MB at most).").arg(native).arg(kMaxFileBytes >> 20),
            {{QStringLiteral("file"), path}});
    return parse(bytes, path, encoding);
}

QByteArray CaptionFile::serialize(const CaptionTrack &track, CaptionFormat format,
                                  const CaptionWriteOptions &options)
{
    QString text;
    switch (format) {
    case CaptionFormat::Srt: text = SrtFormat::write(track); break;
    case CaptionFormat::WebVtt: text = VttFormat::write(track); break;
    case CaptionFormat::Ass: text = AssFormat::write(track); break;
    }
    if (options.crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

Result<void> CaptionFile::write(const CaptionTrack &track, const QString &path,
                                std::optional<CaptionFormat> format, const CaptionWriteOptions &options)
{
    const QString native = QDir::toNativeSeparators(path);
    if (!format)
        format = formatForPath(path);
    if (!format)
        return Error(QStringLiteral("captions.unknown_format"),
                     tr("Cannot tell the caption format from “%1”: name it .srt, .vtt or .ass.").arg(native),
                     {{QStringLiteral("file"), path}});
    const QByteArray bytes = serialize(track, *format, options);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(QStringLiteral("captions.write_failed"), tr("Cannot write “%1”: %2").arg(native, reason),
                     {{QStringLiteral("file"), path}});
    }
    return {};
}

} // namespace montaj
