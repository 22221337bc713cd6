#include "ui/edit/panelformat.h"

#include <QLocale>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace montaj::ui {
namespace {

constexpr qint64 kUsPerSecond = 1'000'000;

QLocale plainLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString twoDigits(const QLocale &locale, qint64 value)
{
    QString text = locale.toString(value);
    if (value < 10)
        text.prepend(locale.zeroDigit());
    return text;
}

} // namespace

int PanelFormat::timecodeBase(const Canvas &canvas)
{
    const int num = std::max(1, canvas.fpsNum);
    const int den = std::max(1, canvas.fpsDen);
    return std::max(1, (num + den - 1) / den);
}

qint64 PanelFormat::frameAt(qint64 us, const Canvas &canvas)
{
    const qint64 num = std::max(1, canvas.fpsNum);
    const qint64 den = std::max(1, canvas.fpsDen) * kUsPerSecond;
    return (std::max<qint64>(0, us) * num * 2 + den) / (2 * den);
}

qint64 PanelFormat::frameStartUs(qint64 frame, const Canvas &canvas)
{
    const qint64 num = std::max(1, canvas.fpsNum);
    const qint64 den = std::max(1, canvas.fpsDen) * kUsPerSecond;
    return (std::max<qint64>(0, frame) * den * 2 + num) / (2 * num);
}

QString PanelFormat::timecode(qint64 us, const Canvas &canvas)
{
    return timecodeOfFrame(frameAt(us, canvas), canvas);
}

QString PanelFormat::timecodeOfFrame(qint64 frame, const Canvas &canvas)
{
    const qint64 base = timecodeBase(canvas);
    const qint64 f = std::max<qint64>(0, frame);
    const qint64 seconds = f / base;
    const QLocale locale = plainLocale();
    const QChar colon(u':');
    return twoDigits(locale, seconds / 3600) + colon + twoDigits(locale, seconds / 60 % 60) + colon
           + twoDigits(locale, seconds % 60) + colon + twoDigits(locale, f % base);
}

std::optional<qint64> PanelFormat::parseTimecode(const QString &text, const Canvas &canvas)
{
    QList<qint64> fields;
    bool inNumber = false;
    for (const QChar c : text.trimmed()) {
        const int digit = c.digitValue();
        if (digit >= 0) {
            if (!inNumber)
                fields << 0;
            inNumber = true;
            if (fields.last() > 1'000'000)
                return std::nullopt;
            fields.last() = fields.last() * 10 + digit;
        } else {
            if (!inNumber || c.isLetter())
                return std::nullopt; // a leading or doubled separator, or a word
            inNumber = false;
        }
    }
    if (fields.isEmpty() || fields.size() > 4 || !inNumber)
        return std::nullopt;
    const qint64 base = timecodeBase(canvas);
    const bool framesOnly = fields.size() == 1; // a plain frame count may be any size
    while (fields.size() < 4)
        fields.prepend(0);
    const qint64 h = fields[0], m = fields[1], s = fields[2], f = fields[3];
    if (!framesOnly && (f >= base || s >= 60 || m >= 60))
        return std::nullopt;
    return ((h * 60 + m) * 60 + s) * base + f;
}

QString PanelFormat::duration(qint64 us)
{
    // To the nearest second, but never "0:00" for something that lasts.
    const qint64 total = us > 0 ? std::max<qint64>(1, (us + kUsPerSecond / 2) / kUsPerSecond) : 0;
    const QLocale locale = plainLocale();
    const QChar colon(u':');
    if (total >= 3600)
        return locale.toString(total / 3600) + colon + twoDigits(locale, total / 60 % 60) + colon
               + twoDigits(locale, total % 60);
    return locale.toString(total / 60) + colon + twoDigits(locale, total % 60);
}

QString PanelFormat::seconds(qint64 us)
{
    return tr("%1 s").arg(QLocale().toString(double(us) / double(kUsPerSecond), 'f', 1));
}

QString PanelFormat::frameRate(int num, int den)
{
    const double fps = den > 0 ? double(num) / double(den) : 0.0;
    const bool whole = den > 0 && num % den == 0;
    return tr("%1 fps").arg(QLocale().toString(fps, 'f', whole ? 0 : 2));
}

QString PanelFormat::resolution(QSize size)
{
    const QLocale locale = plainLocale();
    return tr("%1 × %2").arg(locale.toString(size.width()), locale.toString(size.height()));
}

QString PanelFormat::percent(double fraction, int decimals)
{
    return tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString PanelFormat::decibels(double gain)
{
    if (gain <= 0.0)
        return tr("−∞ dB");
    const double db = 20.0 * std::log10(gain);
    const QString number = QLocale().toString(std::abs(db) < 0.05 ? 0.0 : db, 'f', 1);
    return tr("%1 dB").arg(db >= 0.05 ? QString(QLocale().positiveSign() + number) : number);
}

QColor PanelFormat::alertColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

void PanelFormat::markAlert(QWidget *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, alertColor(pal));
    pal.setColor(QPalette::Text, alertColor(pal));
    label->setPalette(pal);
}

} // namespace montaj::ui
