#include "core/publish/scheduletime.h"

#include <QLocale>
#include <QTest>

using montaj::ScheduledTime;
using montaj::ScheduleTime;
using Ambiguity = montaj::ScheduleTime::Ambiguity;

Q_DECLARE_METATYPE(Ambiguity)

namespace QTest {
template<>
char *toString(const Ambiguity &ambiguity)
{
    return qstrdup(ambiguity == Ambiguity::None      ? "none"
                   : ambiguity == Ambiguity::Skipped ? "skipped"
                                                     : "repeated");
}
} // namespace QTest

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}
QString shortTime(int h, int m)
{
    return QLocale().toString(QTime(h, m), QLocale::ShortFormat);
}
} // namespace

class TestScheduleTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void resolves_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("expectedUtc");
        QTest::addColumn<Ambiguity>("ambiguity");

        // Paris: CET +01:00, CEST +02:00; 2025-03-30 02:00→03:00, 2025-10-26 03:00→02:00.
        QTest::newRow("paris summer") << "2025-06-01T18:30"
                                      << "Europe/Paris" << utc("2025-06-01T16:30:00Z") << Ambiguity::None;
        QTest::newRow("paris winter") << "2025-01-20T09:00"
                                      << "Europe/Paris" << utc("2025-01-20T08:00:00Z") << Ambiguity::None;
        QTest::newRow("paris gap") << "2025-03-30T02:30"
                                   << "Europe/Paris" << utc("2025-03-30T01:00:00Z") << Ambiguity::Skipped;
        QTest::newRow("paris gap start")
            << "2025-03-30T02:00"
            << "Europe/Paris" << utc("2025-03-30T01:00:00Z") << Ambiguity::Skipped;
        QTest::newRow("paris after gap") << "2025-03-30T03:00"
                                         << "Europe/Paris" << utc("2025-03-30T01:00:00Z") << Ambiguity::None;
        QTest::newRow("paris before gap") << "2025-03-30T01:59"
                                          << "Europe/Paris" << utc("2025-03-30T00:59:00Z") << Ambiguity::None;
        QTest::newRow("paris overlap")
            << "2025-10-26T02:30"
            << "Europe/Paris" << utc("2025-10-26T00:30:00Z") << Ambiguity::Repeated;
        QTest::newRow("paris after overlap")
            << "2025-10-26T03:00"
            << "Europe/Paris" << utc("2025-10-26T02:00:00Z") << Ambiguity::None;
        QTest::newRow("seconds") << "2025-06-01T18:30:15"
                                 << "Europe/Paris" << utc("2025-06-01T16:30:15Z") << Ambiguity::None;
        // New York: EST -05:00, EDT -04:00; 2025-03-09 02:00→03:00, 2025-11-02 02:00→01:00.
        QTest::newRow("new york gap")
            << "2025-03-09T02:15"
            << "America/New_York" << utc("2025-03-09T07:00:00Z") << Ambiguity::Skipped;
        QTest::newRow("new york overlap")
            << "2025-11-02T01:30"
            << "America/New_York" << utc("2025-11-02T05:30:00Z") << Ambiguity::Repeated;
        QTest::newRow("new york summer")
            << "2025-07-04T21:00"
            << "America/New_York" << utc("2025-07-05T01:00:00Z") << Ambiguity::None;
        // Riyadh: +03:00 all year, no DST; the Paris gap time is an ordinary time there.
        QTest::newRow("riyadh") << "2025-03-30T02:30"
                                << "Asia/Riyadh" << utc("2025-03-29T23:30:00Z") << Ambiguity::None;
        QTest::newRow("riyadh paris overlap day")
            << "2025-10-26T02:30"
            << "Asia/Riyadh" << utc("2025-10-25T23:30:00Z") << Ambiguity::None;
        // Lord Howe: +10:30 standard, +11:00 summer — a 30-minute shift. 2025-04-06 02:00→01:30,
        // 2025-10-05 02:00→02:30.
        QTest::newRow("lord howe gap")
            << "2025-10-05T02:15"
            << "Australia/Lord_Howe" << utc("2025-10-04T15:30:00Z") << Ambiguity::Skipped;
        QTest::newRow("lord howe after gap")
            << "2025-10-05T02:30"
            << "Australia/Lord_Howe" << utc("2025-10-04T15:30:00Z") << Ambiguity::None;
        QTest::newRow("lord howe overlap")
            << "2025-04-06T01:45"
            << "Australia/Lord_Howe" << utc("2025-04-05T14:45:00Z") << Ambiguity::Repeated;
        QTest::newRow("lord howe before overlap")
            << "2025-04-06T01:29"
            << "Australia/Lord_Howe" << utc("2025-04-05T14:29:00Z") << Ambiguity::None;
        QTest::newRow("lord howe winter")
            << "2025-06-01T12:00"
            << "Australia/Lord_Howe" << utc("2025-06-01T01:30:00Z") << Ambiguity::None;
    }

    void resolves()
    {
        QFETCH(QString, local);
        QFETCH(QString, zone);
        QFETCH(QDateTime, expectedUtc);
        QFETCH(Ambiguity, ambiguity);
        const auto resolved = ScheduleTime::resolve(local, zone);
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
        QCOMPARE(resolved->utc, expectedUtc);
        QCOMPARE(resolved->utc.timeSpec(), Qt::UTC);
        QCOMPARE(resolved->ambiguity, ambiguity);
        QCOMPARE(resolved->warning.isEmpty(), ambiguity == Ambiguity::None);
    }

    void gapWarningNamesBothTimes()
    {
        const auto paris =
            ScheduleTime::resolve(QStringLiteral("2025-03-30T02:30"), QStringLiteral("Europe/Paris"));
        QVERIFY(paris.ok());
        QVERIFY2(paris->warning.contains(shortTime(2, 30)), qPrintable(paris->warning));
        QVERIFY2(paris->warning.contains(shortTime(3, 0)), qPrintable(paris->warning));
        QVERIFY(paris->warning.contains(QLatin1String("Europe/Paris")));

        const auto howe =
            ScheduleTime::resolve(QStringLiteral("2025-10-05T02:15"), QStringLiteral("Australia/Lord_Howe"));
        QVERIFY(howe.ok());
        QVERIFY2(howe->warning.contains(shortTime(2, 15)), qPrintable(howe->warning));
        QVERIFY2(howe->warning.contains(shortTime(2, 30)), qPrintable(howe->warning));
    }

    void overlapWarningNamesBothOccurrences()
    {
        const auto ny =
            ScheduleTime::resolve(QStringLiteral("2025-11-02T01:30"), QStringLiteral("America/New_York"));
        QVERIFY(ny.ok());
        QVERIFY2(ny->warning.contains(QLatin1String("happens twice")), qPrintable(ny->warning));
        QVERIFY2(ny->warning.contains(QLatin1String("UTC-04:00")), qPrintable(ny->warning));
        QVERIFY2(ny->warning.contains(QLatin1String("UTC-05:00")), qPrintable(ny->warning));
        QVERIFY(ny->warning.indexOf(QLatin1String("UTC-04:00"))
                < ny->warning.indexOf(QLatin1String("UTC-05:00")));

        const auto howe =
            ScheduleTime::resolve(QStringLiteral("2025-04-06T01:45"), QStringLiteral("Australia/Lord_Howe"));
        QVERIFY(howe.ok());
        QVERIFY2(howe->warning.contains(QLatin1String("UTC+11:00")), qPrintable(howe->warning));
        QVERIFY2(howe->warning.contains(QLatin1String("UTC+10:30")), qPrintable(howe->warning));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown zone") << "2025-06-01T10:00"
                                      << "Mars/Olympus_Mons"
                                      << "publish.bad_zone";
        QTest::newRow("empty zone") << "2025-06-01T10:00"
                                    << ""
                                    << "publish.bad_zone";
        QTest::newRow("month 13") << "2025-13-01T10:00"
                                  << "Europe/Paris"
                                  << "publish.bad_time";
        QTest::newRow("feb 30") << "2025-02-30T10:00"
                                << "Europe/Paris"
                                << "publish.bad_time";
        QTest::newRow("hour 24") << "2025-06-01T24:00"
                                 << "Europe/Paris"
                                 << "publish.bad_time";
        QTest::newRow("no time") << "2025-06-01"
                                 << "Europe/Paris"
                                 << "publish.bad_time";
        QTest::newRow("offset is not local") << "2025-06-01T10:00+02:00"
                                             << "Europe/Paris"
                                             << "publish.bad_time";
        QTest::newRow("words") << "tomorrow at ten"
                               << "Europe/Paris"
                               << "publish.bad_time";
    }

    void rejects()
    {
        QFETCH(QString, local);
        QFETCH(QString, zone);
        QFETCH(QString, code);
        const auto resolved = ScheduleTime::resolve(local, zone);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, code);
        QVERIFY(!resolved.error().message.isEmpty());
    }

    void toLocalText()
    {
        QCOMPARE(ScheduleTime::toLocalText(utc("2025-06-01T16:30:00Z"), QStringLiteral("Europe/Paris")),
                 QStringLiteral("2025-06-01T18:30"));
        QCOMPARE(ScheduleTime::toLocalText(utc("2025-10-26T00:30:00Z"), QStringLiteral("Europe/Paris")),
                 QStringLiteral("2025-10-26T02:30"));
        QCOMPARE(ScheduleTime::toLocalText(utc("2025-10-26T01:30:00Z"), QStringLiteral("Europe/Paris")),
                 QStringLiteral("2025-10-26T02:30"));
        QCOMPARE(
            ScheduleTime::toLocalText(utc("2025-04-05T15:15:05Z"), QStringLiteral("Australia/Lord_Howe")),
            QStringLiteral("2025-04-06T01:45:05"));
        QCOMPARE(ScheduleTime::toLocalText(utc("2025-06-01T16:30:00Z"), QStringLiteral("Nowhere/City")),
                 QString());
    }

    void completeFillsUtcAndMovesSkippedTime()
    {
        ScheduledTime time{QStringLiteral("2025-03-09T02:15"), QStringLiteral("America/New_York"), {}};
        const auto resolved = ScheduleTime::complete(time);
        QVERIFY(resolved.ok());
        QCOMPARE(time.utc, utc("2025-03-09T07:00:00Z"));
        QCOMPARE(time.localDateTime, QStringLiteral("2025-03-09T03:00"));

        ScheduledTime repeated{QStringLiteral("2025-11-02T01:30"), QStringLiteral("America/New_York"), {}};
        QVERIFY(ScheduleTime::complete(repeated).ok());
        QCOMPARE(repeated.localDateTime, QStringLiteral("2025-11-02T01:30"));
        QCOMPARE(repeated.utc, utc("2025-11-02T05:30:00Z"));

        ScheduledTime bad{QStringLiteral("2025-11-02T01:30"), QStringLiteral("Bad/Zone"), {}};
        QVERIFY(!ScheduleTime::complete(bad).ok());
        QVERIFY(!bad.utc.isValid());
    }

    void roundTripsEveryQuarterHourOfATransitionYear()
    {
        // Every non-ambiguous local time maps back to itself.
        const QTimeZone zone = ScheduleTime::zone(QStringLiteral("Australia/Lord_Howe"));
        QVERIFY(zone.isValid());
        for (qint64 s = utc("2025-04-05T12:00:00Z").toSecsSinceEpoch();
             s < utc("2025-04-06T00:00:00Z").toSecsSinceEpoch(); s += 900) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
            const QString local = ScheduleTime::toLocalText(at, QStringLiteral("Australia/Lord_Howe"));
            const auto back = ScheduleTime::resolve(local, zone);
            QVERIFY(back.ok());
            if (back->ambiguity == Ambiguity::None)
                QCOMPARE(back->utc, at);
            else
                QCOMPARE(back->ambiguity, Ambiguity::Repeated);
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleTime)
#include "tst_scheduletime.moc"
