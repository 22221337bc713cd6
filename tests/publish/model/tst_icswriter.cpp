#include "core/publish/icswriter.h"

#include <QTest>

using namespace montaj;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// The file's content lines with folding undone.
QStringList unfold(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<WorkspaceAccount> accounts()
{
    WorkspaceAccount paris;
    paris.id = QStringLiteral("acc-paris");
    paris.username = QStringLiteral("studio.paris");
    WorkspaceAccount riyadh;
    riyadh.id = QStringLiteral("acc-riyadh");
    riyadh.username = QStringLiteral("riyadh_eats");
    return {paris, riyadh};
}

Post post(const char *id, const QString &account, const QString &zone, const QDateTime &at,
          const QString &caption)
{
    Post p;
    p.id = QString::fromLatin1(id);
    p.accountId = account;
    p.caption = caption;
    p.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
    p.state = PostState::Scheduled;
    p.scheduled = {{}, zone, at};
    return p;
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void escapesText()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf:g")),
                 QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf:g"));
    }

    void foldsAtSeventyFiveOctetsOnCharacterBoundaries()
    {
        // Arabic letters are 2 octets in UTF-8, the emoji 4: a naive cut at 75 would split them.
        const QString text =
            QString::fromUtf8("DESCRIPTION:رمضان كريم من مطبخنا إلى بيتكم، وصفات الإفطار والسحور كل يوم 🌙✨ "
                              "تابعونا لمزيد من الأطباق السعودية التقليدية #رمضان #مطبخ_سعودي");
        const QByteArray utf8 = text.toUtf8();
        QVERIFY(utf8.size() > 200);
        const QByteArray folded = IcsWriter::foldLine(utf8);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
        QVERIFY(physical.size() >= 3);
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray line = physical[i];
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= 75, qPrintable(QString::number(line.size())));
            if (i > 0) {
                QVERIFY(line.startsWith(' '));
                line.remove(0, 1);
            }
            QVERIFY((static_cast<unsigned char>(line.at(0)) & 0xC0) != 0x80); // no split sequence
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);                 // valid UTF-8 on its own
        }
        // The first line is filled as far as a character boundary allows.
        QVERIFY(physical[0].size() - 1 >= 72);
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, utf8 + "\r\n");
        QCOMPARE(IcsWriter::foldLine("SHORT:x"), QByteArray("SHORT:x\r\n"));
        QCOMPARE(IcsWriter::foldLine(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
        QCOMPARE(IcsWriter::foldLine(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a\r\n");
    }

    void writesCalendar()
    {
        QList<Post> posts;
        posts << post("p-summer", QStringLiteral("acc-paris"), QStringLiteral("Europe/Paris"),
                      utc("2025-06-01T16:30:00Z"), QStringLiteral("Launch; day, #été\nsecond line"));
        posts << post("p-riyadh", QStringLiteral("acc-riyadh"), QStringLiteral("Asia/Riyadh"),
                      utc("2025-03-01T16:00:00Z"), QString::fromUtf8("إفطار اليوم #رمضان"));
        posts << post("p-unscheduled", QStringLiteral("acc-paris"), QStringLiteral("Europe/Paris"),
                      QDateTime(), QStringLiteral("draft"));
        Post noZone =
            post("p-utc", QStringLiteral("acc-paris"), QString(), utc("2025-06-02T08:00:00Z"), QString());
        noZone.state = PostState::Draft;
        posts << noZone;

        IcsWriter::Options options;
        options.stampUtc = utc("2025-01-15T12:00:00Z");
        options.calendarName = QStringLiteral("Studio, Paris");
        const QByteArray ics = IcsWriter::write(posts, accounts(), options);

        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n")); // CRLF only
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets + the CR

        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
        QVERIFY(lines.contains(QStringLiteral("PRODID:-//Montaj//Montaj Publish Calendar//EN")));
        QVERIFY(lines.contains(QStringLiteral("X-WR-CALNAME:Studio\\, Paris")));
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QCOMPARE(lines.count(QStringLiteral("BEGIN:VTIMEZONE")), 2);

        // Events in time order, each at its wall-clock time in its zone.
        const qsizetype riyadh = lines.indexOf(QStringLiteral("UID:p-riyadh@montaj"));
        const qsizetype summer = lines.indexOf(QStringLiteral("UID:p-summer@montaj"));
        const qsizetype noZoneAt = lines.indexOf(QStringLiteral("UID:p-utc@montaj"));
        QVERIFY(riyadh > 0 && summer > riyadh && noZoneAt > summer);
        QCOMPARE(lines[summer + 1], QStringLiteral("DTSTAMP:20250115T120000Z"));
        QCOMPARE(lines[summer + 2], QStringLiteral("DTSTART;TZID=Europe/Paris:20250601T183000"));
        QCOMPARE(lines[summer + 3], QStringLiteral("SUMMARY:@studio.paris: Launch\\; day\\, #été"));
        QVERIFY(lines[summer + 4].startsWith(
            QStringLiteral("DESCRIPTION:Launch\\; day\\, #été\\nsecond line\\n\\n")));
        QCOMPARE(lines[summer + 5], QStringLiteral("STATUS:CONFIRMED"));
        QCOMPARE(lines[riyadh + 2], QStringLiteral("DTSTART;TZID=Asia/Riyadh:20250301T190000"));
        QCOMPARE(lines[riyadh + 3], QString::fromUtf8("SUMMARY:@riyadh_eats: إفطار اليوم #رمضان"));
        QCOMPARE(lines[noZoneAt + 2], QStringLiteral("DTSTART:20250602T080000Z"));
        QCOMPARE(lines[noZoneAt + 3], QStringLiteral("SUMMARY:@studio.paris: (no caption)"));
        QCOMPARE(lines[noZoneAt + 5], QStringLiteral("STATUS:TENTATIVE"));
        QVERIFY(!ics.contains("p-unscheduled"));

        // Paris's VTIMEZONE covers the summer post: the March change to CEST.
        const qsizetype paris = lines.indexOf(QStringLiteral("TZID:Europe/Paris"));
        QVERIFY(paris > 0);
        const qsizetype summerBlock = lines.indexOf(QStringLiteral("BEGIN:DAYLIGHT"), paris);
        QVERIFY(summerBlock > paris);
        QCOMPARE(lines[summerBlock + 1], QStringLiteral("DTSTART:20250330T020000"));
        QCOMPARE(lines[summerBlock + 2], QStringLiteral("TZOFFSETFROM:+0100"));
        QCOMPARE(lines[summerBlock + 3], QStringLiteral("TZOFFSETTO:+0200"));
        // Riyadh has no DST: one STANDARD block at +0300.
        const qsizetype riyadhZone = lines.indexOf(QStringLiteral("TZID:Asia/Riyadh"));
        QVERIFY(riyadhZone > 0);
        QCOMPARE(lines[riyadhZone + 1], QStringLiteral("BEGIN:STANDARD"));
        QVERIFY(lines.indexOf(QStringLiteral("TZOFFSETTO:+0300"), riyadhZone) > riyadhZone);
        const qsizetype riyadhEnd = lines.indexOf(QStringLiteral("END:VTIMEZONE"), riyadhZone);
        QVERIFY(riyadhEnd > riyadhZone);
        QVERIFY(!lines.mid(riyadhZone, riyadhEnd - riyadhZone).contains(QStringLiteral("BEGIN:DAYLIGHT")));
    }

    void lordHoweOffsetsHaveHalfHours()
    {
        const Post p = post("p-howe", QStringLiteral("acc-paris"), QStringLiteral("Australia/Lord_Howe"),
                            utc("2025-10-10T01:00:00Z"), QStringLiteral("x"));
        const QStringList lines = unfold(IcsWriter::write({p}, accounts()));
        QVERIFY(lines.contains(QStringLiteral("TZOFFSETFROM:+1030")));
        QVERIFY(lines.contains(QStringLiteral("TZOFFSETTO:+1100")));
        QVERIFY(lines.contains(QStringLiteral("DTSTART;TZID=Australia/Lord_Howe:20251010T120000")));
    }

    void summaryShortensLongCaptions()
    {
        Post p;
        p.caption = QString(100, u'a') + QStringLiteral("\nnext");
        const QString summary = IcsWriter::summary(p, QStringLiteral("me"));
        QCOMPARE(summary, QString(QStringLiteral("@me: ") + QString(60, u'a') + QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
