#include "core/captions/captionfile.h"
#include "core/media/mediaprobe.h"
#include "core/media/videodecoder.h"
#include "core/render/captionrenderer.h"
#include "core/render/exportjob.h"
#include "core/render/internal/captionlayout.h"
#include "core/render/safezones.h"
#include "tests/support/mediafixtures.h"

#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace montaj;
using montaj::test::MediaFixtures;

namespace {

const QSize kCanvas(1080, 1920);

CaptionCue cueOf(const QString &text, qint64 startUs = 0, qint64 endUs = 4'000'000)
{
    CaptionCue cue;
    cue.startUs = startUs;
    cue.endUs = endUs;
    cue.text = text;
    return cue;
}

// One word per second, in the order they appear in the text.
CaptionCue timedCue(const QString &text)
{
    CaptionCue cue = cueOf(text);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    cue.endUs = words.size() * 1'000'000;
    for (qsizetype i = 0; i < words.size(); ++i)
        cue.words << CaptionWord{i * 1'000'000, i * 1'000'000 + 800'000, words[i]};
    return cue;
}

CaptionStyle plainStyle(double fontSize = 0.03)
{
    CaptionStyle style;
    style.outlineWidth = 0;
    style.fontSize = fontSize;
    return style;
}

QRect inkBox(const QImage &image, const std::function<bool(QRgb)> &accept = {})
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (accept ? accept(row[x]) : qAlpha(row[x]) > 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

bool isHighlight(QRgb p) // the default highlight, opaque (255, 212, 0)
{
    return qAlpha(p) == 255 && qRed(p) > 230 && qGreen(p) > 170 && qGreen(p) < 240 && qBlue(p) < 60;
}

bool isWhite(QRgb p)
{
    return qAlpha(p) == 255 && qRed(p) > 220 && qGreen(p) > 220 && qBlue(p) > 220;
}

int count(const QImage &image, const std::function<bool(QRgb)> &accept, QRect within = {})
{
    if (within.isNull())
        within = image.rect();
    int n = 0;
    for (int y = within.top(); y <= within.bottom(); ++y)
        for (int x = within.left(); x <= within.right(); ++x)
            n += accept(image.pixel(x, y));
    return n;
}

// Runs of columns (or rows) holding ink, separated by at least `gap` empty ones.
QList<QPair<int, int>> bands(const QImage &image, Qt::Orientation along, int gap = 2)
{
    const int n = along == Qt::Horizontal ? image.width() : image.height();
    QList<QPair<int, int>> out;
    int empty = gap;
    for (int i = 0; i < n; ++i) {
        bool ink = false;
        const int m = along == Qt::Horizontal ? image.height() : image.width();
        for (int j = 0; j < m && !ink; ++j)
            ink = qAlpha(along == Qt::Horizontal ? image.pixel(i, j) : image.pixel(j, i)) > 0;
        if (ink) {
            if (empty >= gap || out.isEmpty())
                out.append({i, i});
            out.last().second = i;
            empty = 0;
        } else {
            ++empty;
        }
    }
    return out;
}

// The alpha mask of `rect` as a set of pixels (alpha > 128), for overlap scores.
QVector<bool> mask(const QImage &image, QRect rect)
{
    QVector<bool> m(rect.width() * rect.height());
    for (int y = 0; y < rect.height(); ++y)
        for (int x = 0; x < rect.width(); ++x)
            m[y * rect.width() + x] = image.rect().contains(rect.x() + x, rect.y() + y)
                                      && qAlpha(image.pixel(rect.x() + x, rect.y() + y)) > 128;
    return m;
}

double overlap(const QVector<bool> &a, const QVector<bool> &b)
{
    int both = 0, either = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        both += a[i] && b[i];
        either += a[i] || b[i];
    }
    return either ? double(both) / either : 0;
}

QString screenshotDir()
{
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath("caption-screenshots");
    QDir().mkpath(dir);
    return dir;
}

// A stand-in for a video frame: a diagonal gradient with a few shapes, so captions are seen on
// both dark and light picture.
QImage backdrop(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor(40, 70, 110));
    g.setColorAt(0.6, QColor(200, 160, 120));
    g.setColorAt(1, QColor(240, 235, 220));
    p.fillRect(image.rect(), g);
    p.setBrush(QColor(90, 140, 90));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(size.width() * 0.3, size.height() * 0.35), size.width() * 0.25,
                  size.width() * 0.25);
    return image;
}

double lumaPsnr(const QImage &a, const QImage &b, QRect area)
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const double d = qGray(a.pixel(x, y)) - qGray(b.pixel(x, y));
            sum += d * d;
        }
    const double mse = sum / (area.width() * area.height());
    return mse > 0 ? 10 * std::log10(255.0 * 255.0 / mse) : 99;
}

// The captions the reference images and the screenshots are made of.
struct CaptionSample
{
    const char *name;
    QString text;
    CaptionPreset preset;
};

QList<CaptionSample> captionSamples()
{
    return {
        {"arabic-outline", QStringLiteral("مرحبا بالعالم 2024 — أهلا بكم في Montaj"),
         CaptionPreset::BoldOutline},
        {"arabic-boxed", QStringLiteral("الترجمة تقرر نجاح الفيديو القصير"), CaptionPreset::Boxed},
        {"french-boxed", QStringLiteral("Être déçu à l'école ? Ça arrive, même à Noël !"),
         CaptionPreset::Boxed},
        {"english-highlight", QStringLiteral("Most videos are watched with the sound off"),
         CaptionPreset::WordHighlight},
    };
}

} // namespace

class TestCaptionRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void arabicLettersAreJoined()
    {
        const QString text = QStringLiteral("مرحبا بالعالم 2024");
        // The same letters kept apart by zero-width non-joiners: each in its isolated form.
        QString apart;
        for (qsizetype i = 0; i < text.size(); ++i) {
            apart += text[i];
            if (i + 1 < text.size() && text[i].script() == QChar::Script_Arabic
                && text[i + 1].script() == QChar::Script_Arabic)
                apart += QChar(0x200C);
        }
        CaptionStyle style = plainStyle();
        style.maxLines = 1;
        const auto joinedLayout =
            CaptionLayout::make(cueOf(text), style, kCanvas, QRectF(60, 130, 870, 1370));
        const auto apartLayout =
            CaptionLayout::make(cueOf(apart), style, kCanvas, QRectF(60, 130, 870, 1370));
        QCOMPARE(joinedLayout.fontPixels, apartLayout.fontPixels); // same size: widths comparable
        QCOMPARE(joinedLayout.lineCount(), 1);

        const QImage joined = CaptionRenderer::renderCue(cueOf(text), style, kCanvas);
        const QImage isolated = CaptionRenderer::renderCue(cueOf(apart), style, kCanvas);
        QVERIFY(joined != isolated);
        const int joinedWidth = inkBox(joined).width(), isolatedWidth = inkBox(isolated).width();
        QVERIFY2(joinedWidth > 200 && joinedWidth < isolatedWidth * 0.95,
                 qPrintable(QStringLiteral("%1 vs %2").arg(joinedWidth).arg(isolatedWidth)));
        // The Arabic glyphs come from the Arabic font, not from boxes of a Latin one: a missing
        // glyph would be drawn as the same box for every letter.
        QVERIFY(count(joined, isWhite) > 3000);
    }

    void mixedTextRunsInVisualOrder()
    {
        const QRectF safe(60, 130, 870, 1370);
        // An Arabic-first paragraph runs right to left: its first word is on the right.
        auto rtl = CaptionLayout::make(cueOf(QStringLiteral("مرحبا abc")), plainStyle(), kCanvas, safe);
        QCOMPARE(rtl.tokenBoxes.size(), 2);
        QVERIFY(rtl.tokenBoxes[0].left() > rtl.tokenBoxes[1].right());
        // A Latin-first one left to right, with the Arabic word on the right.
        auto ltr = CaptionLayout::make(cueOf(QStringLiteral("abc مرحبا")), plainStyle(), kCanvas, safe);
        QVERIFY(ltr.tokenBoxes[0].right() < ltr.tokenBoxes[1].left());
        // Arabic, then digits: the number is the last word, so leftmost, and reads left to right.
        const QString sentence = QStringLiteral("مرحبا بالعالم 2024");
        auto mixed = CaptionLayout::make(cueOf(sentence), plainStyle(), kCanvas, safe);
        QCOMPARE(mixed.tokenBoxes.size(), 3);
        QVERIFY(mixed.tokenBoxes[0].left() > mixed.tokenBoxes[1].right());
        QVERIFY(mixed.tokenBoxes[1].left() > mixed.tokenBoxes[2].right());

        // The digits in the sentence look like "2024" drawn alone, not like "4202".
        const QImage image = CaptionRenderer::renderCue(cueOf(sentence), plainStyle(), kCanvas);
        const QRect digits = mixed.tokenBoxes[2].toAlignedRect();
        const auto maskAlone = [&](const QString &number) {
            auto alone = CaptionLayout::make(cueOf(number), plainStyle(), kCanvas, safe);
            const QImage picture = CaptionRenderer::renderCue(cueOf(number), plainStyle(), kCanvas);
            return mask(picture, QRect(alone.tokenBoxes[0].toAlignedRect().topLeft(), digits.size()));
        };
        const auto inSentence = mask(image, digits);
        const double same = overlap(inSentence, maskAlone(QStringLiteral("2024")));
        const double reversed = overlap(inSentence, maskAlone(QStringLiteral("4202")));
        QVERIFY2(same > 0.75 && reversed < 0.6, qPrintable(QStringLiteral("%1 %2").arg(same).arg(reversed)));

        // In pixels: the first (Arabic) word lit up is right of the rest.
        CaptionTrack track;
        track.style = plainStyle();
        track.style.preset = CaptionPreset::WordHighlight;
        track.cues << timedCue(QStringLiteral("مرحبا abc"));
        const QImage lit = CaptionRenderer::render(track, kCanvas, 100'000);
        QVERIFY(inkBox(lit, isHighlight).left() > inkBox(lit, isWhite).right());
    }

    void arabicWrapsRightToLeft()
    {
        // Eight words on at most three lines of a narrow safe area: several lines, the first
        // words on the top line with the very first at its right end, the last word at the left
        // end of the bottom line.
        CaptionTrack track;
        track.style = plainStyle(0.05);
        track.style.maxLines = 3;
        track.style.preset = CaptionPreset::WordHighlight;
        track.cues << timedCue(QStringLiteral("كان الطقس جميلا جدا في المدينة القديمة اليوم"));
        const QImage first = CaptionRenderer::render(track, kCanvas, 100'000);
        const QImage last = CaptionRenderer::render(track, kCanvas, 7'100'000);
        const auto layout =
            CaptionLayout::make(track.cues.first(), track.style, kCanvas, QRectF(60, 130, 870, 1370));
        QVERIFY2(layout.lineCount() >= 2 && layout.lineCount() <= 3,
                 qPrintable(QString::number(layout.lineCount())));
        const QRectF top = layout.lineBoxes.first(), bottom = layout.lineBoxes.last();
        const QRect firstWord = inkBox(first, isHighlight), lastWord = inkBox(last, isHighlight);
        QVERIFY(!firstWord.isEmpty() && !lastWord.isEmpty());
        QVERIFY(firstWord.center().y() > top.top() && firstWord.center().y() < top.bottom());
        QVERIFY(lastWord.center().y() > bottom.top() && lastWord.center().y() < bottom.bottom());
        // Each line is centred; within the top line the first word ends it on the right.
        const QImage topLine = first.copy(top.toAlignedRect());
        const QImage bottomLine = last.copy(bottom.toAlignedRect());
        QVERIFY(std::abs(firstWord.right() - top.toAlignedRect().left() - inkBox(topLine).right()) <= 3);
        QVERIFY(std::abs(lastWord.left() - bottom.toAlignedRect().left() - inkBox(bottomLine).left()) <= 3);
        for (const QRectF &line : layout.lineBoxes)
            QVERIFY2(std::abs(line.center().x() - kCanvas.width() / 2) <= 6,
                     qPrintable(QStringLiteral("%1 %2").arg(line.left()).arg(line.right())));
    }

    void frenchDiacriticsAreDrawn()
    {
        CaptionStyle style = plainStyle();
        style.maxLines = 1;
        const QImage accented =
            CaptionRenderer::renderCue(cueOf(QStringLiteral("Être déçu à l'école")), style, kCanvas);
        const QImage bare =
            CaptionRenderer::renderCue(cueOf(QStringLiteral("Etre decu a l'ecole")), style, kCanvas);
        const QRect a = inkBox(accented), b = inkBox(bare);
        const int fontPixels = int(style.fontSize * kCanvas.height());
        // The circumflex rises above the tallest bare letter, the cedilla hangs below the baseline.
        QVERIFY2(a.top() < b.top() - fontPixels / 10,
                 qPrintable(QStringLiteral("%1 %2").arg(a.top()).arg(b.top())));
        QVERIFY2(a.bottom() > b.bottom() + fontPixels / 20,
                 qPrintable(QStringLiteral("%1 %2").arg(a.bottom()).arg(b.bottom())));
        QVERIFY(std::abs(a.width() - b.width()) < fontPixels); // same letters, same width roughly
    }

    void lineCountIsLimited()
    {
        // Letters without ascenders or descenders so that lines are separate bands of ink.
        const QString text =
            QStringLiteral("we saw a maroon canoe on a warm summer ocean as seven crows ran across our zone "
                           "one more season we sum up our scores");
        for (const int maxLines : {1, 2, 3}) {
            CaptionStyle style = plainStyle(0.05);
            style.maxLines = maxLines;
            const auto layout = CaptionLayout::make(cueOf(text), style, kCanvas, QRectF(60, 130, 870, 1370));
            QCOMPARE(layout.lineCount(), maxLines);
            QVERIFY(layout.fontPixels < 0.05 * kCanvas.height()); // it had to shrink
            const QImage image = CaptionRenderer::renderCue(cueOf(text), style, kCanvas);
            QCOMPARE(bands(image, Qt::Vertical, 3).size(), maxLines);
        }
        // Hard line breaks are kept when they fit.
        CaptionStyle style = plainStyle();
        const QImage two = CaptionRenderer::renderCue(cueOf(QStringLiteral("one\nmore")), style, kCanvas);
        QCOMPARE(bands(two, Qt::Vertical, 3).size(), 2);
        // And joined when there are more than allowed.
        style.maxLines = 1;
        const QImage joined = CaptionRenderer::renderCue(cueOf(QStringLiteral("one\nmore")), style, kCanvas);
        QCOMPARE(bands(joined, Qt::Vertical, 3).size(), 1);
    }

    void staysInsideTheSafeArea()
    {
        const QRectF expected = SafeZones::tiktokSafeRect();
        const QRectF safe = CaptionRenderer::safeAreaFor(kCanvas);
        QVERIFY(std::abs(safe.left() - expected.left()) < 1e-9
                && std::abs(safe.top() - expected.top()) < 1e-9);
        QVERIFY(std::abs(safe.right() - expected.right()) < 1e-9
                && std::abs(safe.bottom() - expected.bottom()) < 1e-9);

        const QString text = QStringLiteral("Tout le monde regarde sans le son, alors les sous-titres "
                                            "décident si la vidéo marche ou pas du tout");
        for (const double position : {0.02, 0.72, 0.98}) {
            for (const CaptionPreset preset : {CaptionPreset::BoldOutline, CaptionPreset::Boxed}) {
                CaptionStyle style;
                style.preset = preset;
                style.fontSize = 0.07;
                style.maxLines = 3;
                style.verticalPosition = position;
                const QImage image = CaptionRenderer::renderCue(cueOf(text), style, kCanvas);
                QVERIFY(!inkBox(image).isEmpty());
                for (const SafeZones::Zone &zone : SafeZones::tiktok()) {
                    const QRect r(int(zone.rect.x() * kCanvas.width()), int(zone.rect.y() * kCanvas.height()),
                                  int(zone.rect.width() * kCanvas.width()),
                                  int(zone.rect.height() * kCanvas.height()));
                    QVERIFY2(count(
                                 image, [](QRgb p) { return qAlpha(p) > 0; }, r)
                                 == 0,
                             qPrintable(
                                 QStringLiteral("%1 at %2").arg(SafeZones::label(zone.kind)).arg(position)));
                }
            }
        }
        // Other shapes get a safe area inside the picture.
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1080), QSize(1080, 1350)}) {
            const QRectF area = CaptionRenderer::safeAreaFor(size);
            QVERIFY(area.left() >= 0.05 - 1e-9 && area.right() <= 0.95 + 1e-9);
            QVERIFY(area.top() >= 0.05 - 1e-9 && area.bottom() <= 0.95 + 1e-9);
            QVERIFY(area.width() > 0.5 && area.height() > 0.5);
        }
    }

    void highlightCoversExactlyTheActiveWord()
    {
        CaptionTrack track;
        track.style = plainStyle(0.04);
        track.style.preset = CaptionPreset::WordHighlight;
        track.cues << timedCue(QStringLiteral("one two three four"));
        const QImage image = CaptionRenderer::render(track, kCanvas, 2'300'000); // "three"
        const auto words = bands(image, Qt::Horizontal, 16);
        QCOMPARE(words.size(), 4);
        const QRect lit = inkBox(image, isHighlight);
        QVERIFY(lit.left() >= words[2].first && lit.right() <= words[2].second);
        const QRect three(words[2].first, 0, words[2].second - words[2].first + 1, image.height());
        const int inkOfThree = count(
            image, [](QRgb p) { return qAlpha(p) == 255; }, three);
        QVERIFY(count(image, isHighlight, three) > inkOfThree * 0.8);
        QCOMPARE(count(image, isWhite, three), 0);
        QVERIFY(count(image, isWhite) > 0);

        // In the pause after a word it stays lit; before the cue's first word nothing is.
        QCOMPARE(inkBox(CaptionRenderer::render(track, kCanvas, 2'900'000), isHighlight), lit);
        track.cues.first().words.first().startUs = 500'000;
        QVERIFY(inkBox(CaptionRenderer::render(track, kCanvas, 100'000), isHighlight).isEmpty());
        // Without word timing the cue is shown as a whole, nothing lit.
        track.cues.first().words.clear();
        const QImage whole = CaptionRenderer::render(track, kCanvas, 2'300'000);
        QCOMPARE(count(whole, isHighlight), 0);
        QVERIFY(count(whole, isWhite) > 0);
        // Other presets do not light words.
        track.cues.first() = timedCue(QStringLiteral("one two three four"));
        track.style.preset = CaptionPreset::BoldOutline;
        QCOMPARE(count(CaptionRenderer::render(track, kCanvas, 2'300'000), isHighlight), 0);
    }

    void sameInputSameBytes()
    {
        CaptionTrack track;
        track.style.preset = CaptionPreset::Boxed;
        track.cues << cueOf(QStringLiteral("مرحبا Montaj — Être déçu 2024"));
        const QImage a = CaptionRenderer::render(track, kCanvas, 1'000'000);
        const QImage b = CaptionRenderer::render(track, kCanvas, 1'000'000);
        QCOMPARE(a.sizeInBytes(), b.sizeInBytes());
        QVERIFY(std::equal(a.constBits(), a.constBits() + a.sizeInBytes(), b.constBits()));
        CaptionRenderer r1(kCanvas), r2(kCanvas);
        const OverlaySprite &s1 = r1.sprite(track, 1'000'000);
        const OverlaySprite &s2 = r2.sprite(track, 1'000'000);
        QCOMPARE(s1.rect, s2.rect);
        QVERIFY(s1.y == s2.y && s1.alpha == s2.alpha && s1.u == s2.u && s1.chromaAlpha == s2.chromaAlpha);
    }

    void spriteMatchesThePictureAndIsCached()
    {
        CaptionTrack track;
        track.style.preset = CaptionPreset::WordHighlight;
        track.cues << timedCue(QStringLiteral("one two three"))
                   << cueOf(QStringLiteral("later"), 5'000'000, 6'000'000);
        CaptionRenderer renderer(kCanvas);
        for (qint64 t = 0; t < 1'000'000; t += 33'333)
            renderer.sprite(track, t);
        QCOMPARE(renderer.renders(), 1);
        renderer.sprite(track, 1'200'000);
        renderer.sprite(track, 2'200'000);
        renderer.sprite(track, 5'500'000);
        QCOMPARE(renderer.renders(), 4);
        QVERIFY(renderer.sprite(track, 4'500'000).isEmpty()); // between cues
        QVERIFY(renderer.sprite(track, 9'000'000).isEmpty());

        // The export's sprite holds exactly the preview's picture.
        const OverlaySprite &s = renderer.sprite(track, 1'200'000);
        const QImage picture = CaptionRenderer::render(track, kCanvas, 1'200'000);
        QVERIFY(s.rect.contains(inkBox(picture)));
        for (int y = 0; y < s.rect.height(); ++y)
            for (int x = 0; x < s.rect.width(); ++x)
                QCOMPARE(int(s.alpha[size_t(y * s.rect.width() + x)]),
                         qAlpha(picture.pixel(s.rect.x() + x, s.rect.y() + y)));
    }

    void emojiAndSymbolsDoNotBreakTheLine()
    {
        // Drawn as far as the fonts allow; the words around them are always there.
        const QImage image =
            CaptionRenderer::renderCue(cueOf(QStringLiteral("Bravo 🎉 ❤ مبروك ✓")), CaptionStyle(), kCanvas);
        QVERIFY(count(image, isWhite) > 2000);
        // The party popper is a colour picture (Noto Color Emoji, a dependency), not a box.
        const auto colourful = [](QRgb p) {
            const QColor c = QColor::fromRgba(p);
            return c.alpha() > 200 && c.hsvSaturation() > 120 && c.value() > 80;
        };
        QVERIFY2(count(image, colourful) > 300, qPrintable(QString::number(count(image, colourful))));
        QCOMPARE(count(CaptionRenderer::renderCue(cueOf(QStringLiteral("Bravo ❤ مبروك ✓")), CaptionStyle(),
                                                  kCanvas),
                       colourful),
                 0);
    }

    // Two seconds of a still picture on a 1080×1920, 30 fps canvas.
    ProjectState stillProject()
    {
        const QString still = m_dir.filePath(QStringLiteral("backdrop.png"));
        if (!QFileInfo::exists(still))
            backdrop(kCanvas).save(still);
        const auto info = MediaProbe::probe(still);
        ProjectState project;
        if (!info.ok() || !info->hasVideo())
            return project;
        Clip clip;
        clip.id = QStringLiteral("still");
        clip.mediaPath = info->path;
        clip.outUs = 2'000'000;
        clip.sourceDurationUs = 2'000'000;
        clip.sourceHasVideo = true;
        clip.sourceSize = info->videoStreams.first().displaySize;
        project.clips << clip;
        return project;
    }

    void exportBurnsCaptionsIn()
    {
        // Arabic from 0.5 to 1.5 s, French after it.
        ProjectState project = stillProject();
        QCOMPARE(project.clips.size(), 1);
        project.captions.cues << cueOf(QStringLiteral("مرحبا بالعالم 2024"), 500'000, 1'500'000)
                              << cueOf(QStringLiteral("Être déçu à l'école"), 1'500'000, 2'000'000);
        const QString path = m_dir.filePath(QStringLiteral("captions.mp4"));
        ExportPreset preset = *ExportPreset::find(QStringLiteral("tiktok-1080p30"));
        preset.x264Preset = QStringLiteral("veryfast"); // the same frames, sooner
        ExportJob job(project, preset, path);
        const auto result = job.run();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        auto decoder = VideoDecoder::open(path);
        QVERIFY(decoder.ok());
        const QImage before = *(*decoder)->imageAtIndex(6);  // 0.2 s: no caption yet
        const QImage arabic = *(*decoder)->imageAtIndex(30); // 1 s
        const QImage french = *(*decoder)->imageAtIndex(54); // 1.8 s
        QCOMPARE(arabic.size(), kCanvas);

        // Where the caption should be: the preview's picture of it, over the frame without it.
        const QImage caption = CaptionRenderer::render(project.captions, kCanvas, 1'000'000);
        const QRect area = inkBox(caption);
        QVERIFY(area.top() > 1200 && area.bottom() < 1500 && std::abs(area.center().x() - 540) < 10);
        QImage expected = before.convertToFormat(QImage::Format_RGB32);
        QPainter(&expected).drawImage(0, 0, caption);
        const double psnr = lumaPsnr(expected, arabic, area);
        QVERIFY2(psnr > 25, qPrintable(QString::number(psnr)));
        QVERIFY(lumaPsnr(before, arabic, area) < psnr - 8); // the caption really is there
        QVERIFY(count(arabic, isWhite, area) > 2000);
        // Nothing changed anywhere else.
        const QRect around = area.adjusted(-8, -8, 8, 8);
        int changed = 0;
        for (int y = 0; y < kCanvas.height(); y += 2)
            for (int x = 0; x < kCanvas.width(); x += 2)
                changed += !around.contains(x, y)
                           && std::abs(qGray(arabic.pixel(x, y)) - qGray(before.pixel(x, y))) > 24;
        QCOMPARE(changed, 0);
        QVERIFY(arabic.save(QDir(screenshotDir()).filePath("export-arabic.png")));
        QVERIFY(french.save(QDir(screenshotDir()).filePath("export-french.png")));
    }

    void softSubtitleTrackCarriesTheCaptions()
    {
        // Subtitle track only: the picture stays clean, the MP4 gets a mov_text track in Arabic that
        // FFmpeg itself reads back as the same texts and times (braces and backslashes are words,
        // not style codes; overlapping cues are cut where the next starts).
        ProjectState project = stillProject();
        QCOMPARE(project.clips.size(), 1);
        project.captions.language = QStringLiteral("ar");
        project.captions.output = CaptionOutput{false, true};
        project.captions.cues << cueOf(QStringLiteral("مرحبا بالعالم 2024"), 200'000, 900'000)
                              << cueOf(QStringLiteral("{\\b1}not bold\\N and\nsecond line"), 800'000,
                                       1'400'000)
                              << cueOf(QStringLiteral("Être déçu"), 1'600'000, 1'900'000)
                              << cueOf(QStringLiteral("over the end"), 1'950'000, 3'000'000)
                              << cueOf(QStringLiteral("after the end"), 2'500'000, 3'000'000);
        const QString path = m_dir.filePath(QStringLiteral("soft.mp4"));
        ExportPreset preset = *ExportPreset::find(QStringLiteral("tiktok-1080p30"));
        preset.x264Preset = QStringLiteral("veryfast");
        ExportJob job(project, preset, path);
        const auto result = job.run();
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));

        QProcess probe;
        probe.start(QStringLiteral("ffprobe"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                     QStringLiteral("stream=codec_type,codec_name:stream_tags=language"),
                     QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
        QVERIFY(probe.waitForFinished(30'000));
        const QString streams = QString::fromUtf8(probe.readAllStandardOutput());
        QVERIFY2(streams.contains(QStringLiteral("mov_text,subtitle,ara")), qPrintable(streams));
        QVERIFY2(streams.contains(QStringLiteral("h264,video")), qPrintable(streams));

        QProcess extract;
        extract.start(QStringLiteral("ffmpeg"),
                      {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                       QStringLiteral("-map"), QStringLiteral("0:s:0"), QStringLiteral("-f"),
                       QStringLiteral("srt"), QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30'000));
        QCOMPARE(extract.exitCode(), 0);
        const auto srt = CaptionFile::parse(extract.readAllStandardOutput(), QStringLiteral("soft.srt"));
        QVERIFY2(srt.ok(), qPrintable(srt.ok() ? QString() : srt.error().toString()));
        const QList<CaptionCue> cues = srt->track.cues;
        QCOMPARE(cues.size(), 4);
        QCOMPARE(cues[3].text, QStringLiteral("over the end"));
        QCOMPARE(cues[3].endUs, 2'000'000); // cut at the end of the video; the cue after it is left out
        QCOMPARE(cues[0].text, project.captions.cues[0].text);
        QCOMPARE(cues[0].startUs, 200'000);
        QCOMPARE(cues[0].endUs, 800'000); // cut where the next one starts
        QCOMPARE(cues[1].endUs, 1'400'000);
        // FFmpeg's SRT writer reads "{\\b1}" as bold: the stored bytes say what really is in the
        // track — each sample a 16-bit length and the text, empty samples in the gaps.
        QProcess raw;
        raw.start(QStringLiteral("ffmpeg"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                   QStringLiteral("-map"), QStringLiteral("0:s:0"), QStringLiteral("-c"),
                   QStringLiteral("copy"), QStringLiteral("-f"), QStringLiteral("data"),
                   QStringLiteral("-")});
        QVERIFY(raw.waitForFinished(30'000));
        const QByteArray bytes = raw.readAllStandardOutput();
        QStringList texts;
        for (qsizetype at = 0; at + 2 <= bytes.size();) {
            const int length = (quint8(bytes[at]) << 8) | quint8(bytes[at + 1]);
            if (length > 0)
                texts << QString::fromUtf8(bytes.mid(at + 2, length));
            at += 2 + length;
        }
        QCOMPARE(texts, (QStringList{project.captions.cues[0].text, project.captions.cues[1].text,
                                     project.captions.cues[2].text, project.captions.cues[3].text}));
        QCOMPARE(cues[2].text, QStringLiteral("Être déçu"));
        QCOMPARE(cues[2].startUs, 1'600'000);

        // Nothing burned into the picture.
        auto decoder = VideoDecoder::open(path);
        QVERIFY(decoder.ok());
        const QImage first = *(*decoder)->imageAtIndex(3);
        const QImage during = *(*decoder)->imageAtIndex(15);
        QVERIFY(lumaPsnr(first, during, QRect(QPoint(0, 0), kCanvas)) > 45);
    }

    void burnInMatchesReferenceImages()
    {
        // The burned-in pictures of Arabic, French and English captions against reference images
        // kept in the source tree (tests/render/data/captions-golden; looked at when made). The fonts
        // are loaded from the declared Noto packages, so a change of shaping, bidi order, wrapping or
        // style shows here as a drop in PSNR. MONTAJ_UPDATE_GOLDEN=1 writes new references.
        const QSize size(540, 960);
        const bool update = qEnvironmentVariableIntValue("MONTAJ_UPDATE_GOLDEN") == 1;
        const QList<CaptionSample> samples = captionSamples();
        const QDir golden(QStringLiteral(MONTAJ_CAPTION_GOLDEN_DIR));
        for (const CaptionSample &sample : samples) {
            CaptionTrack track;
            track.style.preset = sample.preset;
            track.cues << timedCue(sample.text);
            QImage frame(size, QImage::Format_RGB32);
            frame.fill(QColor(70, 90, 120));
            QPainter(&frame).drawImage(0, 0, CaptionRenderer::render(track, size, 2'200'000));
            const QImage band = frame.copy(0, 560, size.width(), 240); // the caption zone
            const QString file = golden.filePath(QLatin1String(sample.name) + ".png");
            if (update) {
                QVERIFY(band.save(file));
                continue;
            }
            const QImage reference(file);
            QVERIFY2(!reference.isNull(), qPrintable(file));
            QCOMPARE(reference.size(), band.size());
            QVERIFY2(count(band, isWhite, band.rect()) > 500, sample.name); // not an empty band
            const double psnr = lumaPsnr(reference, band, band.rect());
            qInfo("%s: %.1f dB against the reference", sample.name, psnr);
            QVERIFY2(psnr >= 35,
                     qPrintable(QStringLiteral("%1: %2 dB").arg(QLatin1String(sample.name)).arg(psnr)));
        }
    }

    void saveScreenshots()
    {
        // Burned-in frames to look at (and for the note), under the build tree.
        const QSize size(720, 1280);
        const QList<CaptionSample> samples = captionSamples();
        for (const CaptionSample &sample : samples) {
            CaptionTrack track;
            track.style.preset = sample.preset;
            track.cues << timedCue(sample.text);
            QImage frame = backdrop(size);
            QPainter(&frame).drawImage(0, 0, CaptionRenderer::render(track, size, 2'200'000));
            const QString file = QDir(screenshotDir()).filePath(QLatin1String(sample.name) + ".png");
            QVERIFY(frame.save(file));
        }
        qInfo("caption screenshots in %s", qPrintable(screenshotDir()));
    }
};

QTEST_MAIN(TestCaptionRenderer)
#include "tst_captionrenderer.moc"
