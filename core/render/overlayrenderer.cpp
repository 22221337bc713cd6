#include "core/render/overlayrenderer.h"

#include "core/media/ffmpeg.h"
#include "core/render/internal/glyphoutlines.h"

#include <QFont>
#include <QGlyphRun>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace montaj {
namespace {

// The overlay's text on the canvas: glyph outlines, and the runs without outlines (colour emoji).
struct TextInk
{
    QPainterPath path;
    QList<QGlyphRun> bitmaps;
    QRectF bounds() const { return path.boundingRect() | GlyphOutlines::boundsOf(bitmaps); }
};

// Lays the text out (wrapped to 90% of the canvas width, each line centred, each paragraph in its
// own direction) around the overlay's position.
TextInk textInk(const TextOverlay &o, QSize canvas)
{
    // Emoji the overlay's font lacks come from the colour emoji font before any other fallback.
    QFont font;
    font.setFamilies({o.fontFamily, QStringLiteral("Noto Color Emoji")});
    font.setPixelSize(std::max(4, int(std::lround(o.fontSize * canvas.height()))));
    font.setBold(o.bold);
    const qreal maxWidth = canvas.width() * 0.9;

    TextInk ink;
    QList<QGlyphRun> bitmaps;
    qreal y = 0;
    for (const QString &paragraph : o.text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setTextDirection(paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(maxWidth);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        for (int i = 0; i < layout.lineCount(); ++i) {
            QPainterPath glyphs;
            QList<QGlyphRun> lineBitmaps;
            for (const QGlyphRun &run : layout.lineAt(i).glyphRuns())
                glyphs.addPath(GlyphOutlines::pathOf(run, lineBitmaps));
            const QPointF centre(-(glyphs.boundingRect() | GlyphOutlines::boundsOf(lineBitmaps)).center().x(),
                                 0);
            ink.path.addPath(glyphs.translated(centre));
            for (const QGlyphRun &run : lineBitmaps)
                bitmaps << GlyphOutlines::translated(run, centre);
        }
    }
    const QPointF at(o.position.x() * canvas.width(), o.position.y() * canvas.height() - y / 2);
    ink.path.translate(at);
    for (const QGlyphRun &run : bitmaps)
        ink.bitmaps << GlyphOutlines::translated(run, at);
    return ink;
}

} // namespace

QImage OverlayRenderer::render(const TextOverlay &o, QSize canvas)
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (o.text.trimmed().isEmpty())
        return image;
    const TextInk ink = textInk(o, canvas);
    const QPainterPath &path = ink.path;
    const qreal fontPixels = o.fontSize * canvas.height();
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (o.box) {
        const qreal pad = fontPixels * 0.35;
        painter.setPen(Qt::NoPen);
        painter.setBrush(o.boxColor);
        painter.drawRoundedRect(ink.bounds().adjusted(-pad, -pad, pad, pad), pad * 0.6, pad * 0.6);
    }
    if (o.outlineWidth > 0) {
        QPen pen(o.outlineColor, 2 * o.outlineWidth * fontPixels, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.strokePath(path, pen);
    }
    painter.fillPath(path, o.color);
    painter.setPen(o.color);
    for (const QGlyphRun &run : ink.bitmaps)
        painter.drawGlyphRun(QPointF(0, 0), run);
    return image;
}

OverlaySprite OverlayRenderer::sprite(const TextOverlay &o, QSize canvas)
{
    const QImage image = render(o, canvas);
    // The smallest even-aligned rectangle holding every visible pixel.
    int left = canvas.width(), top = canvas.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(row[x])) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    OverlaySprite s;
    if (right < 0)
        return s;
    left &= ~1;
    top &= ~1;
    right = std::min(canvas.width() - 1, right | 1);
    bottom = std::min(canvas.height() - 1, bottom | 1);
    s.rect = QRect(QPoint(left, top), QPoint(right, bottom));
    const int w = s.rect.width(), h = s.rect.height();
    s.y.resize(size_t(w * h));
    s.alpha.resize(size_t(w * h));
    s.u.resize(size_t(w / 2 * (h / 2)));
    s.v.resize(s.u.size());
    s.chromaAlpha.resize(s.u.size());
    std::vector<double> cb(size_t(w * h)), cr(size_t(w * h));
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(top + y)) + left;
        for (int x = 0; x < w; ++x) {
            const QRgb p = row[x];
            const int a = qAlpha(p);
            const size_t i = size_t(y * w + x);
            s.alpha[i] = uint8_t(a);
            if (!a)
                continue;
            // Un-premultiply, then BT.709 limited range.
            const double r = qRed(p) / double(a), g = qGreen(p) / double(a), b = qBlue(p) / double(a);
            const double luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            s.y[i] = uint8_t(std::lround(16 + 219 * luma));
            cb[i] = (b - luma) / 1.8556;
            cr[i] = (r - luma) / 1.5748;
        }
    }
    for (int y = 0; y < h / 2; ++y) {
        for (int x = 0; x < w / 2; ++x) {
            double a = 0, u = 0, v = 0;
            for (int k = 0; k < 4; ++k) {
                const size_t i = size_t((2 * y + k / 2) * w + 2 * x + k % 2);
                a += s.alpha[i];
                u += cb[i] * s.alpha[i];
                v += cr[i] * s.alpha[i];
            }
            const size_t c = size_t(y * (w / 2) + x);
            s.chromaAlpha[c] = uint8_t(std::lround(a / 4));
            s.u[c] = uint8_t(std::lround(128 + 224 * (a > 0 ? u / a : 0)));
            s.v[c] = uint8_t(std::lround(128 + 224 * (a > 0 ? v / a : 0)));
        }
    }
    return s;
}

void OverlayRenderer::blend(const OverlaySprite &s, AVFrame *frame)
{
    if (s.isEmpty())
        return;
    const int w = s.rect.width(), h = s.rect.height();
    const auto mix = [](uint8_t &dst, uint8_t src, uint8_t a) {
        dst = uint8_t((dst * (255 - a) + src * a + 127) / 255);
    };
    for (int y = 0; y < h; ++y) {
        uint8_t *row = frame->data[0] + (s.rect.top() + y) * frame->linesize[0] + s.rect.left();
        for (int x = 0; x < w; ++x) {
            const size_t i = size_t(y * w + x);
            if (s.alpha[i])
                mix(row[x], s.y[i], s.alpha[i]);
        }
    }
    for (int y = 0; y < h / 2; ++y) {
        uint8_t *u = frame->data[1] + (s.rect.top() / 2 + y) * frame->linesize[1] + s.rect.left() / 2;
        uint8_t *v = frame->data[2] + (s.rect.top() / 2 + y) * frame->linesize[2] + s.rect.left() / 2;
        for (int x = 0; x < w / 2; ++x) {
            const size_t c = size_t(y * (w / 2) + x);
            if (s.chromaAlpha[c]) {
                mix(u[x], s.u[c], s.chromaAlpha[c]);
                mix(v[x], s.v[c], s.chromaAlpha[c]);
            }
        }
    }
}

} // namespace montaj
