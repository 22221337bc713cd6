#include "core/render/overlayrenderer.h"

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

    void emptyTextDrawsNothing()
    {
        TextOverlay o;
        o.text = QStringLiteral("   ");
        QVERIFY(OverlayRenderer::sprite(o, QSize(320, 240)).isEmpty());
    }
};

QTEST_MAIN(TestOverlayRenderer)
#include "tst_overlayrenderer.moc"
