#include "core/render/overlayrenderer.h"

#include <QFontDatabase>
#include <QTest>

using namespace montaj;

namespace {
QRect inkBox(const QImage &image)
{
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                box |= QRect(x, y, 1, 1);
    return box;
}

// Pixels of a strong colour (white text, black outline and grey boxes are not).
int colourful(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = QColor::fromRgba(image.pixel(x, y));
            n += c.alpha() > 200 && c.hsvSaturation() > 120 && c.value() > 80 ? 1 : 0;
        }
    return n;
}
} // namespace

class TestOverlayRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void centredOnItsPosition()
    {
        TextOverlay o;
        o.text = QStringLiteral("Hello");
        o.position = QPointF(0.5, 0.25);
        const QImage image = OverlayRenderer::render(o, QSize(540, 960));
        const QRect box = inkBox(image);
        QVERIFY(!box.isEmpty());
        QVERIFY2(std::abs(box.center().x() - 270) <= 3, qPrintable(QString::number(box.center().x())));
        QVERIFY2(std::abs(box.center().y() - 240) <= 6, qPrintable(QString::number(box.center().y())));
    }

    void arabicIsShapedAndJoined()
    {
        // Joined Arabic is narrower than the same letters forced apart by zero-width non-joiners:
        // proof the text went through shaping rather than being drawn letter by letter.
        TextOverlay joined;
        joined.text = QStringLiteral("مستقبل");
        joined.outlineWidth = 0;
        TextOverlay apart = joined;
        apart.text = QStringLiteral("م\u200Cس\u200Cت\u200Cق\u200Cب\u200Cل");
        const int joinedWidth = inkBox(OverlayRenderer::render(joined, QSize(1080, 1920))).width();
        const int apartWidth = inkBox(OverlayRenderer::render(apart, QSize(1080, 1920))).width();
        QVERIFY2(joinedWidth > 50 && joinedWidth < apartWidth,
                 qPrintable(QStringLiteral("%1 vs %2").arg(joinedWidth).arg(apartWidth)));
    }

    void outlineAndBoxWiden()
    {
        TextOverlay plain;
        plain.text = QStringLiteral("Été");
        plain.outlineWidth = 0;
        TextOverlay outlined = plain;
        outlined.outlineWidth = 0.1;
        TextOverlay boxed = plain;
        boxed.box = true;
        const int a = inkBox(OverlayRenderer::render(plain, QSize(1080, 1920))).width();
        const int b = inkBox(OverlayRenderer::render(outlined, QSize(1080, 1920))).width();
        const int c = inkBox(OverlayRenderer::render(boxed, QSize(1080, 1920))).width();
        QVERIFY(a > 0 && b > a && c > b);
    }

    void spriteBlendsIntoYuv()
    {
        TextOverlay o;
        o.text = QStringLiteral("X");
        o.outlineWidth = 0;
        o.color = Qt::white;
        const OverlaySprite s = OverlayRenderer::sprite(o, QSize(320, 240));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.rect.x() % 2, 0);
        QCOMPARE(s.rect.width() % 2, 0);
        QCOMPARE(s.y.size(), size_t(s.rect.width() * s.rect.height()));
        // Opaque white is Y 235, U = V = 128 in limited range.
        for (size_t i = 0; i < s.alpha.size(); ++i)
            if (s.alpha[i] == 255)
                QCOMPARE(int(s.y[i]), 235);
    }

    void emojiAreDrawnInColour()
    {
        // Colour emoji have no outlines: they are drawn as the font's pictures, inside the box and
        // centred with the words around them (fonts-noto-color-emoji is a dependency).
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Color Emoji")),
                 "the Noto Color Emoji font is missing (Debian package fonts-noto-color-emoji)");
        TextOverlay words;
        words.text = QStringLiteral("Party");
        words.position = QPointF(0.5, 0.5);
        TextOverlay party = words;
        party.text = QStringLiteral("Party 🎉 😀"); // 😀: a font with a plain glyph for it must not win
        const QImage plain = OverlayRenderer::render(words, QSize(540, 960));
        const QImage image = OverlayRenderer::render(party, QSize(540, 960));
        QCOMPARE(colourful(plain), 0);
        QVERIFY2(colourful(image) > 600, qPrintable(QString::number(colourful(image))));
        const QRect box = inkBox(image);
        QVERIFY(box.width() > inkBox(plain).width() * 5 / 4);
        QVERIFY2(std::abs(box.center().x() - 270) <= 4, qPrintable(QString::number(box.center().x())));

        party.box = true;
        party.boxColor = QColor(0, 0, 0, 160);
        const QImage boxed = OverlayRenderer::render(party, QSize(540, 960));
        QVERIFY(inkBox(boxed).contains(box));
        QVERIFY2(inkBox(boxed).width() < box.width() * 3 / 2 && inkBox(boxed).height() < box.height() * 2,
                 "the box fits the words and the emoji");
        QVERIFY(colourful(boxed) > 300);

        // Arabic with an emoji between words: still joined, the emoji still in colour.
        party.text = QStringLiteral("مبروك 🎉 يا أصدقاء");
        QVERIFY(colourful(OverlayRenderer::render(party, QSize(540, 960))) > 300);
    }

    void emptyTextDrawsNothing()
    {
        TextOverlay o;
        o.text = QStringLiteral("   ");
        QVERIFY(OverlayRenderer::sprite(o, QSize(320, 240)).isEmpty());
    }
};

QTEST_MAIN(TestOverlayRenderer)
#include "tst_overlayrenderer.moc"
