#include "core/captions/internal/assstyle.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace montaj {

namespace {

const QStringList kFormat = {
    QStringLiteral("Name"),
    QStringLiteral("Fontname"),
    QStringLiteral("Fontsize"),
    QStringLiteral("PrimaryColour"),
    QStringLiteral("SecondaryColour"),
    QStringLiteral("OutlineColour"),
    QStringLiteral("BackColour"),
    QStringLiteral("Bold"),
    QStringLiteral("Italic"),
    QStringLiteral("Underline"),
    QStringLiteral("StrikeOut"),
    QStringLiteral("ScaleX"),
    QStringLiteral("ScaleY"),
    QStringLiteral("Spacing"),
    QStringLiteral("Angle"),
    QStringLiteral("BorderStyle"),
    QStringLiteral("Outline"),
    QStringLiteral("Shadow"),
    QStringLiteral("Alignment"),
    QStringLiteral("MarginL"),
    QStringLiteral("MarginR"),
    QStringLiteral("MarginV"),
    QStringLiteral("Encoding"),
};

std::optional<double> number(const QHash<QString, QString> &fields, const QString &key)
{
    if (!fields.contains(key))
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(fields.value(key).trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString decimal(double v, int places)
{
    QString s = QLocale::c().toString(v, 'f', places);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

} // namespace

std::optional<QColor> AssStyle::parseColour(QStringView text)
{
    QStringView t = text.trimmed();
    quint32 value = 0;
    bool ok = false;
    if (t.startsWith(u"&H", Qt::CaseInsensitive)) {
        t = t.mid(2);
        if (t.endsWith(u'&'))
            t.chop(1);
        if (t.isEmpty() || t.size() > 8)
            return std::nullopt;
        value = t.toUInt(&ok, 16);
    } else {
        const qint64 v = t.toLongLong(&ok);
        ok = ok && v >= std::numeric_limits<qint32>::min() && v <= std::numeric_limits<quint32>::max();
        value = static_cast<quint32>(v);
    }
    if (!ok)
        return std::nullopt;
    return QColor(int(value & 0xFF), int((value >> 8) & 0xFF), int((value >> 16) & 0xFF),
                  255 - int((value >> 24) & 0xFF));
}

QString AssStyle::colourText(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return QStringLiteral("&H%1%2%3%4")
        .arg(255 - c.alpha(), 2, 16, QLatin1Char('0'))
        .arg(c.blue(), 2, 16, QLatin1Char('0'))
        .arg(c.green(), 2, 16, QLatin1Char('0'))
        .arg(c.red(), 2, 16, QLatin1Char('0'))
        .toUpper();
}

QStringList AssStyle::defaultFormat()
{
    QStringList lower;
    for (const QString &f : kFormat)
        lower << f.toLower();
    return lower;
}

CaptionStyle AssStyle::toCaptionStyle(const QHash<QString, QString> &fields, double playResY, bool karaoke,
                                      bool legacyAlignment)
{
    CaptionStyle style;
    const auto colour = [&](const QString &key) { return parseColour(fields.value(key)); };
    if (const QString font = fields.value(QStringLiteral("fontname")).trimmed(); !font.isEmpty())
        style.fontFamily = font;
    double fontPx = style.fontSize * playResY;
    if (const auto size = number(fields, QStringLiteral("fontsize")); size && *size > 0) {
        fontPx = *size;
        style.fontSize = std::min(1.0, *size / playResY);
    }
    if (const auto bold = number(fields, QStringLiteral("bold")))
        style.bold = *bold != 0;
    const auto primary = colour(QStringLiteral("primarycolour"));
    const auto secondary = colour(QStringLiteral("secondarycolour"));
    if (karaoke) {
        style.preset = CaptionPreset::WordHighlight;
        style.color = secondary.value_or(style.color);
        style.highlightColor = primary.value_or(style.highlightColor);
    } else {
        style.color = primary.value_or(style.color);
        style.highlightColor = secondary.value_or(style.highlightColor);
    }
    auto outline = colour(QStringLiteral("outlinecolour"));
    if (!outline)
        outline = colour(QStringLiteral("tertiarycolour"));
    if (const auto width = number(fields, QStringLiteral("outline")); width && *width >= 0)
        style.outlineWidth = *width / fontPx;
    style.box = number(fields, QStringLiteral("borderstyle")).value_or(1) == 3;
    if (style.box) {
        if (!karaoke)
            style.preset = CaptionPreset::Boxed;
        style.boxColor = outline.value_or(style.boxColor);
    } else {
        style.outlineColor = outline.value_or(style.outlineColor);
        style.boxColor = colour(QStringLiteral("backcolour")).value_or(style.boxColor);
    }

    const int alignment = int(std::clamp(number(fields, QStringLiteral("alignment")).value_or(2), 0.0, 99.0));
    enum { Bottom, Middle, Top } row = Bottom;
    if (legacyAlignment)
        row = alignment >= 9 ? Middle : alignment >= 5 ? Top : Bottom;
    else
        row = alignment >= 7 ? Top : alignment >= 4 ? Middle : Bottom;
    const double marginV = std::max(0.0, number(fields, QStringLiteral("marginv")).value_or(0));
    const double half = (marginV + fontPx / 2) / playResY;
    style.verticalPosition = row == Middle ? 0.5 : row == Top ? half : 1.0 - half;
    style.verticalPosition = std::clamp(style.verticalPosition, 0.0, 1.0);
    return style;
}

QString AssStyle::formatLine()
{
    return QStringLiteral("Format: ") + kFormat.join(QStringLiteral(", "));
}

QString AssStyle::styleLine(const CaptionStyle &style, bool karaoke)
{
    const double fontPx = style.fontSize * kPlayResY;
    const bool highlight = karaoke && style.preset == CaptionPreset::WordHighlight;
    int alignment = 2;
    double marginV = (1.0 - style.verticalPosition) * kPlayResY - fontPx / 2;
    if (style.verticalPosition < 0.499) {
        alignment = 8;
        marginV = style.verticalPosition * kPlayResY - fontPx / 2;
    } else if (style.verticalPosition <= 0.501) {
        alignment = 5;
        marginV = 0;
    }
    QString font = style.fontFamily;
    font.replace(u',', u' ');
    const QStringList values = {
        QStringLiteral("Default"),
        font,
        decimal(fontPx, 3),
        colourText(highlight ? style.highlightColor : style.color),
        colourText(highlight ? style.color : style.highlightColor),
        colourText(style.box ? style.boxColor : style.outlineColor),
        colourText(style.boxColor),
        style.bold ? QStringLiteral("-1") : QStringLiteral("0"),
        QStringLiteral("0"),
        QStringLiteral("0"),
        QStringLiteral("0"),
        QStringLiteral("100"),
        QStringLiteral("100"),
        QStringLiteral("0"),
        QStringLiteral("0"),
        style.box ? QStringLiteral("3") : QStringLiteral("1"),
        decimal(style.outlineWidth * fontPx, 3),
        QStringLiteral("0"),
        QString::number(alignment),
        QStringLiteral("40"),
        QStringLiteral("40"),
        QString::number(qRound(std::clamp(marginV, 0.0, double(kPlayResY)))),
        QStringLiteral("1"),
    };
    return QStringLiteral("Style: ") + values.join(u',');
}

} // namespace montaj
