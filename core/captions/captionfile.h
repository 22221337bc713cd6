#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>

#include <optional>

namespace montaj {

// Reads and writes caption files: SubRip (.srt), WebVTT (.vtt) and ASS/SSA (.ass, .ssa). Reading
// decodes the bytes (CaptionText: detected encoding, or the one the user names), then picks the
// format from the content — "WEBVTT", an ASS [section], SRT numbers and arrows — and falls back to
// the file name's extension; when content and extension disagree the content wins, with a warning.
// Writing picks the format from the extension (or the one given) and writes UTF-8 atomically
// (QSaveFile: an existing file is replaced only when the new one is complete). Files over
// kMaxFileBytes are refused. Not for checking cues (CaptionChecks) or editing them (CaptionEdits).
class CaptionFile
{
    Q_DECLARE_TR_FUNCTIONS(CaptionFile)

public:
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static Result<CaptionDocument> read(const QString &path,
                                        const std::optional<QString> &encoding = std::nullopt);
    // The same for bytes already in memory; `sourceName` names them in warnings and errors and its
    // extension is the fallback for the format.
    static Result<CaptionDocument> parse(const QByteArray &bytes, const QString &sourceName,
                                         const std::optional<QString> &encoding = std::nullopt);
    static Result<CaptionDocument> parseText(const QString &text, CaptionFormat format,
                                             const QString &sourceName);

    static Result<void> write(const CaptionTrack &track, const QString &path,
                              std::optional<CaptionFormat> format = std::nullopt,
                              const CaptionWriteOptions &options = {});
    static QByteArray serialize(const CaptionTrack &track, CaptionFormat format,
                                const CaptionWriteOptions &options = {});

    // ".srt" → Srt, ".vtt"/".webvtt" → WebVtt, ".ass"/".ssa" → Ass (case-insensitive).
    static std::optional<CaptionFormat> formatForPath(const QString &path);
    // The format the text looks like; nullopt when it looks like none.
    static std::optional<CaptionFormat> sniff(const QString &text);
    static QString formatName(CaptionFormat format); // "SubRip", "WebVTT", "ASS"
};

} // namespace montaj
