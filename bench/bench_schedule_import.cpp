// Bulk scheduling speed: a 10,000-row schedule CSV (40 accounts, times with offsets and zones,
// captions with hashtags, Arabic and French text) imported by `montajctl schedule import
// --import-valid` into a fresh SQLite workspace — parsing, checking every row and storing posts
// with their audit events — against the sqlite3 CLI loading the same file raw (`.import`, no
// checks) in the same run. Target: ≤ 2 s for Montaj.

#include "bench/benchsupport.h"
#include "core/publish/store/workspacestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace montaj;

namespace {

constexpr int kAccounts = 40;
constexpr int kRows = 10000;

bool makeWorkspace(const QString &path)
{
    auto store = WorkspaceStore::open(WorkspaceLocation::sqlite(path));
    if (!store)
        return false;
    for (int i = 1; i <= kAccounts; ++i) {
        WorkspaceAccount a;
        a.profileId = QStringLiteral("sandbox");
        a.openId = QStringLiteral("70000000000000%1").arg(i, 5, 10, QLatin1Char('0'));
        a.username = QStringLiteral("creator_%1").arg(i);
        a.displayName = a.username;
        a.timeZone = i % 2 ? QStringLiteral("Europe/Paris") : QStringLiteral("Asia/Riyadh");
        if (!(*store)->saveAccount(a))
            return false;
    }
    return true;
}

QByteArray makeCsv(const QString &media)
{
    QByteArray csv = "account,scheduled_at,time_zone,media,caption,privacy,allow_comment,allow_duet,"
                     "allow_stitch,disclosure,is_aigc,cover_ms,deal_id\n";
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
    const QStringList captions = {
        QStringLiteral("Recette du jour : tarte aux pommes #cuisine #été @chef.lea"),
        QStringLiteral("وصفة اليوم سهلة وسريعة #رمضان #طبخ"),
        QStringLiteral("Morning routine, part %1 #fyp #morning")};
    for (int i = 0; i < kRows; ++i) {
        const int account = i % kAccounts + 1;
        const QString zone = account % 2 ? QStringLiteral("Europe/Paris") : QStringLiteral("Asia/Riyadh");
        const QDateTime local = start.addSecs(qint64(i) * 300).toTimeZone(QTimeZone(zone.toUtf8()));
        QString caption = captions.at(i % captions.size());
        if (caption.contains(QLatin1String("%1")))
            caption = caption.arg(i);
        caption += QStringLiteral(" #%1").arg(i);
        csv += QStringLiteral("creator_%1,%2,%3,%4,\"%5\",PUBLIC_TO_EVERYONE,%6,false,false,none,false,%7,\n")
                   .arg(account)
                   .arg(local.toString(Qt::ISODate), zone, media, caption,
                        i % 3 ? QStringLiteral("true") : QStringLiteral("false"))
                   .arg((i % 10) * 100)
                   .toUtf8();
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 3;
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    const QString media = dir.filePath(QStringLiteral("clip.mp4"));
    QFile(media).open(QIODevice::WriteOnly);
    const QString csvPath = dir.filePath(QStringLiteral("schedule.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(makeCsv(media)) < 0)
        return 1;
    csv.close();

    const QString montajctl =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/montajctl/montajctl"));
    QList<double> montaj, peer;
    int imported = -1;
    for (int run = 0; run < runs; ++run) {
        const QString workspace = dir.filePath(QStringLiteral("ws%1.sqlite").arg(run));
        if (!makeWorkspace(workspace)) {
            std::fprintf(stderr, "bench_schedule_import: cannot make the workspace\n");
            return 1;
        }
        const double s = bench::runTimed(montajctl, {QStringLiteral("schedule"), QStringLiteral("import"),
                                                     csvPath, QStringLiteral("--import-valid"),
                                                     QStringLiteral("--workspace"), workspace});
        if (s < 0) {
            std::fprintf(stderr, "bench_schedule_import: montajctl failed\n");
            return 1;
        }
        montaj.append(s);
        auto store = WorkspaceStore::open(WorkspaceLocation::sqlite(workspace));
        if (store) {
            PostFilter all;
            const auto posts = (*store)->posts(all);
            imported = posts ? int(posts->size()) : -1;
        }
        const QString raw = dir.filePath(QStringLiteral("raw%1.sqlite").arg(run));
        const double p = bench::runTimed(
            QStringLiteral("sqlite3"), {raw, QStringLiteral(".mode csv"),
                                        QStringLiteral(".import ") + csvPath + QStringLiteral(" posts_raw")});
        if (p < 0) {
            std::fprintf(stderr, "bench_schedule_import: the sqlite3 CLI failed\n");
            return 1;
        }
        peer.append(p);
        std::printf("run %d: montajctl %.3f s, sqlite3 .import %.3f s\n", run + 1, s, p);
    }
    const double m = bench::median(montaj);
    const double q = bench::median(peer);
    std::printf("BENCH schedule_import rows=%d imported=%d runs=%d montaj_s=%.3f sqlite3_cli_import_s=%.3f "
                "ratio_to_sqlite3_cli=%.2f target_s=2.0\n",
                kRows, imported, runs, m, q, q > 0 ? m / q : 0.0);
    return imported == kRows ? 0 : 1;
}
