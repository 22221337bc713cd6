#include "core/captions/captiontext.h"

#include "core/captions/internal/singlebytecodec.h"

#include <QStringDecoder>

namespace montaj {

namespace {

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kUtf16 = QStringLiteral("UTF-16");
const QString kUtf16Le = QStringLiteral("UTF-16LE");
const QString kUtf16Be = QStringLiteral("UTF-16BE");
const QString kWindows1256 = QStringLiteral("windows-1256");
const QString kWindows1252 = QStringLiteral("windows-1252");
const QString kLatin1 = QStringLiteral("ISO-8859-1");

constexpr qsizetype kSniffBytes = 256 * 1024; // enough to decide; keeps detection cheap on big files

unsigned char byteAt(const QByteArray &bytes, qsizetype i)
{
    return static_cast<unsigned char>(bytes[i]);
}

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (byteAt(bytes, i++) != b)
            return false;
    return true;
}

struct Utf8Scan
{
    int valid = 0;   // multi-byte sequences
    int invalid = 0; // bytes or truncated sequences that are not UTF-8
};

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype limit)
{
    Utf8Scan scan;
    const qsizetype n = std::min(bytes.size(), limit);
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = byteAt(bytes, i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF)
            length = 2;
        else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                lo = 0xA0;
            if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                lo = 0x90;
            if (b == 0xF4)
                hi = 0x8F;
        }
        bool ok = length > 0 && i + length <= bytes.size();
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char c = byteAt(bytes, i + k);
            ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
        }
        if (ok) {
            ++scan.valid;
            i += length;
        } else {
            ++scan.invalid;
            ++i;
        }
    }
    return scan;
}

// UTF-16 without a BOM: ASCII characters (digits and arrows of every timing line) have a NUL high
// byte, at odd offsets in little endian and even offsets in big endian.
QString utf16FromNuls(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSniffBytes) & ~qsizetype(1);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (bytes[i] == '\0')
            ++((i % 2) ? odd : even);
    const qsizetype units = n / 2;
    if (units == 0)
        return {};
    if (odd * 8 >= units && even * 4 < odd)
        return kUtf16Le;
    if (even * 8 >= units && odd * 4 < even)
        return kUtf16Be;
    return {};
}

bool isAsciiLetter(unsigned char b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

bool isArabicLetter(char16_t u)
{
    return u >= 0x0621 && u <= 0x06D3 && u != 0x0640;
}

bool isLatinLetter(char16_t u)
{
    return (u >= 0xC0 && u <= 0xFF && u != 0xD7 && u != 0xF7) || u == 0x152 || u == 0x153 || u == 0x160
           || u == 0x161 || u == 0x17D || u == 0x17E || u == 0x178;
}

// Arabic written in windows-1256 is runs of high bytes between spaces; French in windows-1252 puts
// single high bytes inside words of ASCII letters ("d\xE9\xE7u"). Letters of windows-1256 that are
// also French (é, è, à…) count for neither.
QString singleBytePage(const QByteArray &bytes)
{
    const qsizetype n = std::min(bytes.size(), kSniffBytes);
    qsizetype arabic = 0, latin = 0;
    bool c1 = false;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char b = byteAt(bytes, i);
        if (b < 0x80)
            continue;
        if (b < 0xA0)
            c1 = true;
        const bool besideAscii = (i > 0 && isAsciiLetter(byteAt(bytes, i - 1)))
                                 || (i + 1 < n && isAsciiLetter(byteAt(bytes, i + 1)));
        const char16_t asArabic = SingleByteCodec::toUnicode(SingleByteCodec::Page::Windows1256, b);
        const char16_t asLatin = SingleByteCodec::toUnicode(SingleByteCodec::Page::Windows1252, b);
        if (isArabicLetter(asArabic) && !besideAscii)
            ++arabic;
        else if (isLatinLetter(asLatin) && besideAscii)
            ++latin;
    }
    if (arabic > latin)
        return kWindows1256;
    return c1 ? kWindows1252 : kLatin1;
}

QString simplifiedName(const QString &name)
{
    QString key;
    for (QChar c : name)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

} // namespace

QString CaptionText::detectEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return kUtf8;
    if (startsWith(bytes, {0xFF, 0xFE}))
        return kUtf16Le;
    if (startsWith(bytes, {0xFE, 0xFF}))
        return kUtf16Be;
    if (const QString utf16 = utf16FromNuls(bytes); !utf16.isEmpty())
        return utf16;
    const Utf8Scan scan = scanUtf8(bytes, kSniffBytes);
    if (scan.invalid == 0 || (scan.valid > 0 && scan.valid >= 4 * scan.invalid))
        return kUtf8;
    return singleBytePage(bytes);
}

QString CaptionText::canonicalEncoding(const QString &name)
{
    const QString key = simplifiedName(name);
    if (key == u"utf8")
        return kUtf8;
    if (key == u"utf16")
        return kUtf16;
    if (key == u"utf16le")
        return kUtf16Le;
    if (key == u"utf16be")
        return kUtf16Be;
    if (key == u"windows1256" || key == u"cp1256" || key == u"xcp1256" || key == u"1256")
        return kWindows1256;
    if (key == u"windows1252" || key == u"cp1252" || key == u"xcp1252" || key == u"1252")
        return kWindows1252;
    if (key == u"iso88591" || key == u"latin1" || key == u"l1" || key == u"iso885911987")
        return kLatin1;
    return {};
}

QStringList CaptionText::supportedEncodings()
{
    return {kUtf8, kUtf16Le, kUtf16Be, kWindows1256, kWindows1252, kLatin1};
}

QString CaptionText::normalizeLineEndings(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

Result<DecodedText> CaptionText::decode(const QByteArray &bytes, const QString &encoding)
{
    DecodedText result;
    result.detected = encoding.trimmed().isEmpty();
    QString name = result.detected ? detectEncoding(bytes) : canonicalEncoding(encoding);
    if (name == kUtf16)
        name = startsWith(bytes, {0xFE, 0xFF}) || utf16FromNuls(bytes) == kUtf16Be ? kUtf16Be : kUtf16Le;

    QByteArray body = bytes;
    QString text;
    if (name == kUtf8) {
        result.byteOrderMark = startsWith(bytes, {0xEF, 0xBB, 0xBF});
        if (result.byteOrderMark)
            body = bytes.mid(3);
        result.invalidSequences = scanUtf8(body, body.size()).invalid;
        text = QString::fromUtf8(body);
    } else if (name == kUtf16Le || name == kUtf16Be) {
        const bool le = name == kUtf16Le;
        result.byteOrderMark = le ? startsWith(bytes, {0xFF, 0xFE}) : startsWith(bytes, {0xFE, 0xFF});
        if (result.byteOrderMark)
            body = bytes.mid(2);
        if (body.size() % 2) {
            body.chop(1);
            ++result.invalidSequences;
        }
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        text = decoder(body);
        if (decoder.hasError())
            ++result.invalidSequences;
    } else if (name == kWindows1256) {
        text = SingleByteCodec::decode(SingleByteCodec::Page::Windows1256, bytes);
    } else if (name == kWindows1252) {
        text = SingleByteCodec::decode(SingleByteCodec::Page::Windows1252, bytes);
    } else if (name == kLatin1) {
        text = SingleByteCodec::decode(SingleByteCodec::Page::Latin1, bytes);
    } else {
        QStringDecoder decoder(encoding.trimmed().toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!decoder.isValid())
            return Error(QStringLiteral("captions.unknown_encoding"),
                         tr("Unknown text encoding “%1”. Try UTF-8, UTF-16LE, UTF-16BE, windows-1256, "
                            "windows-1252 or ISO-8859-1.")
                             .arg(encoding),
                         {{QStringLiteral("encoding"), encoding}});
        name = encoding.trimmed();
        text = decoder(bytes);
        if (decoder.hasError())
            ++result.invalidSequences;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    result.encoding = name;
    result.text = normalizeLineEndings(text);
    return result;
}

} // namespace montaj
