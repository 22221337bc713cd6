#include "core/filters/cubelut.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"
#include "tests/filters/filtertestsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <opencv2/core.hpp>

using namespace montaj;

namespace {

// An identity LUT of `size` as .cube rows, red fastest.
QByteArray identityRows(int size)
{
    QByteArray rows;
    for (int b = 0; b < size; ++b)
        for (int g = 0; g < size; ++g)
            for (int r = 0; r < size; ++r)
                rows += QByteArray::number(r / double(size - 1), 'f', 6) + ' '
                        + QByteArray::number(g / double(size - 1), 'f', 6) + ' '
                        + QByteArray::number(b / double(size - 1), 'f', 6) + '\n';
    return rows;
}

} // namespace

class TestCubeLut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesHeaderCommentsAndDomain()
    {
        const QByteArray text =
            "# a comment\r\nTITLE \"Warm film\"\r\n\r\nDOMAIN_MIN 0 0 0\r\nDOMAIN_MAX 1 1 1\r\n"
            "LUT_3D_SIZE 2\r\n"
            "0 0 0\r\n1 0 0 # red\r\n0 1 0\r\n1 1 0\r\n0 0 1\r\n1 0 1\r\n0 1 1\r\n1 1 0.5\r\n";
        auto lut = CubeLut::parse(text, "warm.cube");
        QVERIFY2(lut.ok(), qPrintable(lut.ok() ? QString() : lut.error().toString()));
        QCOMPARE(lut->size(), 2);
        QCOMPARE(lut->title(), QString("Warm film"));
        QCOMPARE(lut->at(1, 0, 0)[0], 1.0f);
        QCOMPARE(lut->at(1, 1, 1)[2], 0.5f);
        QCOMPARE(lut->at(0, 1, 0)[1], 1.0f);
    }

    void parsesUsualSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("17") << 17;
        QTest::newRow("33") << 33;
        QTest::newRow("65") << 65;
    }
    void parsesUsualSizes()
    {
        QFETCH(int, size);
        auto lut =
            CubeLut::parse("LUT_3D_SIZE " + QByteArray::number(size) + "\n" + identityRows(size), "id.cube");
        QVERIFY(lut.ok());
        QCOMPARE(lut->size(), size);
        QCOMPARE(lut->at(size - 1, 0, size - 1)[2], 1.0f);
        QCOMPARE(lut->at(size - 1, 0, size - 1)[1], 0.0f);
    }

    void malformedFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        const QByteArray rows2 = identityRows(2);
        QTest::newRow("size too small")
            << QByteArray("TITLE \"x\"\nLUT_3D_SIZE 1\n0 0 0\n") << "filters.cube_bad_size" << 2;
        QTest::newRow("size too large")
            << QByteArray("# big\n\nLUT_3D_SIZE 70\n") << "filters.cube_bad_size" << 3;
        QTest::newRow("size not a number")
            << QByteArray("LUT_3D_SIZE many\n") << "filters.cube_bad_size" << 1;
        QTest::newRow("non-numeric value")
            << QByteArray("LUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 abc 0\n") + rows2.mid(18)
            << "filters.cube_not_numeric" << 4;
        QTest::newRow("two values") << QByteArray("LUT_3D_SIZE 2\n0 0 0\n1 0\n") << "filters.cube_not_numeric"
                                    << 3;
        QTest::newRow("four values") << QByteArray("LUT_3D_SIZE 2\n0 0 0 0\n") << "filters.cube_not_numeric"
                                     << 2;
        QTest::newRow("keyword after data")
            << QByteArray("LUT_3D_SIZE 2\n0 0 0\nnope 1 2\n") << "filters.cube_not_numeric" << 3;
        QTest::newRow("truncated") << QByteArray("TITLE \"t\"\nLUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 1 0\n")
                                   << "filters.cube_truncated" << 5;
        QTest::newRow("out of range")
            << QByteArray("LUT_3D_SIZE 2\n0 0 0\n1 0 0\n0 1.7 0\n") << "filters.cube_out_of_range" << 4;
        QTest::newRow("negative") << QByteArray("LUT_3D_SIZE 2\n-0.5 0 0\n") << "filters.cube_out_of_range"
                                  << 2;
        QTest::newRow("too many rows") << QByteArray("LUT_3D_SIZE 2\n") + rows2 + "1 1 1\n"
                                       << "filters.cube_too_many_rows" << 10;
        QTest::newRow("rows before size")
            << QByteArray("TITLE \"t\"\n0 0 0\n") << "filters.cube_missing_size" << 2;
        QTest::newRow("no size at all")
            << QByteArray("TITLE \"t\"\n# nothing\n") << "filters.cube_missing_size" << 2;
        QTest::newRow("1D LUT") << QByteArray("LUT_1D_SIZE 1024\n") << "filters.cube_unsupported" << 1;
        QTest::newRow("unknown keyword")
            << QByteArray("LUT_3D_SIZE 2\nGAMMA 2.2\n") << "filters.cube_unknown_keyword" << 2;
        QTest::newRow("bad domain") << QByteArray("DOMAIN_MIN 0 0 0\nDOMAIN_MAX 1 0 1\nLUT_3D_SIZE 2\n")
                                           + rows2
                                    << "filters.cube_bad_domain" << 2;
    }
    void malformedFilesNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        auto lut = CubeLut::parse(text, "look.cube");
        QVERIFY(!lut.ok());
        QCOMPARE(lut.error().code, code);
        QCOMPARE(lut.error().context.value("line").toInt(), line);
        QCOMPARE(lut.error().context.value("location").toString(), QString("look.cube:%1").arg(line));
        QVERIFY(!lut.error().message.isEmpty());
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.cube");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("LUT_3D_SIZE 2\n0 0 x\n");
        f.close();
        auto lut = CubeLut::load(path);
        QVERIFY(!lut.ok());
        QCOMPARE(lut.error().context.value("location").toString(), QString("broken.cube:2"));
        QCOMPARE(lut.error().context.value("file").toString(), path);
        auto missing = CubeLut::load(dir.filePath("none.cube"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QString("filters.lut_unreadable"));
    }

    void stackReportsLutErrorsWithItsPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("short.cube");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("LUT_3D_SIZE 2\n0 0 0\n");
        f.close();
        const auto registry = FilterRegistry::withBuiltins();
        auto stack = FilterStack::create(
            registry, {{"exposure", {{"ev", 0.5}}, true}, {"lut", {{"file", path}}, true}});
        QVERIFY(!stack.ok());
        QCOMPARE(stack.error().code, QString("filters.cube_truncated"));
        QCOMPARE(stack.error().context.value("index").toInt(), 1);
        QCOMPARE(stack.error().context.value("filter").toString(), QString("lut"));
    }

    void identityLutIsNearlyIdentityAndZeroIntensityExact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("id.cube");
        filtertest::writeCube(path, 33, [](double r, double g, double b) { return cv::Vec3d(r, g, b); });
        const auto registry = FilterRegistry::withBuiltins();
        const cv::Mat frame = filtertest::scene(270, 480);
        cv::Mat out = frame.clone();
        QVERIFY(registry.find("lut")->apply(out, {{"file", path}}, {}).ok());
        QVERIFY(cv::norm(out, frame, cv::NORM_INF) <= 1); // 6-decimal nodes: at most one level off
        cv::Mat zero = frame.clone();
        QVERIFY(registry.find("lut")->apply(zero, {{"file", path}, {"intensity", 0}}, {}).ok());
        QCOMPARE(cv::norm(zero, frame, cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCubeLut)
#include "tst_cubelut.moc"
