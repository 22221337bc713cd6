#include "core/filters/filterregistry.h"
#include "core/filters/filterspec.h"
#include "core/filters/lookfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

class TestFilterSpec : public QObject
{
    Q_OBJECT

    FilterRegistry m_registry = FilterRegistry::withBuiltins();

private Q_SLOTS:
    void parsesSpecs()
    {
        auto bare = FilterSpec::parse("sharpen", m_registry);
        QVERIFY(bare.ok());
        QCOMPARE(bare->id, QString("sharpen"));
        QVERIFY(bare->params.isEmpty());
        QVERIFY(bare->enabled);

        auto exposure = FilterSpec::parse("exposure:ev=0.5", m_registry);
        QVERIFY(exposure.ok());
        QCOMPARE(exposure->params.value("ev").typeId(), int(QMetaType::Double));
        QCOMPARE(exposure->params.value("ev").toDouble(), 0.5);

        auto lut =
            FilterSpec::parse("lut: file = looks/warm.cube , intensity=0.8", m_registry, "/data/project");
        QVERIFY(lut.ok());
        QCOMPARE(lut->params.value("file").toString(), QString("/data/project/looks/warm.cube"));
        QCOMPARE(lut->params.value("intensity").toDouble(), 0.8);

        auto quoted = FilterSpec::parse("lut:file=\"/a,b/c.cube\",intensity=1", m_registry);
        QVERIFY(quoted.ok());
        QCOMPARE(quoted->params.value("file").toString(), QString("/a,b/c.cube"));

        auto privacy = FilterSpec::parse("face_privacy:mode=blur,blocks=8", m_registry);
        QVERIFY(privacy.ok());
        QCOMPARE(privacy->params.value("mode").toString(), QString("blur"));

        auto flag = FilterSpec::parse("skin_smooth:amount=0.3,faces_only=off", m_registry);
        QVERIFY(flag.ok());
        QCOMPARE(flag->params.value("faces_only"), QVariant(false));

        auto all = FilterSpec::parseAll({"exposure:ev=-1", "contrast:amount=1.2"}, m_registry);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).id, QString("contrast"));
    }

    void rejectsBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "filters.spec_empty";
        QTest::newRow("no name") << ":ev=1"
                                 << "filters.spec_empty";
        QTest::newRow("unknown filter") << "sepia:amount=1"
                                        << "filters.unknown_filter";
        QTest::newRow("unknown key") << "exposure:stops=1"
                                     << "filters.unknown_param";
        QTest::newRow("not a number") << "exposure:ev=bright"
                                      << "filters.invalid_param";
        QTest::newRow("out of range") << "contrast:amount=7"
                                      << "filters.invalid_param";
        QTest::newRow("comma decimal") << "exposure:ev=0,5"
                                       << "filters.spec_syntax";
        QTest::newRow("no equals") << "exposure:ev"
                                   << "filters.spec_syntax";
        QTest::newRow("twice") << "exposure:ev=1,ev=2"
                               << "filters.spec_syntax";
        QTest::newRow("open quote") << "lut:file=\"/x.cube"
                                    << "filters.spec_syntax";
        QTest::newRow("bad choice") << "reframe:aspect=2:1"
                                    << "filters.invalid_param";
        QTest::newRow("bad bool") << "skin_smooth:faces_only=maybe"
                                  << "filters.invalid_param";
    }
    void rejectsBadSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, code);
        auto parsed = FilterSpec::parse(spec, m_registry);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
        QCOMPARE(parsed.error().context.value("spec").toString(), spec);
    }

    void unknownFilterErrorNamesIt()
    {
        auto parsed = FilterSpec::parse("sepia", m_registry);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains("sepia"));
        QCOMPARE(parsed.error().context.value("filter").toString(), QString("sepia"));
    }

    void lookRoundTrip()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath("luts");
        const QString lutPath = QDir(dir.path()).filePath("luts/warm.cube");
        Look look;
        look.name = "Warm évening";
        look.filters = {{"exposure", {{"ev", 0.25}}, true},
                        {"lut", {{"file", lutPath}, {"intensity", 0.6}}, true},
                        {"vignette", {{"amount", 0.2}, {"feather", 0.7}}, false},
                        {"face_privacy", {{"mode", "blur"}}, true}};
        const QString path = QDir(dir.path()).filePath("warm.look.json");
        QVERIFY(LookFile::save(path, look, m_registry).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"version\": 1"));
        QVERIFY(json.contains("\"luts/warm.cube\"")); // stored relative to the look
        auto loaded = LookFile::load(path, m_registry);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(*loaded, look);
    }

    void lookErrors()
    {
        QTemporaryDir dir;
        const auto fromJson = [&](const QByteArray &json) {
            return LookFile::fromJson(json, m_registry, dir.path(), "x.json");
        };
        auto tooNew = fromJson(R"({"format":"montaj.look","version":2,"name":"n","filters":[]})");
        QVERIFY(!tooNew.ok());
        QCOMPARE(tooNew.error().code, QString("filters.look_too_new"));
        auto notLook = fromJson(R"({"format":"something","version":1,"filters":[]})");
        QCOMPARE(notLook.error().code, QString("filters.look_invalid"));
        auto broken = fromJson("{\"format\":");
        QCOMPARE(broken.error().code, QString("filters.look_invalid"));
        auto noVersion = fromJson(R"({"format":"montaj.look","filters":[]})");
        QCOMPARE(noVersion.error().code, QString("filters.look_invalid"));
        auto unknown = fromJson(
            R"({"format":"montaj.look","version":1,"filters":[{"id":"exposure"},{"id":"sepia","params":{}}]})");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QString("filters.unknown_filter"));
        QCOMPARE(unknown.error().context.value("index").toInt(), 1);
        QVERIFY(unknown.error().message.contains("sepia"));
        auto badParam = fromJson(
            R"({"format":"montaj.look","version":1,"filters":[{"id":"exposure","params":{"ev":12}}]})");
        QCOMPARE(badParam.error().code, QString("filters.invalid_param"));
        auto missing = LookFile::load(dir.filePath("none.json"), m_registry);
        QCOMPARE(missing.error().code, QString("filters.look_unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestFilterSpec)
#include "tst_filterspec.moc"
