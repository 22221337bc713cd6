// The Reach page against a real SQLite workspace: an account's history in use (and refused from
// another platform profile), the estimate with its drivers, the best-time heatmap, live updates as
// the draft changes, and the calibration seeded from the account's own past and saved on disk.

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/foundation/localization.h"
#include "core/publish/store/workspaceservice.h"
#include "core/reach/reachstore.h"
#include "reachtesthelpers.h"
#include "ui/reach/besttimeheatmap.h"
#include "ui/reach/logscaleaxis.h"
#include "ui/reach/postdraft.h"
#include "ui/reach/reachdistributionchart.h"
#include "ui/reach/reachdraftpanel.h"
#include "ui/reach/reachpage.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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

// Opens a SQLite workspace in `dir` with one TikTok account, @ann in Paris.
Result<WorkspaceAccount> openWithAnn(WorkspaceService &service, const QTemporaryDir &dir)
{
    std::optional<Result<void>> opened;
    service.open(WorkspaceLocation::sqlite(dir.filePath("workspace.sqlite")),
                 [&opened](Result<void> r) { opened.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!opened && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!opened)
        return Error("test.timeout", "the workspace did not open");
    if (!*opened)
        return opened->error();
    WorkspaceAccount ann;
    ann.profileId = "tiktok";
    ann.username = "ann";
    ann.openId = "7000000000000000001";
    ann.timeZone = "Europe/Paris";
    ann.colour = "#336699";
    return runSync<WorkspaceAccount>(service, [ann](WorkspaceStore &s) { return s.saveAccount(ann); });
}

// A project file with one clip of `seconds` and, when asked, one caption cue.
QString writeProject(const QString &path, int seconds, bool captions)
{
    ProjectDocument doc;
    Clip clip;
    clip.mediaPath = QStringLiteral("/media/take.mp4");
    clip.outUs = qint64(seconds) * 1'000'000;
    clip.sourceDurationUs = clip.outUs;
    clip.sourceSize = QSize(1080, 1920);
    if (!doc.addClip(clip))
        return {};
    if (captions && !doc.addCaptionCue(CaptionCue{0, 2'000'000, QStringLiteral("Bonjour"), {}}))
        return {};
    return ProjectFile::save(doc, path) ? path : QString();
}

int indexOfText(const QComboBox *box, const QString &text)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).contains(text))
            return i;
    return -1;
}

// The tick labels of the distribution chart's views axis.
QStringList viewTicks(const ReachPage &page)
{
    const auto *chart = page.findChild<ReachDistributionChart *>();
    const auto axes = chart ? chart->chart()->axes(Qt::Vertical) : QList<QAbstractAxis *>();
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
    return axis ? axis->categoriesLabels() : QStringList();
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
        QVERIFY(openWithAnn(service, dir).ok());

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

        // The views axis is labelled by QLocale, at powers of ten.
        QVERIFY2(viewTicks(page).contains("1,000"), qPrintable(viewTicks(page).join('|')));

        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(page.grab().save(QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-page.png")));
        for (const auto &[language, name] :
             {std::pair{Language::Arabic, "ar"}, std::pair{Language::French, "fr"}}) {
            QVERIFY(localization.setLanguage(language).ok());
            QApplication::setLayoutDirection(localization.direction());
            QCoreApplication::processEvents();
            QVERIFY2(!summary->text().startsWith("Compared"), qPrintable(summary->text()));
            const QString thousand = QLocale().toString(1000);
            QVERIFY2(viewTicks(page).contains(thousand) && thousand != "1,000" && thousand != "1000",
                     qPrintable(viewTicks(page).join('|')));
            QVERIFY(page.grab().save(
                QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-page-%1.png").arg(QLatin1String(name))));
        }
        QVERIFY(localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        // A page opened later finds the saved history.
        ReachPage again(service, nullptr, paths);
        QTRY_VERIFY2(again.statusText().contains("views in 7 days"), qPrintable(again.statusText()));
    }

    // Reach data that cannot be read is moved aside and named on the page for the whole session;
    // the page starts afresh and never saves over it.
    void aDamagedStoreIsKeptNotOverwritten()
    {
        Localization localization;
        QVERIFY(localization.setLanguage(Language::English).ok());
        QTemporaryDir dir;
        WorkspaceService service;
        QVERIFY(openWithAnn(service, dir).ok());
        const AppPaths paths = AppPaths::underRoot(dir.path());
        const QString path = ReachStore::defaultPath(paths);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        const QByteArray damaged = "{\"format\": \"montaj-reach\", \"calibrations\": [";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(damaged) == damaged.size());
        }
        ReachPage page(service, nullptr, paths);
        page.show();
        auto *problem = page.findChild<QLabel *>("reachStoreProblem");
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        const QStringList kept = QDir(QFileInfo(path).path()).entryList({"reach.json.damaged-*"});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(problem->text().contains("could not be read") && problem->text().contains(kept.first()),
                 qPrintable(problem->text()));
        // The page works on (a history, a calibration saved) and the message stays.
        auto *accounts = page.findChild<QComboBox *>("reachAccount");
        QTRY_COMPARE(accounts->count(), 1);
        QRandomGenerator rng(5);
        QVERIFY(page.useHistory(reachtest::makeCreator("ann", {}, rng)).ok());
        QTRY_VERIFY2(page.statusText().contains("views in 7 days"), qPrintable(page.statusText()));
        QVERIFY(problem->isVisible());
        const auto fresh = ReachStore::load(path);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->calibration("tiktok", "ann").observations().size(), 15);
        QFile keptFile(QFileInfo(path).path() + u'/' + kept.first());
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), damaged);
        // In the language of the moment.
        const QString english = problem->text();
        QVERIFY(localization.setLanguage(Language::French).ok());
        QCoreApplication::processEvents();
        QVERIFY2(problem->text() != english && problem->text().contains(kept.first()),
                 qPrintable(problem->text()));
        QVERIFY(localization.setLanguage(Language::Arabic).ok());
        QApplication::setLayoutDirection(localization.direction());
        QCoreApplication::processEvents();
        QVERIFY2(problem->text().contains(kept.first()), qPrintable(problem->text()));
        page.resize(1200, 900);
        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(page.grab().save(QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-store-kept-ar.png")));
        QVERIFY(localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    // The views axis is never unlabelled: a narrow range gets lines at 2× and 5× as well.
    void aNarrowRangeStillHasLabels()
    {
        QCategoryAxis *axis = LogScaleAxis::create(nullptr, 1333, 6750);
        QCOMPARE(axis->categoriesLabels(), (QStringList{QLocale().toString(2000), QLocale().toString(5000)}));
        delete axis;
        axis = LogScaleAxis::create(nullptr, 70, 150'000);
        QCOMPARE(axis->categoriesLabels(),
                 (QStringList{QLocale().toString(100), QLocale().toString(1000), QLocale().toString(10'000),
                              QLocale().toString(100'000)}));
        delete axis;
    }

    // A post's draft, the same before it goes out (Reach page) and after (the follow-up's estimate):
    // a project post takes its length and captions from its project; an unreadable one says so.
    void aPostMakesOneDraft()
    {
        QTemporaryDir dir;
        Post post;
        post.kind = PostKind::Project;
        post.projectPath = writeProject(dir.filePath("p.montaj"), 47, true);
        post.caption = "Essai #test";
        post.brandContent = true;
        post.scheduled.utc = QDateTime(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc());
        const PostDraft d = PostDraft::of(post, QTimeZone("Europe/Paris"));
        QCOMPARE(d.draft.durationSec, 47);
        QCOMPARE(d.draft.hasCaptions, std::optional<bool>(true));
        QCOMPARE(d.draft.disclosed, std::optional<bool>(true));
        QCOMPARE(d.draft.caption, post.caption);
        QCOMPARE(d.draft.postAtUtc, post.scheduled.utc);
        QCOMPARE(d.draft.audienceZone, QTimeZone("Europe/Paris"));
        QVERIFY(d.project && !d.projectError);

        post.projectPath = dir.filePath("gone.montaj");
        const PostDraft gone = PostDraft::of(post, QTimeZone("Europe/Paris"));
        QVERIFY(!gone.project && gone.projectError);
        QCOMPARE(gone.draft.durationSec, -1);

        post.kind = PostKind::PhotoCarousel;
        QVERIFY(PostDraft::of(post, QTimeZone::utc()).draft.isPhoto);
    }

    // Projects are drafts: a project file, the project open on the Edit page (followed as it is
    // edited), and a scheduled post that renders a project. The project gives the length and the
    // captions; the caption and time stay the user's. A broken project is named and changes nothing.
    void projectsAreDrafts()
    {
        Localization localization;
        QVERIFY(localization.setLanguage(Language::English).ok());
        QTemporaryDir dir;
        WorkspaceService service;
        const auto saved = openWithAnn(service, dir);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
        const QString scheduledProject = writeProject(dir.filePath("scheduled.montaj"), 95, false);
        QVERIFY(!scheduledProject.isEmpty());
        Post post;
        post.accountId = saved->id;
        post.kind = PostKind::Project;
        post.projectPath = scheduledProject;
        post.caption = "Recette du dimanche #cuisine";
        post.scheduled.utc = QDateTime::currentDateTimeUtc().addDays(2);
        post.scheduled.timeZone = "Europe/Paris";
        post.scheduled.localDateTime =
            post.scheduled.utc.toTimeZone(QTimeZone("Europe/Paris")).toString("yyyy-MM-ddTHH:mm");
        const auto created =
            runSync<Post>(service, [post](WorkspaceStore &s) { return s.createPost(post, "user:test"); });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));

        const AppPaths paths = AppPaths::underRoot(dir.path());
        ReachPage page(service, nullptr, paths);
        page.resize(1200, 900);
        page.show();
        QTRY_COMPARE(page.findChild<QComboBox *>("reachAccount")->count(), 1);
        QRandomGenerator rng(3);
        QVERIFY(page.useHistory(reachtest::makeCreator("someone", {}, rng)).ok());
        ReachDraftPanel *panel = page.draftPanel();
        auto *source = panel->findChild<QComboBox *>("reachDraftSource");
        auto *duration = panel->findChild<QSpinBox *>("reachDuration");
        auto *captions = panel->findChild<QCheckBox *>("reachHasCaptions");
        auto *caption = panel->findChild<QPlainTextEdit *>("reachCaption");
        QVERIFY(source && duration && captions && caption);
        QTRY_VERIFY(indexOfText(source, "Recette du dimanche") > 0);

        // A project file: 4 minutes with captions. The estimate follows (the long-video driver).
        caption->setPlainText("My own caption #daily");
        const QString file = writeProject(dir.filePath("long take.montaj"), 240, true);
        QVERIFY(panel->openProjectFile(file));
        QCOMPARE(source->currentText(), QString("Project: long take.montaj"));
        QCOMPARE(panel->draft().durationSec, 240);
        QCOMPARE(panel->draft().hasCaptions, std::optional<bool>(true));
        QCOMPARE(panel->draft().caption, QString("My own caption #daily"));
        QVERIFY2(panel->sourceNote().startsWith("From the project: 240 s of video, with captions."),
                 qPrintable(panel->sourceNote()));
        QTRY_VERIFY2(
            driverTexts(page.driverList()).join('|').contains("A 240 s video rather than your usual"),
            qPrintable(driverTexts(page.driverList()).join('|')));

        // A broken project file is named with its line; the draft stays as it was.
        const QString broken = dir.filePath("broken.montaj");
        QFile bad(broken);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\n  \"schema\": \"montaj.project\",\n  \"clips\": [ oops\n");
        bad.close();
        QVERIFY(!panel->openProjectFile(broken));
        QVERIFY2(panel->sourceNote().contains("broken.montaj") && panel->sourceNote().contains("line: 3"),
                 qPrintable(panel->sourceNote()));
        QCOMPARE(panel->draft().durationSec, 240);
        QCOMPARE(source->currentText(), QString("Project: long take.montaj"));

        // A project longer than ten minutes keeps its length (the field goes to an hour).
        QVERIFY(panel->openProjectFile(writeProject(dir.filePath("talk.montaj"), 900, false)));
        QCOMPARE(panel->draft().durationSec, 900);
        // Changing a value here: the note no longer claims it comes from the project.
        duration->setValue(880);
        QVERIFY2(panel->sourceNote().isEmpty(), qPrintable(panel->sourceNote()));
        // Deleted since it was opened: chosen again, it says so, is no longer offered, and the
        // values stay as typed ones.
        QVERIFY(QFile::remove(dir.filePath("talk.montaj")));
        int i = indexOfText(source, "Project: talk.montaj");
        source->setCurrentIndex(i);
        Q_EMIT source->activated(i);
        QVERIFY2(panel->sourceNote().contains("talk.montaj"), qPrintable(panel->sourceNote()));
        QCOMPARE(indexOfText(source, "Project: talk.montaj"), -1);
        QCOMPARE(source->currentIndex(), 0);
        QCOMPARE(panel->draft().durationSec, 880);

        // The scheduled post renders a project: its length comes from the project.
        i = indexOfText(source, "Recette du dimanche");
        source->setCurrentIndex(i);
        Q_EMIT source->activated(i);
        QCOMPARE(panel->draft().durationSec, 95);
        QCOMPARE(panel->draft().hasCaptions, std::optional<bool>(false));
        QCOMPARE(panel->draft().caption, QString("Recette du dimanche #cuisine"));
        QCOMPARE(panel->postId(), created->id);

        // The Edit page's project: offered by name, chosen, then followed as it is edited.
        ProjectState state;
        Clip clip;
        clip.outUs = 12'000'000;
        state.clips << clip;
        panel->setEditProject("recette", ProjectReachFacts::of(state));
        i = indexOfText(source, "Project on the Edit page: recette");
        QVERIFY(i > 0);
        QCOMPARE(panel->draft().durationSec, 95); // offered, not chosen
        source->setCurrentIndex(i);
        Q_EMIT source->activated(i);
        QCOMPARE(panel->draft().durationSec, 12);
        QVERIFY(panel->postId().isEmpty());
        state.clips << clip;
        state.captions.cues << CaptionCue{0, 1'000'000, QStringLiteral("Salut"), {}};
        panel->setEditProject("recette", ProjectReachFacts::of(state));
        QCOMPARE(panel->draft().durationSec, 24);
        QCOMPARE(panel->draft().hasCaptions, std::optional<bool>(true));
        // An edit that does not change the draft (a text overlay) leaves the user's values alone.
        captions->setChecked(false);
        state.overlays << TextOverlay{};
        panel->setEditProject("recette", ProjectReachFacts::of(state));
        QCOMPARE(panel->draft().hasCaptions, std::optional<bool>(false));
        QVERIFY(panel->sourceNote().isEmpty()); // the values are the user's now
        // The next edit that changes the draft applies the project again.
        state.clips << clip;
        panel->setEditProject("recette", ProjectReachFacts::of(state));
        QCOMPARE(panel->draft().durationSec, 36);
        QCOMPARE(panel->draft().hasCaptions, std::optional<bool>(true));
        QVERIFY2(panel->sourceNote().startsWith("From the project: 36 s of video, with captions."),
                 qPrintable(panel->sourceNote()));
        QTRY_VERIFY2(!driverTexts(page.driverList()).join('|').contains("A 240 s video"),
                     qPrintable(driverTexts(page.driverList()).join('|')));

        QDir().mkpath(MONTAJ_SCREENSHOT_DIR);
        QVERIFY(page.grab().save(QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-project.png")));
        for (const auto &[language, name] :
             {std::pair{Language::Arabic, "ar"}, std::pair{Language::French, "fr"}}) {
            QVERIFY(localization.setLanguage(language).ok());
            QApplication::setLayoutDirection(localization.direction());
            QCoreApplication::processEvents();
            QVERIFY2(!panel->sourceNote().isEmpty() && !panel->sourceNote().startsWith("From the project"),
                     qPrintable(panel->sourceNote()));
            QCOMPARE(source->currentIndex(), indexOfText(source, "recette")); // still the Edit page's
            QVERIFY(page.grab().save(
                QStringLiteral(MONTAJ_SCREENSHOT_DIR "/reach-project-%1.png").arg(QLatin1String(name))));
        }
        QVERIFY(localization.setLanguage(Language::English).ok());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        // The Edit page closes its project: the draft keeps its values as typed ones.
        panel->setEditProject(QString(), ProjectReachFacts{});
        QCOMPARE(source->currentIndex(), 0);
        QCOMPARE(panel->draft().durationSec, 36);
        QVERIFY(panel->sourceNote().isEmpty());
    }
};

QTEST_MAIN(TestReachPage)
#include "tst_reachpage.moc"
