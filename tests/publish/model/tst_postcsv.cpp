#include "core/publish/csvreader.h"
#include "core/publish/csvwriter.h"
#include "core/publish/postcsvexporter.h"
#include "core/publish/postcsvimporter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace montaj;

namespace QTest {
template<>
char *toString(const ImportRowStatus::Outcome &outcome)
{
    return qstrdup(QByteArray::number(static_cast<int>(outcome)).constData());
}
template<>
char *toString(const ImportProblem::Severity &severity)
{
    return qstrdup(severity == ImportProblem::Severity::Error ? "error" : "warning");
}
template<>
char *toString(const ImportReport::Layout &layout)
{
    return qstrdup(layout == ImportReport::Layout::Montaj ? "montaj" : "hootsuite");
}
} // namespace QTest

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

const QString kHeader = QStringLiteral("account,scheduled_at,time_zone,media,kind,caption,privacy,allow_"
                                       "comment,allow_duet,allow_stitch,disclosure,"
                                       "is_aigc,cover_ms,deal_id");

ImportContext context()
{
    ImportContext c;
    WorkspaceAccount paris;
    paris.id = QStringLiteral("6f1c3e2a-0000-4000-8000-000000000001");
    paris.username = QStringLiteral("studio.paris");
    paris.timeZone = QStringLiteral("Europe/Paris");
    WorkspaceAccount riyadh;
    riyadh.id = QStringLiteral("6f1c3e2a-0000-4000-8000-000000000002");
    riyadh.username = QStringLiteral("riyadh_eats");
    riyadh.timeZone = QStringLiteral("Asia/Riyadh");
    c.accounts = {paris, riyadh};
    // Paris is a public account whose creator_info is known; Riyadh's options are not known yet.
    c.privacyOptions.insert(paris.id, {QStringLiteral("PUBLIC_TO_EVERYONE"),
                                       QStringLiteral("MUTUAL_FOLLOW_FRIENDS"), QStringLiteral("SELF_ONLY")});
    c.nowUtc = utc("2025-01-15T12:00:00Z");
    c.fileExists = [](const QString &path) { return !path.contains(QLatin1String("missing")); };
    return c;
}

const QString kCsvPath = QStringLiteral("/data/agency/plan.csv");

ImportReport importText(const QString &text, const ImportContext &c = context())
{
    return PostCsvImporter::dryRun(text.toUtf8(), kCsvPath, c);
}

QString describe(const ImportReport &report)
{
    QStringList lines;
    for (const ImportProblem &p : report.problems)
        lines << QStringLiteral("%1 [%2] %3: %4").arg(p.row).arg(p.column, p.code, p.message);
    return lines.join(u'\n');
}

// A valid row with one cell replaced.
QString row(const QHash<QString, QString> &changes = {})
{
    QHash<QString, QString> cells{
        {"account", "@studio.paris"},
        {"scheduled_at", "2025-06-01T18:30"},
        {"time_zone", "Europe/Paris"},
        {"media", "clips/launch.mp4"},
        {"kind", ""},
        {"caption", "Launch day #été"},
        {"privacy", "public"},
        {"allow_comment", "yes"},
        {"allow_duet", "no"},
        {"allow_stitch", "1"},
        {"disclosure", "your_brand"},
        {"is_aigc", "false"},
        {"cover_ms", "1500"},
        {"deal_id", "deal-42"},
    };
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        cells[it.key()] = it.value();
    QStringList out;
    for (const QString &column : kHeader.split(u','))
        out << CsvWriter::encodeCell(cells.value(column), u',');
    return out.join(u',');
}

} // namespace

class TestPostCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void readerHandlesRfc4180()
    {
        const QByteArray bytes = "a,\"b,1\",\"say \"\"hi\"\"\"\r\n"
                                 "\"multi\r\nline\",,x\r\n"
                                 "\r\n"
                                 "last,\"\",\"end\"";
        const auto table = CsvReader::parse(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->separator, QChar(u','));
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(table->records[0].fields, (QStringList{"a", "b,1", "say \"hi\""}));
        QCOMPARE(table->records[1].fields, (QStringList{"multi\nline", "", "x"}));
        QCOMPARE(table->records[0].line, 1);
        QCOMPARE(table->records[1].line, 2);
        QCOMPARE(table->records[2].line, 5); // lines 2–3 are one record, line 4 is empty
        QCOMPARE(table->records[2].fields, (QStringList{"last", "", "end"}));
    }

    void readerDetectsSeparatorAndBom()
    {
        const auto semi = CsvReader::parse("\xEF\xBB\xBF"
                                           "a;\"b;c\";d,e\n1;2;3\n");
        QVERIFY(semi.ok());
        QVERIFY(semi->hadBom);
        QCOMPARE(semi->separator, QChar(u';'));
        QCOMPARE(semi->records[0].fields, (QStringList{"a", "b;c", "d,e"}));
        const auto tab = CsvReader::parse("a\tb\tc\n");
        QCOMPARE(tab->separator, QChar(u'\t'));
        QCOMPARE(CsvReader::detectSeparator(u"\"x;y;z\",b"), QChar(u','));
    }

    void readerRefusesBrokenFiles()
    {
        const auto open = CsvReader::parse("a,b\n1,\"never closed\n2,3\n");
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, QStringLiteral("csv.unterminated_quote"));
        QCOMPARE(open.error().context.value(QStringLiteral("line")).toInt(), 2);
        const auto unclosed =
            PostCsvImporter::dryRun("a,b\n1,2\n1,\"never closed\n2,3\n", kCsvPath, context());
        QCOMPARE(unclosed.problems.size(), 1);
        QCOMPARE(unclosed.problems[0].row, 3);
        QVERIFY(unclosed.hasFileError());
        const auto latin1 = CsvReader::parse("account,caption\nx,caf\xE9\n");
        QVERIFY(!latin1.ok());
        QCOMPARE(latin1.error().code, QStringLiteral("csv.not_utf8"));

        const auto report = PostCsvImporter::dryRun("account,caption\nx,caf\xE9\n", kCsvPath, context());
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems[0].code, QStringLiteral("publish.csv_unreadable"));
        QVERIFY(report.hasFileError());
        QVERIFY(report.validPosts.isEmpty());
    }

    void importsMontajRows()
    {
        const QString text = kHeader + "\n" + row() + "\n"
                             + row({{"account", "RIYADH_EATS"},
                                    {"scheduled_at", "2025-03-30T02:30:00+03:00"},
                                    {"time_zone", ""},
                                    {"media", "/abs/p1.jpg|p2.webp"},
                                    {"privacy", "FRIENDS"},
                                    {"allow_stitch", ""},
                                    {"disclosure", "none"},
                                    {"deal_id", ""},
                                    {"is_aigc", "TRUE"},
                                    {"cover_ms", "1"}})
                             + "\n";
        const ImportReport report = importText(text);
        QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.layout, ImportReport::Layout::Montaj);
        QCOMPARE(report.rowsParsed, 2);
        QCOMPARE(report.validPosts.size(), 2);
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows[1].row, 3);
        QCOMPARE(report.rows[1].outcome, ImportRowStatus::Outcome::Valid);
        QCOMPARE(report.rows[1].postIndex, 1);

        const Post &video = report.validPosts[0];
        QCOMPARE(video.accountId, context().accounts[0].id);
        QCOMPARE(montaj::toString(video.state), montaj::toString(PostState::Scheduled));
        QCOMPARE(montaj::toString(video.kind), montaj::toString(PostKind::VideoFile));
        QCOMPARE(video.mediaPath, QStringLiteral("/data/agency/clips/launch.mp4"));
        QCOMPARE(video.caption, QString::fromUtf8("Launch day #été"));
        QCOMPARE(video.privacyLevel, QStringLiteral("PUBLIC_TO_EVERYONE"));
        QVERIFY(video.allowComment);
        QVERIFY(!video.allowDuet);
        QVERIFY(video.allowStitch);
        QVERIFY(video.brandOrganic);
        QVERIFY(!video.brandContent);
        QVERIFY(!video.isAigc);
        QCOMPARE(video.coverMs, qint64(1500));
        QCOMPARE(video.dealId, QStringLiteral("deal-42"));
        QCOMPARE(video.scheduled.localDateTime, QStringLiteral("2025-06-01T18:30"));
        QCOMPARE(video.scheduled.timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(video.scheduled.utc, utc("2025-06-01T16:30:00Z"));
        QVERIFY(video.id.isEmpty()); // the store gives ids

        // An offset without a zone: the instant as written, shown in the account's zone.
        const Post &photos = report.validPosts[1];
        QCOMPARE(photos.accountId, context().accounts[1].id);
        QCOMPARE(montaj::toString(photos.kind), montaj::toString(PostKind::PhotoCarousel));
        QCOMPARE(photos.photoPaths, (QStringList{"/abs/p1.jpg", "/data/agency/p2.webp"}));
        QCOMPARE(photos.privacyLevel, QStringLiteral("MUTUAL_FOLLOW_FRIENDS"));
        QCOMPARE(photos.scheduled.utc, utc("2025-03-29T23:30:00Z"));
        QCOMPARE(photos.scheduled.timeZone, QStringLiteral("Asia/Riyadh"));
        QCOMPARE(photos.scheduled.localDateTime, QStringLiteral("2025-03-30T02:30"));
        QVERIFY(photos.isAigc);
        QCOMPARE(photos.coverMs, qint64(1));
    }

    void bomAndSemicolonGiveTheSameResult()
    {
        const QString comma = kHeader + "\r\n" + row() + "\r\n";
        QString semicolon = kHeader;
        semicolon.replace(u',', u';');
        QStringList cells;
        const auto parsed = CsvReader::parse(row().toUtf8());
        for (const QString &cell : parsed->records[0].fields)
            cells << CsvWriter::encodeCell(cell, u';');
        semicolon += "\n" + cells.join(u';') + "\n";
        const ImportReport a = importText(comma);
        const ImportReport b =
            PostCsvImporter::dryRun("\xEF\xBB\xBF" + semicolon.toUtf8(), kCsvPath, context());
        QVERIFY2(a.problems.isEmpty(), qPrintable(describe(a)));
        QVERIFY2(b.problems.isEmpty(), qPrintable(describe(b)));
        QCOMPARE(a.separator, QChar(u','));
        QCOMPARE(b.separator, QChar(u';'));
        QCOMPARE(a.validPosts.size(), 1);
        QCOMPARE(b.validPosts.size(), 1);
        QCOMPARE(b.validPosts[0].caption, a.validPosts[0].caption);
        QCOMPARE(b.validPosts[0].scheduled.utc, a.validPosts[0].scheduled.utc);
        QCOMPARE(b.validPosts[0].accountId, a.validPosts[0].accountId);
    }

    void lineNumbersCountQuotedLineBreaks()
    {
        const QString text = kHeader + "\r\n" + row({{"caption", "line one\r\nline two\r\nline three"}})
                             + "\r\n" + row({{"account", "nobody"}, {"caption", "x\ny"}}) + "\r\n\r\n"
                             + row({{"cover_ms", "soon"}}) + "\r\n";
        const ImportReport report = importText(text);
        QCOMPARE(report.rowsParsed, 3);
        QCOMPARE(report.validPosts.size(), 1);
        QCOMPARE(report.validPosts[0].caption, QStringLiteral("line one\nline two\nline three"));
        QCOMPARE(report.rows[0].row, 2);
        QCOMPARE(report.rows[1].row, 5);
        QCOMPARE(report.rows[2].row, 8);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems[0].row, 5);
        QCOMPARE(report.problems[0].column, QStringLiteral("account"));
        QCOMPARE(report.problems[0].code, QStringLiteral("publish.unknown_account"));
        QCOMPARE(report.problems[1].row, 8);
        QCOMPARE(report.problems[1].column, QStringLiteral("cover_ms"));
        QCOMPARE(report.problemsAt(8).size(), 1);
    }

    void reportsEachProblem_data()
    {
        QTest::addColumn<QString>("changes"); // "column=value|column=value"
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");

        QTest::newRow("unknown account") << "account=@nobody"
                                         << "account"
                                         << "publish.unknown_account" << true;
        QTest::newRow("no account") << "account="
                                    << "account"
                                    << "publish.account_missing" << true;
        QTest::newRow("time in the past") << "scheduled_at=2024-12-31T23:00"
                                          << "scheduled_at"
                                          << "publish.time_in_past" << true;
        QTest::newRow("bad zone") << "time_zone=Europe/Atlantis"
                                  << "time_zone"
                                  << "publish.bad_zone" << true;
        QTest::newRow("unparseable time") << "scheduled_at=1 June, 6pm"
                                          << "scheduled_at"
                                          << "publish.bad_time" << true;
        QTest::newRow("no time") << "scheduled_at="
                                 << "scheduled_at"
                                 << "publish.bad_time" << true;
        QTest::newRow("no zone") << "time_zone="
                                 << "time_zone"
                                 << "publish.zone_missing" << true;
        QTest::newRow("missing file") << "media=clips/missing.mp4"
                                      << "media"
                                      << "publish.file_missing" << true;
        QTest::newRow("no media") << "media="
                                  << "media"
                                  << "publish.media_missing" << true;
        QTest::newRow("caption too long") << QString("caption=" + QString(2201, u'a')) << "caption"
                                          << "publish.caption_too_long" << true;
        QTest::newRow("photo caption may be longer")
            << QString("media=a.jpg|cover_ms=0|allow_stitch=no|caption=" + QString(2201, u'a')) << ""
            << "" << false;
        QTest::newRow("no privacy") << "privacy="
                                    << "privacy"
                                    << "publish.privacy_missing" << true;
        QTest::newRow("privacy not offered") << "privacy=FOLLOWER_OF_CREATOR"
                                             << "privacy"
                                             << "publish.privacy_not_offered" << true;
        QTest::newRow("unknown privacy") << "privacy=everyone"
                                         << "privacy"
                                         << "publish.bad_privacy" << true;
        QTest::newRow("bad boolean") << "allow_comment=maybe"
                                     << "allow_comment"
                                     << "publish.bad_boolean" << true;
        QTest::newRow("bad aigc") << "is_aigc=2"
                                  << "is_aigc"
                                  << "publish.bad_boolean" << true;
        QTest::newRow("branded only me") << "disclosure=branded|privacy=only_me"
                                         << "privacy"
                                         << "publish.branded_private" << true;
        QTest::newRow("your brand only me is fine") << "disclosure=your_brand|privacy=private"
                                                    << ""
                                                    << "" << false;
        QTest::newRow("bad disclosure") << "disclosure=sponsored"
                                        << "disclosure"
                                        << "publish.bad_disclosure" << true;
        QTest::newRow("negative cover") << "cover_ms=-5"
                                        << "cover_ms"
                                        << "publish.bad_cover" << true;
        QTest::newRow("cover not a number") << "cover_ms=1.5s"
                                            << "cover_ms"
                                            << "publish.bad_cover" << true;
        QTest::newRow("cover beyond photos") << "media=a.jpg|b.jpg|cover_ms=2|allow_stitch=no"
                                             << "cover_ms"
                                             << "publish.bad_cover" << true;
        QString photos = "media=";
        for (int i = 0; i < 36; ++i)
            photos += QStringLiteral("p%1.jpg|").arg(i);
        photos += "cover_ms=0|allow_stitch=no";
        QTest::newRow("too many photos") << photos << "media"
                                         << "publish.too_many_photos" << true;
        QTest::newRow("bad kind") << "kind=reel"
                                  << "kind"
                                  << "publish.bad_kind" << true;
        QTest::newRow("several files for a video") << "kind=video|media=a.mp4|b.mp4"
                                                   << "media"
                                                   << "publish.bad_kind" << true;
        QTest::newRow("dst gap") << "scheduled_at=2025-03-30T02:30"
                                 << "scheduled_at"
                                 << "publish.time_skipped" << false;
        QTest::newRow("dst overlap") << "scheduled_at=2025-10-26T02:30"
                                     << "scheduled_at"
                                     << "publish.time_repeated" << false;
        QTest::newRow("offset against zone") << "scheduled_at=2025-06-01T18:30-04:00"
                                             << "scheduled_at"
                                             << "publish.zone_offset_mismatch" << false;
        QTest::newRow("deal without disclosure") << "disclosure=none"
                                                 << "disclosure"
                                                 << "publish.deal_without_disclosure" << false;
        QTest::newRow("duet on photos") << "media=a.jpg|cover_ms=0|allow_duet=yes|allow_stitch=no"
                                        << "allow_duet"
                                        << "publish.photo_interaction_ignored" << false;
    }

    void reportsEachProblem()
    {
        QFETCH(QString, changes);
        QFETCH(QString, column);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        // "media=a.jpg|b.jpg" keeps its '|' when the next part has no '='.
        QHash<QString, QString> cells;
        QString last;
        for (const QString &part : changes.split(u'|')) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq < 0 && !last.isEmpty()) {
                cells[last] += "|" + part;
                continue;
            }
            last = part.left(eq);
            cells[last] = part.mid(eq + 1);
        }
        const ImportReport report = importText(kHeader + "\n" + row(cells) + "\n");
        QCOMPARE(report.rowsParsed, 1);
        if (code.isEmpty()) {
            QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
            QCOMPARE(report.validPosts.size(), 1);
            return;
        }
        QVERIFY2(report.problems.size() == 1, qPrintable(describe(report)));
        const ImportProblem &problem = report.problems.first();
        QCOMPARE(problem.row, 2);
        QCOMPARE(problem.column, column);
        QCOMPARE(problem.code, code);
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(problem.severity,
                 isError ? ImportProblem::Severity::Error : ImportProblem::Severity::Warning);
        QCOMPARE(report.validPosts.size(), isError ? 0 : 1);
        QCOMPARE(report.rows[0].outcome,
                 isError ? ImportRowStatus::Outcome::Invalid : ImportRowStatus::Outcome::ValidWithWarnings);
    }

    void dstRowsResolveToTheDocumentedInstants()
    {
        const ImportReport report =
            importText(kHeader + "\n" + row({{"scheduled_at", "2025-03-30T02:30"}}) + "\n"
                       + row({{"scheduled_at", "2025-10-26T02:30"}, {"caption", "other"}}) + "\n");
        QCOMPARE(report.validPosts.size(), 2);
        QCOMPARE(report.validPosts[0].scheduled.utc, utc("2025-03-30T01:00:00Z"));
        QCOMPARE(report.validPosts[0].scheduled.localDateTime, QStringLiteral("2025-03-30T03:00"));
        QCOMPARE(report.validPosts[1].scheduled.utc, utc("2025-10-26T00:30:00Z"));
        QVERIFY(report.problems[0].message.contains(QLatin1String("03:00")));
        QVERIFY(report.problems[1].message.contains(QLatin1String("happens twice")));
    }

    void warnsAboutHeaderAndDuplicates()
    {
        const QString text =
            kHeader + ",notes\n" + row() + ",first\n" + row() + ",again\n" + row() + ",x,extra\n";
        const ImportReport report = importText(text);
        QCOMPARE(report.validPosts.size(), 3);
        QCOMPARE(report.errorCount(), 0);
        QVERIFY(!report.hasFileError());
        QVERIFY2(report.warningCount() == 4, qPrintable(describe(report)));
        QCOMPARE(report.problems[0].row, 1);
        QCOMPARE(report.problems[0].column, QStringLiteral("notes"));
        QCOMPARE(report.problems[0].code, QStringLiteral("publish.csv_unknown_column"));
        QCOMPARE(report.problems[1].row, 3);
        QCOMPARE(report.problems[1].code, QStringLiteral("publish.duplicate_row"));
        QVERIFY(report.problems[1].message.contains(QLatin1String("2")));
        QCOMPARE(report.problems[2].row, 4);
        QCOMPARE(report.problems[2].code, QStringLiteral("publish.csv_extra_cells"));
        QCOMPARE(report.problems[3].code, QStringLiteral("publish.duplicate_row"));
        QCOMPARE(report.rows[0].outcome, ImportRowStatus::Outcome::Valid);
        QCOMPARE(report.rows[2].outcome, ImportRowStatus::Outcome::ValidWithWarnings);
    }

    void refusesFilesWithoutRequiredColumns()
    {
        const ImportReport report =
            importText("Account,Scheduled At,caption\n@studio.paris,2025-06-01T10:00+02:00,x\n");
        QCOMPARE(report.rowsParsed, 1);
        QVERIFY(report.validPosts.isEmpty());
        QVERIFY(report.hasFileError());
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems[0].column, QStringLiteral("media"));
        QCOMPARE(report.problems[0].code, QStringLiteral("publish.csv_missing_column"));
        QCOMPARE(report.problems[1].column, QStringLiteral("privacy"));
        QCOMPARE(report.rows[0].outcome, ImportRowStatus::Outcome::Invalid);
        QCOMPARE(importText("").problems.value(0).code, QStringLiteral("publish.csv_empty"));
    }

    void importsHootsuiteLayout()
    {
        ImportContext c = context();
        c.defaultAccountId = c.accounts[1].id; // Riyadh, +03:00
        c.defaultPrivacy = QStringLiteral("PUBLIC_TO_EVERYONE");
        const QString text = "Date,Message,Link\n"
                             "01/06/2025 18:30,\"Iftar tonight, join us\",https://example.com/menu\n"
                             "2/6/2025 9:05,Morning clip,clips/missing.mp4\n"
                             "31/02/2025 10:00,Bad day,\n"
                             "03/06/2025 12:00,With video,clips/lunch.mp4\n";
        const ImportReport report = importText(text, c);
        QCOMPARE(report.layout, ImportReport::Layout::Hootsuite);
        QCOMPARE(report.rowsParsed, 4);
        QCOMPARE(report.validPosts.size(), 1);
        QCOMPARE(report.rows[0].outcome, ImportRowStatus::Outcome::Invalid); // a web link is not media
        const QList<ImportProblem> first = report.problemsAt(2);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].column, QStringLiteral("link"));
        QCOMPARE(first[0].code, QStringLiteral("publish.media_missing"));
        QCOMPARE(report.problemsAt(3).value(0).code, QStringLiteral("publish.file_missing"));
        QCOMPARE(report.problemsAt(3).value(0).column, QStringLiteral("link"));
        QCOMPARE(report.problemsAt(4).value(0).column, QStringLiteral("date"));
        QCOMPARE(report.problemsAt(4).value(0).code, QStringLiteral("publish.bad_time"));
        const Post &post = report.validPosts[0];
        QCOMPARE(post.accountId, c.accounts[1].id);
        QCOMPARE(post.mediaPath, QStringLiteral("/data/agency/clips/lunch.mp4"));
        QCOMPARE(post.caption, QStringLiteral("With video"));
        QCOMPARE(post.scheduled.timeZone, QStringLiteral("Asia/Riyadh"));
        QCOMPARE(post.scheduled.utc, utc("2025-06-03T09:00:00Z"));
        QCOMPARE(post.privacyLevel, QStringLiteral("PUBLIC_TO_EVERYONE"));
    }

    void hootsuiteWithoutHeaderKeepsWebLinksInTheCaption()
    {
        ImportContext c = context();
        c.accounts.removeLast(); // one account: it is the default
        c.defaultPrivacy = QStringLiteral("public");
        c.fileExists = [](const QString &) { return true; };
        const ImportReport report = importText(
            "15/07/2025 20:00,New recipe,https://example.com/r\n16/07/2025 20:00,Clip,/v/clip.mp4\n", c);
        QCOMPARE(report.layout, ImportReport::Layout::Hootsuite);
        QCOMPARE(report.rowsParsed, 2);
        QCOMPARE(report.rows[0].row, 1);
        QCOMPARE(report.problemsAt(1).value(0).code, QStringLiteral("publish.media_missing"));
        QCOMPARE(report.validPosts.size(), 1);
        QCOMPARE(report.validPosts[0].scheduled.utc, utc("2025-07-16T18:00:00Z"));
        QCOMPARE(report.validPosts[0].mediaPath, QStringLiteral("/v/clip.mp4"));

        c.defaultPrivacy.clear();
        const ImportReport noPrivacy = importText("15/07/2025 20:00,New recipe,https://example.com/r\n", c);
        QCOMPARE(noPrivacy.problems.size(), 1);
        QCOMPARE(noPrivacy.problems[0].code, QStringLiteral("publish.privacy_required"));
        QCOMPARE(noPrivacy.problems[0].row, 0);
        QVERIFY(noPrivacy.hasFileError());

        ImportContext two = context();
        two.defaultPrivacy = QStringLiteral("public");
        const ImportReport noAccount = importText("Date,Message,Link\n15/07/2025 20:00,x,/v/a.mp4\n", two);
        QCOMPARE(noAccount.problems.value(0).code, QStringLiteral("publish.account_required"));
        QCOMPARE(noAccount.rowsParsed, 1);
        QVERIFY(noAccount.validPosts.isEmpty());
    }

    void defusesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("plus") << "+33 6 12"
                              << "'+33 6 12";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "\"'\r=1\"";
        QTest::newRow("plain") << "hello"
                               << "hello";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::newRow("separator") << "a,b"
                                   << "\"a,b\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
    }

    void defusesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell, u','), encoded);
        QCOMPARE(CsvWriter::restoreFormula(CsvWriter::defuseFormula(cell)), cell);
    }

    void exportsDefusedCells()
    {
        Post post;
        post.accountId = context().accounts[0].id;
        post.mediaPath = QStringLiteral("/v/a.mp4");
        post.caption = QStringLiteral("=cmd|' /C calc'!A0");
        post.privacyLevel = QStringLiteral("SELF_ONLY");
        post.scheduled = {QStringLiteral("2025-06-01T18:30"), QStringLiteral("Europe/Paris"),
                          utc("2025-06-01T16:30:00Z")};
        const QByteArray csv = PostCsvExporter::write({post}, context().accounts, {u',', false});
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0],
                 QByteArray("account,scheduled_at,time_zone,media,kind,caption,title,privacy,"
                            "allow_comment,allow_duet,allow_stitch,disclosure,is_aigc,cover_ms,deal_id\r"));
        QCOMPARE(lines[1], QByteArray("studio.paris,2025-06-01T18:30:00+02:00,Europe/Paris,/v/a.mp4,video,"
                                      "'=cmd|' /C calc'!A0,,SELF_ONLY,false,false,false,none,false,0,\r"));
        QVERIFY(PostCsvExporter::write({post}, context().accounts).startsWith("\xEF\xBB\xBF"));
    }

    void exportRoundTripsThroughTheImporter()
    {
        const ImportContext c = context();
        QList<Post> posts;
        Post video;
        video.accountId = c.accounts[0].id;
        video.kind = PostKind::VideoFile;
        video.mediaPath = QStringLiteral("/media/clips/one; two, \"three\".mp4");
        video.caption = QString::fromUtf8("@partner -20% ce soir ; \"promo\", #été\nligne 2");
        video.privacyLevel = QStringLiteral("MUTUAL_FOLLOW_FRIENDS");
        video.allowComment = true;
        video.allowStitch = true;
        video.brandContent = true;
        video.isAigc = true;
        video.coverMs = 2500;
        video.dealId = QStringLiteral("D-7");
        video.scheduled = {QStringLiteral("2025-10-26T02:30"), QStringLiteral("Europe/Paris"),
                           utc("2025-10-26T01:30:00Z")}; // the second 02:30: the offset keeps it exact
        Post project;
        project.accountId = c.accounts[1].id;
        project.kind = PostKind::Project;
        project.projectPath = QStringLiteral("/media/projects/iftar.montaj");
        project.caption = QString::fromUtf8("إفطار اليوم #رمضان");
        project.privacyLevel = QStringLiteral("FOLLOWER_OF_CREATOR");
        project.brandOrganic = true;
        project.scheduled = {QStringLiteral("2025-03-01T19:00"), QStringLiteral("Asia/Riyadh"),
                             utc("2025-03-01T16:00:00Z")};
        Post photos;
        photos.accountId = c.accounts[0].id;
        photos.kind = PostKind::PhotoCarousel;
        photos.photoPaths = {QStringLiteral("/media/p/1.jpg"), QStringLiteral("/media/p/2.webp")};
        photos.photoTitle = QStringLiteral("=Title");
        photos.caption = QString(3000, u'd');
        photos.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
        photos.coverMs = 1;
        photos.scheduled = {QStringLiteral("2025-07-01T08:00"), QStringLiteral("America/New_York"),
                            utc("2025-07-01T12:00:00Z")};
        posts << video << project << photos;

        for (const QChar separator : {QChar(u','), QChar(u';')}) {
            const QByteArray csv = PostCsvExporter::write(posts, c.accounts, {separator, true});
            const ImportReport report = PostCsvImporter::dryRun(csv, QStringLiteral("/elsewhere/x.csv"), c);
            QCOMPARE(report.separator, separator);
            // The video's time sits in the fall-back hour with an explicit offset: no DST warning.
            QVERIFY2(report.problems.isEmpty(), qPrintable(describe(report)));
            QCOMPARE(report.validPosts.size(), posts.size());
            for (qsizetype i = 0; i < posts.size(); ++i) {
                const Post &in = posts[i];
                const Post &out = report.validPosts[i];
                QCOMPARE(out.accountId, in.accountId);
                QCOMPARE(montaj::toString(out.kind), montaj::toString(in.kind));
                QCOMPARE(out.mediaPath, in.mediaPath);
                QCOMPARE(out.projectPath, in.projectPath);
                QCOMPARE(out.photoPaths, in.photoPaths);
                QCOMPARE(out.caption, in.caption);
                QCOMPARE(out.photoTitle, in.photoTitle);
                QCOMPARE(out.privacyLevel, in.privacyLevel);
                QCOMPARE(out.allowComment, in.allowComment);
                QCOMPARE(out.allowDuet, in.allowDuet);
                QCOMPARE(out.allowStitch, in.allowStitch);
                QCOMPARE(out.brandOrganic, in.brandOrganic);
                QCOMPARE(out.brandContent, in.brandContent);
                QCOMPARE(out.isAigc, in.isAigc);
                QCOMPARE(out.coverMs, in.coverMs);
                QCOMPARE(out.dealId, in.dealId);
                QCOMPARE(out.scheduled.utc, in.scheduled.utc);
                QCOMPARE(out.scheduled.timeZone, in.scheduled.timeZone);
                QCOMPARE(out.scheduled.localDateTime, in.scheduled.localDateTime);
            }
        }
    }

    void importsTenThousandRowsQuickly()
    {
        ImportContext c = context();
        c.privacyOptions.clear();
        QString text = kHeader + "\n";
        text.reserve(2'000'000);
        const QStringList zones{"Europe/Paris", "America/New_York", "Asia/Riyadh", "Australia/Lord_Howe"};
        for (int i = 0; i < 10'000; ++i) {
            const QDateTime at = utc("2025-02-01T00:00:00Z").addSecs(qint64(i) * 3600);
            text += QStringLiteral(
                        "%1,%2,%3,clips/v%4.mp4,,\"Post %4, with \"\"quotes\"\" #tag%4 @guest\",public,"
                        "yes,no,no,none,no,%5,\n")
                        .arg(i % 2 ? QStringLiteral("studio.paris") : QStringLiteral("@riyadh_eats"),
                             at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), zones[i % zones.size()])
                        .arg(i)
                        .arg(i * 10);
        }
        const QByteArray bytes = text.toUtf8();
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = PostCsvImporter::dryRun(bytes, kCsvPath, c);
        const qint64 ms = timer.elapsed();
        qInfo("parsed and validated 10,000 rows (%lld bytes) in %lld ms",
              static_cast<long long>(bytes.size()), static_cast<long long>(ms));
        QCOMPARE(report.rowsParsed, 10'000);
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.validPosts.size(), 10'000);
        QCOMPARE(report.rows.last().row, 10'001);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestPostCsv)
#include "tst_postcsv.moc"
