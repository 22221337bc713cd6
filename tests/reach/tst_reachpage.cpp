// The Reach page against a real SQLite workspace: an account's history in use (and refused from
// another platform profile), the estimate with its drivers, the best-time heatmap, live updates as
// the draft changes, and the calibration seeded from the account's own past and saved on disk.

#include "core/foundation/localization.h"
#include "core/publish/store/workspaceservice.h"
#include "core/reach/reachstore.h"
#include "reachtesthelpers.h"
#include "ui/reach/besttimeheatmap.h"
#include "ui/reach/reachdraftpanel.h"
#include "ui/reach/reachpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;
using namespace montaj::ui;

namespace {

template<typename T>
Result<T> runSync(WorkspaceService &service, std::function<Result<T>(WorkspaceStore &)> work)
{
    std::optional<Result<T>> out;
    service.run<T>(&service, std::move(work), [&out](Result<T> r) { out.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!out && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!out)
        return Error("test.timeout", "the workspace did not answer");
    return std::move(*out);
}

QStringList driverTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

class TestReachPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void estimatesTheAccountsDraftsLive()
    {
        Localization localization; // English plural forms, then Arabic and French for the screenshots
        QVERIFY(localization.setLanguage(Language::English).ok());
        QTemporaryDir dir;
        WorkspaceService service;
        std::optional<bool> opened;
        service.open(WorkspaceLocation::sqlite(dir.filePath("workspace.sqlite")),
                     [&opened](Result<void> r) { opened = r.ok(); });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(*opened);
        WorkspaceAccount ann;
        ann.profileId = "tiktok";
        ann.username = "ann";
        ann.openId = "7000000000000000001";
        ann.timeZone = "Europe/Paris";
        ann.colour = "#336699";
        QVERIFY(
            runSync<WorkspaceAccount>(service, [ann](WorkspaceStore &s) { return s.saveAccount(ann); }).ok());

        const AppPaths paths = AppPaths::underRoot(dir.path());
        ReachPage page(service, nullptr, paths);
        page.resize(1200, 900);
        page.show();
        auto *accounts = page.findChild<QComboBox *>("reachAccount");
        QVERIFY(accounts);
        QTRY_COMPARE(accounts->count(), 1);
        QTRY_VERIFY2(page.statusText().contains("No history for @ann"), qPrintable(page.statusText()));

        // A history from the other TikTok app is refused: different audience.
        QRandomGenerator rng(3);
        const ReachHistory us = reachtest::makeCreator(
            "ann", {}, rng, QDateTime(QDate(2025, 6, 1), QTime(12, 0), QTimeZone::utc()), "tiktok-us");
        QCOMPARE(page.useHistory(us).error().code, QString("reach.profile_mismatch"));

        const ReachHistory global = reachtest::makeCreator("someone", {}, rng);
        const auto used = page.useHistory(global);
        QVERIFY2(used.ok(), used.ok() ? "" : qPrintable(used.error().toString()));
        QCOMPARE(page.history().creator, QString("ann"));
        QVERIFY2(page.statusText().contains("views in 7 days"), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains("from 20 earlier videos"), qPrintable(page.statusText()));
        auto *heatmap = page.findChild<BestTimeHeatmap *>();
        QVERIFY(heatmap && heatmap->bestTime().isValid());

        // Saved: the history and a calibration started from the account's own past.
        const auto store = ReachStore::load(ReachStore::defaultPath(paths));
        QVERIFY(store.ok());
        QCOMPARE(store->calibration("tiktok", "ann").observations().size(), 15);
        QVERIFY(store->history("tiktok", "ann").ok());

        // Live: a much longer video than usual shows up in the drivers.
        auto *duration = page.draftPanel()->findChild<QSpinBox *>("reachDuration");
        QVERIFY(duration);
        duration->setValue(240);
        QTRY_VERIFY2(
            driverTexts(page.driverList()).join('|').contains("A 240 s video rather than your usual"),
            qPrintable(driverTexts(page.driverList()).join('|')));
        const QString before = page.statusText();
        auto *caption = page.draftPanel()->findChild<QPlainTextEdit *>("reachCaption");
        caption->setPlainText("A much longer caption that talks about the video at some length #daily #new");
        QTRY_VERIFY(page.statusText() != before || !driverTexts(page.driverList()).isEmpty());

        // The follow-up summary tells how the past estimates fared; the creator's own past (all at
        // least 7 days old) teaches no first-day correction.
        auto *summary = page.findChild<QLabel *>("reachFollowUpSummary");
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith("Compared 15 times: ") && !summary->text().contains("First-day"),
                 qPrintable(summary->text()));

        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(page.grab().save(QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-page.png")));
        for (const auto &[language, name] :
             {std::pair{Language::Arabic, "ar"}, std::pair{Language::French, "fr"}}) {
            QVERIFY(localization.setLanguage(language).ok());
            QApplication::setLayoutDirection(localization.direction());
            QCoreApplication::processEvents();
            QVERIFY2(!summary->text().startsWith("Compared"), qPrintable(summary->text()));
            QVERIFY(page.grab().save(
                QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-page-%1.png").arg(QLatin1String(name))));
        }
        QVERIFY(localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        // A page opened later finds the saved history.
        ReachPage again(service, nullptr, paths);
        QTRY_VERIFY2(again.statusText().contains("views in 7 days"), qPrintable(again.statusText()));
    }
};

QTEST_MAIN(TestReachPage)
#include "tst_reachpage.moc"
