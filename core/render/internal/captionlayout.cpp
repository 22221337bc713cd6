#include "core/render/internal/captionlayout.h"

#include "core/render/internal/captionfonts.h"
#include "core/render/internal/glyphoutlines.h"

#include <QTextLayout>

#include <cmath>
#include <memory>
#include <vector>

namespace montaj {
namespace {

constexpr double kBoxPad = 0.30;     // the box's margin around the text, in font sizes
constexpr double kShrinkStep = 0.92; // each attempt that does not fit tries a font this much smaller
constexpr double kSmallest = 0.30;   // never below this fraction of the style's size

struct Range
{
    qsizetype start = 0, end = 0; // in the displayed text
};

// The cue's lines, simplified; joined into one paragraph when there are more than may be shown.
QStringList paragraphsOf(const CaptionCue &cue, int maxLines)
{
    QStringList lines;
    for (const QString &line : cue.text.split(u'\n')) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines << simplified;
    }
    if (lines.size() > maxLines)
        return {lines.join(u' ')};
    return lines;
}

QList<Range> tokensOf(const QString &text)
{
    QList<Range> tokens;
    for (qsizetype i = 0; i < text.size();) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Range r{i, i};
        while (r.end < text.size() && !text[r.end].isSpace())
            ++r.end;
        tokens << r;
        i = r.end;
    }
    return tokens;
}

// cue.words in order, each to the token holding its text; empty when one cannot be found.
QList<qsizetype> mapWords(const QList<CaptionWord> &words, const QString &text, const QList<Range> &tokens)
{
    QList<qsizetype> map;
    qsizetype from = 0;
    for (const CaptionWord &w : words) {
        const QString needle = w.text.simplified();
        const qsizetype at = needle.isEmpty() ? -1 : text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        qsizetype token = 0;
        while (token + 1 < tokens.size() && tokens[token + 1].start <= at)
            ++token;
        map << token;
        from = at + needle.size();
    }
    return map;
}

// Lays the paragraph out in lines of `width` (at most maxLines); true when all of it fits.
bool layOut(QTextLayout &layout, qreal width, int maxLines)
{
    layout.beginLayout();
    qreal y = 0;
    int end = 0;
    for (int n = 0; n < maxLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        end = line.textStart() + line.textLength();
    }
    layout.endLayout();
    return end >= layout.text().size();
}

struct Attempt
{
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<qreal> widths;
    bool complete = true;
};

Attempt attempt(const QStringList &paragraphs, const QFont &font, qreal width, int maxLines)
{
    Attempt a;
    int budget = maxLines;
    for (const QString &paragraph : paragraphs) {
        auto layout = std::make_unique<QTextLayout>(paragraph, font);
        layout->setCacheEnabled(true);
        QTextOption option(Qt::AlignHCenter);
        option.setTextDirection(paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        qreal w = width;
        const bool fits = budget > 0 && layOut(*layout, w, budget);
        a.complete = a.complete && fits;
        const int lines = layout->lineCount();
        if (fits && lines > 1) {
            // Balanced lines: the narrowest width that still needs no more lines.
            qreal lo = width / lines, hi = width;
            for (int i = 0; i < 8; ++i) {
                const qreal mid = (lo + hi) / 2;
                if (layOut(*layout, mid, lines) && layout->lineCount() <= lines)
                    hi = mid;
                else
                    lo = mid;
            }
            w = std::ceil(hi);
            layOut(*layout, w, lines);
        }
        budget -= lines;
        a.widths.push_back(w);
        a.layouts.push_back(std::move(layout));
    }
    return a;
}

// Turns a finished attempt into canvas geometry: lines stacked from y = 0, each centred on cx.
CaptionLayout geometry(const Attempt &a, const QList<Range> &tokens, const QList<qsizetype> &paragraphStart,
                       qreal cx, double fontPixels, double pad, bool box)
{
    CaptionLayout out;
    out.fontPixels = fontPixels;
    out.pad = pad;
    out.tokens.resize(tokens.size());
    QList<QRectF> bitmapBounds(tokens.size());
    qreal top = 0;
    for (size_t p = 0; p < a.layouts.size(); ++p) {
        const QTextLayout &layout = *a.layouts[p];
        const QPointF shift(cx - a.widths[p] / 2, top);
        const qsizetype base = paragraphStart[qsizetype(p)];
        for (int l = 0; l < layout.lineCount(); ++l) {
            const QTextLine line = layout.lineAt(l);
            const qsizetype from = base + line.textStart(), to = from + line.textLength();
            QPainterPath lineInk;
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                const qsizetype s = std::max(from, tokens[t].start), e = std::min(to, tokens[t].end);
                if (s >= e)
                    continue;
                QList<QGlyphRun> bitmaps;
                for (const QGlyphRun &run : line.glyphRuns(int(s - base), int(e - s))) {
                    const QPainterPath path = GlyphOutlines::pathOf(run, bitmaps).translated(shift);
                    out.tokens[t].addPath(path);
                    lineInk.addPath(path);
                }
                for (const QGlyphRun &run : bitmaps) {
                    out.bitmapRuns << GlyphOutlines::translated(run, shift);
                    const QRectF r = run.boundingRect().translated(shift);
                    lineInk.addRect(r);
                    bitmapBounds[t] |= r;
                }
            }
            const QRectF ink = lineInk.boundingRect();
            out.lineBoxes << QRectF(ink.left(), top + line.y(), ink.width(), line.height());
        }
        top += layout.boundingRect().height();
    }
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const QRectF bounds = out.tokens[t].boundingRect() | bitmapBounds[t];
        out.tokenBoxes << bounds;
        if (!bounds.isEmpty())
            out.inkBounds |= bounds.adjusted(-pad, -pad, pad, pad);
    }
    if (box)
        for (const QRectF &line : out.lineBoxes)
            out.inkBounds |= line.adjusted(-pad, -pad * 0.4, pad, pad * 0.4);
    return out;
}

void translate(CaptionLayout &layout, qreal dy)
{
    const QPointF by(0, dy);
    for (QPainterPath &token : layout.tokens)
        token.translate(by);
    for (QRectF &r : layout.tokenBoxes)
        r.translate(by);
    for (QRectF &r : layout.lineBoxes)
        r.translate(by);
    for (QGlyphRun &run : layout.bitmapRuns)
        run = GlyphOutlines::translated(run, by);
    layout.inkBounds.translate(by);
}

} // namespace

CaptionLayout CaptionLayout::make(const CaptionCue &cue, const CaptionStyle &style, QSize canvas,
                                  const QRectF &safeArea)
{
    const int maxLines = std::max(1, style.maxLines);
    const QStringList paragraphs = paragraphsOf(cue, maxLines);
    const QString text = paragraphs.join(u'\n');
    const QList<Range> tokens = tokensOf(text);
    QList<qsizetype> paragraphStart;
    for (qsizetype p = 0, at = 0; p < paragraphs.size(); at += paragraphs[p].size() + 1, ++p)
        paragraphStart << at;
    if (tokens.isEmpty() || canvas.isEmpty() || safeArea.isEmpty())
        return {};

    // Centred on the canvas when the safe area allows a reasonable width around the centre,
    // otherwise on the safe area.
    const qreal centre = canvas.width() / 2.0;
    qreal cx = centre, half = std::min(centre - safeArea.left(), safeArea.right() - centre);
    if (half < safeArea.width() * 0.35) {
        cx = safeArea.center().x();
        half = safeArea.width() / 2;
    }
    const bool box = style.box || style.preset == CaptionPreset::Boxed;
    const double base = std::max(4.0, style.fontSize * canvas.height());
    const double smallest = std::max(4.0, base * kSmallest);

    CaptionLayout result;
    for (double px = std::round(base);; px = std::max(smallest, std::floor(px * kShrinkStep))) {
        const double outline = std::max(0.0, style.outlineWidth) * px;
        const double pad = std::ceil(std::max(box ? kBoxPad * px : 0.0, outline) + 1);
        const QFont font = CaptionFonts::font(style.fontFamily, px, style.bold);
        const Attempt a = attempt(paragraphs, font, std::max<qreal>(px, 2 * (half - pad)), maxLines);
        result = geometry(a, tokens, paragraphStart, cx, px, pad, box);
        const bool fits = a.complete && result.inkBounds.width() <= safeArea.width() + 0.5
                          && result.inkBounds.height() <= safeArea.height() + 0.5;
        if (fits || px <= smallest)
            break;
    }
    result.wordToken = mapWords(cue.words, text, tokens);

    // The block's centre at the style's height, then moved inside the safe area.
    qreal blockHeight = 0;
    for (const QRectF &line : result.lineBoxes)
        blockHeight = std::max(blockHeight, line.bottom());
    qreal dy = style.verticalPosition * canvas.height() - blockHeight / 2;
    if (result.inkBounds.bottom() + dy > safeArea.bottom())
        dy = safeArea.bottom() - result.inkBounds.bottom();
    if (result.inkBounds.top() + dy < safeArea.top())
        dy = safeArea.top() - result.inkBounds.top();
    translate(result, dy);
    return result;
}

} // namespace montaj
