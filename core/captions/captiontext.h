#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace montaj {

// What a caption file's bytes became: text with every line ending turned into '\n', the encoding
// that was used and what the decoder noticed.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "windows-1252",
                      // "ISO-8859-1", or the name the user gave for other encodings
    bool byteOrderMark = false;
    bool detected = true;     // false when the caller named the encoding
    int invalidSequences = 0; // bytes not valid in that encoding, each decoded as U+FFFD
};

// Turns the bytes of a caption file into text: detects UTF-8 (with or without BOM), UTF-16 LE/BE
// (BOM, or the NUL bytes of ASCII text), Windows-1256 (Arabic), Windows-1252 and ISO-8859-1
// (French), or decodes with an encoding the user names. Detection is deterministic:
//   1. a byte order mark decides;
//   2. NUL bytes mostly at odd (even) offsets mean UTF-16LE (BE);
//   3. text that is valid UTF-8 — or nearly: at least 4 valid multi-byte sequences per invalid
//      one — is UTF-8;
//   4. otherwise a single-byte page: Arabic letters in words of their own (windows-1256) against
//      Latin letters inside words of ASCII letters (windows-1252); on a tie, Latin;
//   5. a Latin text with bytes 0x80–0x9F is windows-1252, without them ISO-8859-1.
// Line endings CRLF, CR and LF all become '\n'. Not for parsing captions (SrtFormat, VttFormat,
// AssFormat) nor for writing (Montaj writes UTF-8).
class CaptionText
{
    Q_DECLARE_TR_FUNCTIONS(CaptionText)

public:
    static QString detectEncoding(const QByteArray &bytes);
    // Decodes with `encoding` (a name canonicalEncoding() knows or any name Qt's converters accept)
    // or, when it is empty, with the detected encoding. Fails with "captions.unknown_encoding".
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &encoding = {});
    // "utf8", "CP1256", "Windows-1256", "latin1"… → the canonical names above ("UTF-16" stays
    // "UTF-16": byte order from the BOM or the NULs, else LE); empty for names Montaj does not know
    // itself.
    static QString canonicalEncoding(const QString &name);
    // The canonical names detection can answer with.
    static QStringList supportedEncodings();
    static QString normalizeLineEndings(QStringView text);
};

} // namespace montaj
