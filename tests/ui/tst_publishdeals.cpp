// Brand deals across the studio, against a real SQLite workspace (WorkspaceService and DealService on
// their own threads): the composer links a post to a deal's deliverable and refuses to schedule a
// French deliverable until "Publicité" opens the caption, "Branded content" is on and the project
// shows the label the whole time; a post inside another brand's exclusivity needs an explicit
// confirmation; the publish calendar shows the posting windows of the visible range (month bands,
// week header bands, a click asks for the deal); the Edit page's "Add disclosure label…" adds the
// right overlays as one undo step and never twice — and screenshots of the Collaborations page's
// deal view and of the calendar with a posting window in English, Arabic and French.

#include "core/deals/dealservice.h"
#include "core/deals/disclosureoverlay.h"
#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "core/publish/store/workspaceservice.h"
#include "tests/support/mediafixtures.h"
#include "ui/deals/collaborationspage.h"
#include "ui/deals/dealchecks.h"
#include "ui/deals/deallinkbox.h"
#include "ui/deals/dealview.h"
#include "ui/deals/pipelineboard.h"
#include "ui/edit/editpage.h"
#include "ui/edit/editsession.h"
#include "ui/mainwindow.h"
#include "ui/pagecatalog.h"
#include "ui/publish/composerdialog.h"
#include "ui/publish/consentpanel.h"
#include "ui/publish/creatorheader.h"
#include "ui/publish/disclosurebox.h"
#include "ui/publish/monthview.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/publishpage.h"
#include "ui/publish/schedulefield.h"
#include "ui/publish/weekview.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace montaj;
using namespace montaj::ui;

namespace {

constexpr qint64 kS = 1'000'000;

template<typename Service, typename Store, typename T>
Result<T> waitFor(Service &service, std::function<Result<T>(Store &)> work)
{
    std::optional<Result<T>> out;
    service.template run<T>(&service, std::move(work), [&out](Result<T> r) { out.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!out && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!out)
        return Error(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*out);
}

template<typename T>
Result<T> onDeals(DealService &deals, std::function<Result<T>(DealStore &)> work)
{
    return waitFor<DealService, DealStore, T>(deals, std::move(work));
}

template<typename T>
Result<T> onWorkspace(WorkspaceService &ws, std::function<Result<T>(WorkspaceStore &)> work)
{
    return waitFor<WorkspaceService, WorkspaceStore, T>(ws, std::move(work));
}

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// A brand, its deal and one deliverable, created in the store.
struct Made
{
    Brand brand;
    Deal deal;
    DealDeliverable deliverable;
};

Result<Made> makeDeal(DealStore &store, const QString &brandName, Deal deal, DealDeliverable v)
{
    Brand brand;
    brand.name = brandName;
    brand.country = QStringLiteral("FR");
    brand.category = deal.productCategory;
    auto savedBrand = store.saveBrand(brand);
    if (!savedBrand)
        return savedBrand.error();
    deal.brandId = savedBrand->id;
    auto created = store.createDeal(deal, QStringLiteral("test"));
    if (!created)
        return created.error();
    v.dealId = created->id;
    auto savedV = store.saveDeliverable(v);
    if (!savedV)
        return savedV.error();
    return Made{*savedBrand, *created, *savedV};
}

Deal frenchDeal(const QString &title)
{
    Deal d;
    d.title = title;
    d.productCategory = QStringLiteral("coffee");
    d.fee = Money::fromMinor(50000, QStringLiteral("EUR")).value();
    d.jurisdictions = {QStringLiteral("FR")};
    d.disclosure = DisclosureType::PaidPartnership;
    d.stage = DealStage::Contracted;
    return d;
}

DealDeliverable windowed(const QDateTime &from, const QDateTime &to)
{
    DealDeliverable v;
    v.postingStart = from;
    v.postingEnd = to;
    return v;
}

// A 5-second project, with the given overlays, written where the composer can read it.
QString writeProject(const QString &path, const QStringList &labels)
{
    ProjectState state;
    Clip clip;
    clip.id = QStringLiteral("c1");
    clip.mediaPath = QFileInfo(path).absolutePath() + QStringLiteral("/clip.mp4");
    clip.outUs = 5 * kS;
    clip.sourceDurationUs = 5 * kS;
    clip.sourceSize = QSize(1080, 1920);
    state.clips = {clip};
    int slot = 0;
    for (const QString &label : labels)
        state.overlays << DisclosureOverlay::makeOverlay(state, label, slot++);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(ProjectFile::toJsonObject(state, QFileInfo(path).absolutePath())).toJson());
    return path;
}

CreatorInfoSource fakeCreator(const QString &openId)
{
    CreatorInfo info;
    info.username = QStringLiteral("studio.paris");
    info.nickname = QStringLiteral("Studio Paris");
    info.privacyLevelOptions = {QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("SELF_ONLY")};
    info.maxVideoPostDurationSec = 600;
    return [openId, info](const WorkspaceAccount &account, std::function<void(Result<CreatorInfo>)> done) {
        if (account.openId != openId)
            return false;
        QTimer::singleShot(5, qApp, [done, info] { done(info); });
        return true;
    };
}

bool clickAt(QWidget *target, const QPoint &pos)
{
    if (!target || pos.x() < 0)
        return false;
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, pos);
    return true;
}

} // namespace

class TestPublishDeals : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Localization m_localization;
    std::unique_ptr<WorkspaceService> m_workspace;
    std::unique_ptr<DealService> m_deals;
    WorkspaceAccount m_account;
    Made m_lumen; // FR, coffee, window May–December 2030
    Made m_rival; // exclusive for coffee in September 2030

    ComposerDialog *composer(std::unique_ptr<ComposerDialog> &holder, const QString &media,
                             const QString &caption, const QString &local)
    {
        holder = std::make_unique<ComposerDialog>(*m_workspace, QList<WorkspaceAccount>{m_account});
        ComposerDialog *dialog = holder.get();
        dialog->setCreatorInfoSource(fakeCreator(m_account.openId));
        dialog->setAccount(m_account.id);
        dialog->setDeals(m_deals.get());
        dialog->show();
        dialog->findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(media);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))->setPlainText(caption);
        ScheduledTime time;
        time.localDateTime = local;
        time.timeZone = QStringLiteral("Europe/Paris");
        dialog->schedule()->setScheduled(time);
        if (!QTest::qWaitFor([dialog] { return dialog->creatorHeader()->creatorInfo().has_value(); }, 10000))
            qWarning("no creator_info for the composer");
        dialog->creatorHeader()->setPrivacyLevel(QStringLiteral("PUBLIC_TO_EVERYONE"));
        dialog->consent()->setConsented(true);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        m_workspace = std::make_unique<WorkspaceService>();
        std::optional<bool> opened;
        m_workspace->open(WorkspaceLocation::sqlite(m_dir.filePath(QStringLiteral("ws.sqlite"))),
                          [&](Result<void> r) { opened = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
        QVERIFY(*opened);
        m_deals = std::make_unique<DealService>();
        m_deals->follow(*m_workspace);
        QTRY_VERIFY_WITH_TIMEOUT(m_deals->isOpen(), 15000);

        WorkspaceAccount a;
        a.profileId = QStringLiteral("sandbox");
        a.openId = QStringLiteral("7000000000000000123");
        a.username = QStringLiteral("studio.paris");
        a.colour = QStringLiteral("#1f77b4");
        a.timeZone = QStringLiteral("Europe/Paris");
        auto saved =
            onWorkspace<WorkspaceAccount>(*m_workspace, [a](WorkspaceStore &s) { return s.saveAccount(a); });
        QVERIFY(saved.ok());
        m_account = *saved;

        auto lumen = onDeals<Made>(*m_deals, [](DealStore &s) {
            return makeDeal(s, QStringLiteral("Lumen Coffee"), frenchDeal(QStringLiteral("Autumn blend")),
                            windowed(utc(2030, 5, 1), utc(2030, 12, 31)));
        });
        QVERIFY2(lumen.ok(), qPrintable(lumen.ok() ? QString() : lumen.error().toString()));
        m_lumen = *lumen;
        auto rival = onDeals<Made>(*m_deals, [](DealStore &s) {
            Deal d = frenchDeal(QStringLiteral("Espresso launch"));
            d.exclusivityCategory = QStringLiteral("coffee");
            d.exclusivityStart = utc(2030, 9, 1);
            d.exclusivityEnd = utc(2030, 9, 30);
            return makeDeal(s, QStringLiteral("Brewdog Beans"), d,
                            windowed(utc(2030, 9, 5), utc(2030, 9, 20)));
        });
        QVERIFY(rival.ok());
        m_rival = *rival;
    }

    void composerRefusesAnUndisclosedFrenchDeliverable()
    {
        const QString bare = writeProject(m_dir.filePath(QStringLiteral("bare.montaj")), {});
        const QString labelled =
            writeProject(m_dir.filePath(QStringLiteral("labelled.montaj")), {QStringLiteral("Publicité")});
        QVERIFY(!bare.isEmpty() && !labelled.isEmpty());
        std::unique_ptr<ComposerDialog> holder;
        ComposerDialog *dialog =
            composer(holder, bare, QStringLiteral("Launch day #coffee"), QStringLiteral("2030-06-01T18:30"));
        DealLinkBox *link = dialog->dealLink();
        QTRY_VERIFY(link->isLoaded());
        QTRY_VERIFY(dialog->creatorHeader()->creatorInfo().has_value());
        // Not part of a deal: nothing stops it.
        QTRY_VERIFY(dialog->scheduleButton()->isEnabled());
        QVERIFY(link->isVisible());
        QVERIFY(link->deliverableIds().contains(m_lumen.deliverable.id));

        // The French deliverable: three missing items, each in plain words.
        link->selectDeliverable(m_lumen.deliverable.id);
        QTRY_VERIFY(link->isProjectLoaded());
        QTRY_VERIFY(!dialog->scheduleButton()->isEnabled());
        const QString problems = dialog->problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("turn on “Branded content”")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("the caption must start with one of: “Publicité”")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("the video must show “Publicité” from start to end")),
                 qPrintable(problems));
        QCOMPARE(link->problems().size(), 3);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("composerProblems"))
                    ->text()
                    .contains(QStringLiteral("Branded content")));

        // The caption label and the toggle: only the video is left.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))
            ->setPlainText(QStringLiteral("Publicité — Launch day #coffee"));
        dialog->disclosure()->setValues(false, true, false);
        QTRY_COMPARE(link->problems().size(), 1);
        QVERIFY(!dialog->scheduleButton()->isEnabled());
        // The project that shows "Publicité" for its whole length: accepted.
        dialog->findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(labelled);
        QTRY_VERIFY(link->isProjectLoaded());
        QTRY_VERIFY2(dialog->scheduleButton()->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
        QVERIFY(link->conflicts().isEmpty());

        // Scheduled, and linked to the deliverable and its deal.
        QTest::mouseClick(dialog->scheduleButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->savedPost().id.isEmpty());
        const QString postId = dialog->savedPost().id;
        auto post = onWorkspace<Post>(*m_workspace, [postId](WorkspaceStore &s) { return s.post(postId); });
        QVERIFY(post.ok());
        QCOMPARE(post->dealId, m_lumen.deal.id);
        QCOMPARE(montaj::toString(post->state), montaj::toString(PostState::Scheduled));
        auto delivered = onDeals<DealDeliverable>(
            *m_deals, [id = m_lumen.deliverable.id](DealStore &s) { return s.deliverable(id); });
        QVERIFY(delivered.ok());
        QCOMPARE(delivered->postIds, QStringList{postId});

        // Opened again, the post shows its deliverable.
        std::unique_ptr<ComposerDialog> again =
            std::make_unique<ComposerDialog>(*m_workspace, QList<WorkspaceAccount>{m_account});
        again->setPost(*post);
        again->setDeals(m_deals.get());
        QTRY_COMPARE(again->dealLink()->deliverableId(), m_lumen.deliverable.id);
        QCOMPARE(again->dealLink()->linkedDeliverableId(), m_lumen.deliverable.id);
    }

    void exclusivityConflictNeedsConfirmation()
    {
        const QString labelled =
            writeProject(m_dir.filePath(QStringLiteral("labelled2.montaj")), {QStringLiteral("Publicité")});
        std::unique_ptr<ComposerDialog> holder;
        // In September Brewdog Beans is exclusive for coffee.
        ComposerDialog *dialog = composer(holder, labelled, QStringLiteral("Publicité — Autumn blend"),
                                          QStringLiteral("2030-09-10T18:00"));
        dialog->disclosure()->setValues(false, true, false);
        DealLinkBox *link = dialog->dealLink();
        QTRY_VERIFY(link->isLoaded());
        QTRY_VERIFY(dialog->creatorHeader()->creatorInfo().has_value());
        // The first post of this deliverable was linked above; it takes one post: make room.
        QVERIFY(onDeals<DealDeliverable>(*m_deals, [id = m_lumen.deliverable.id](DealStore &s) {
                    auto v = s.deliverable(id);
                    if (!v)
                        return v;
                    DealDeliverable more = *v;
                    more.quantity = 2;
                    return s.saveDeliverable(more);
                }).ok());
        QTRY_VERIFY(link->deliverableIds().contains(m_lumen.deliverable.id));
        link->selectDeliverable(m_lumen.deliverable.id);
        QTRY_VERIFY(link->isProjectLoaded());
        QTRY_COMPARE(link->conflicts().size(), 1);
        QVERIFY2(link->conflicts().first().contains(QStringLiteral("Brewdog Beans")),
                 qPrintable(link->conflicts().first()));
        QVERIFY(link->conflicts().first().contains(QStringLiteral("Espresso launch")));
        QVERIFY(link->findChild<QLabel *>(QStringLiteral("dealConflicts"))->isVisible());
        QVERIFY(!dialog->scheduleButton()->isEnabled());
        QCOMPARE(link->problems(),
                 QStringList{QStringLiteral("This post falls in the exclusivity of Brewdog Beans: confirm "
                                            "that you schedule it anyway.")});
        // The explicit confirmation.
        QVERIFY(link->exclusivityConfirmation()->isVisible());
        link->exclusivityConfirmation()->setChecked(true);
        QTRY_VERIFY(dialog->scheduleButton()->isEnabled());
        // Another time, out of the exclusivity: no conflict.
        ScheduledTime time;
        time.localDateTime = QStringLiteral("2030-10-10T18:00");
        time.timeZone = QStringLiteral("Europe/Paris");
        dialog->schedule()->setScheduled(time);
        QTRY_VERIFY(link->conflicts().isEmpty());
        QVERIFY(!link->exclusivityConfirmation()->isVisible());
    }

    void calendarShowsPostingWindows()
    {
        PublishPage page(*m_workspace, nullptr);
        page.model().setDisplayZone(QTimeZone::utc());
        page.setDeals(m_deals.get());
        page.resize(1200, 800);
        page.show();
        page.showDate(QDate(2030, 9, 10));
        QTRY_VERIFY(page.model().postingWindow(m_rival.deliverable.id).has_value());
        // Both deals' windows meet September; their days are clamped to the visible range.
        const QList<PostingWindow> windows = page.model().postingWindows();
        QCOMPARE(windows.size(), 2);
        const PostingWindow rival = *page.model().postingWindow(m_rival.deliverable.id);
        QCOMPARE(rival.brandName, QStringLiteral("Brewdog Beans"));
        QCOMPARE(rival.dealId, m_rival.deal.id);
        QCOMPARE(page.model().windowDays(rival), qMakePair(QDate(2030, 9, 5), QDate(2030, 9, 19)));
        QCOMPARE(page.model().windowsOn(QDate(2030, 9, 10)).size(), 2);
        QCOMPARE(page.model().windowsOn(QDate(2030, 9, 25)).size(), 1);
        QVERIFY(PostCalendarModel::windowLabel(rival).contains(QStringLiteral("Brewdog Beans")));
        QVERIFY(page.model().windowDescription(rival).contains(QStringLiteral("Espresso launch")));

        // Month: a band in the week rows of the window, none outside; a click asks for the deal.
        MonthView *month = page.monthView();
        QTRY_VERIFY(!month->windowRect(m_rival.deliverable.id, QDate(2030, 9, 10)).isEmpty());
        QVERIFY(month->windowRect(m_rival.deliverable.id, QDate(2030, 9, 25)).isEmpty());
        const QRect band = month->windowRect(m_rival.deliverable.id, QDate(2030, 9, 10));
        QCOMPARE(month->windowAt(band.center()), m_rival.deliverable.id);
        QVERIFY(month->dayRect(QDate(2030, 9, 10)).intersects(band));
        QSignalSpy asked(&page, &PublishPage::dealRequested);
        QVERIFY(clickAt(month, band.center()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), m_rival.deal.id);

        // Week: a band in the header.
        page.setView(PublishPage::View::Week);
        WeekView *week = page.weekView();
        QTRY_VERIFY(!week->windowRect(m_rival.deliverable.id).isEmpty());
        QVERIFY(clickAt(week->header(), week->windowRect(m_rival.deliverable.id).center()));
        QCOMPARE(asked.size(), 2);

        // Another range: other windows.
        page.setView(PublishPage::View::Month);
        page.showDate(QDate(2031, 3, 1));
        QTRY_VERIFY(page.model().postingWindows().isEmpty());
        page.showDate(QDate(2030, 6, 1));
        QTRY_COMPARE(page.model().postingWindows().size(), 1);
        QCOMPARE(page.model().postingWindows().first().deliverableId, m_lumen.deliverable.id);
    }

    void editPageAddsDisclosureLabelsOnce()
    {
        QTemporaryDir home;
        const AppPaths paths = AppPaths::underRoot(home.path());
        QVERIFY(paths.ensureExists().ok());
        EditPage page(paths);
        page.setDeals(m_deals.get());
        page.resize(1200, 800);
        page.show();
        ProjectDocument *doc = page.session().document();
        Clip clip;
        clip.mediaPath = test::MediaFixtures::h264();
        clip.outUs = 3 * kS;
        clip.sourceDurationUs = 3 * kS;
        clip.sourceSize = QSize(320, 240);
        QVERIFY(doc->addClip(clip).ok());
        QVERIFY(page.action(QStringLiteral("edit.addDisclosure")));
        QVERIFY(page.action(QStringLiteral("edit.addDisclosure"))->isEnabled());
        const int before = doc->undoStack()->count();

        // France, retouched: "Publicité" and "Images retouchées", the whole video, one undo step.
        Result<int> added = page.addDisclosureLabels(DealChecks::labelInput(
            QStringLiteral("FR"), DisclosureType::PaidPartnership, true, false, std::nullopt));
        QVERIFY(added.ok());
        QCOMPARE(*added, 2);
        QCOMPARE(doc->overlays().size(), 2);
        QCOMPARE(doc->overlays().at(0).text, QStringLiteral("Publicité"));
        QCOMPARE(doc->overlays().at(1).text, QStringLiteral("Images retouchées"));
        for (const TextOverlay &o : doc->overlays()) {
            QCOMPARE(o.startUs, qint64(0));
            QCOMPARE(o.endUs, doc->durationUs());
        }
        QVERIFY(doc->overlays().at(0).position.y() < doc->overlays().at(1).position.y()); // stacked
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Add disclosure label"));

        // Again: nothing to add.
        added = page.addDisclosureLabels(DealChecks::labelInput(
            QStringLiteral("FR"), DisclosureType::PaidPartnership, true, false, std::nullopt));
        QCOMPARE(added.valueOr(-1), 0);
        QCOMPARE(doc->overlays().size(), 2);
        QCOMPARE(doc->undoStack()->count(), before + 1);

        // AI-generated as well, for the Lumen deliverable: only "Images virtuelles" is new, on its own line.
        auto snapshot = onDeals<DealsSnapshot>(*m_deals, [](DealStore &s) { return DealsSnapshot::read(s); });
        QVERIFY(snapshot.ok());
        DealDeliverable v = *snapshot->deliverable(m_lumen.deliverable.id);
        v.aiGenerated = true;
        added =
            page.addDisclosureLabels(DealChecks::complianceInput(*snapshot, v, Post{}, std::nullopt, false));
        QCOMPARE(added.valueOr(-1), 1);
        QCOMPARE(doc->overlays().size(), 3);
        QCOMPARE(doc->overlays().at(2).text, QStringLiteral("Images virtuelles"));
        QVERIFY(doc->overlays().at(2).position.y() > doc->overlays().at(1).position.y());

        // One undo takes a whole step back.
        doc->undoStack()->undo();
        QCOMPARE(doc->overlays().size(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->overlays().size(), 0);
        // The US recommends "Ad" in the video: added when asked.
        added = page.addDisclosureLabels(DealChecks::labelInput(
            QStringLiteral("US"), DisclosureType::PaidPartnership, false, false, std::nullopt));
        QCOMPARE(added.valueOr(-1), 1);
        QCOMPARE(doc->overlays().at(0).text, QStringLiteral("Ad"));
    }

    void screenshotsInThreeLanguages();
};

// The studio with a deal whose posting window is this month: the Collaborations page's deal view and
// the publish calendar (month and week) in every language.
void TestPublishDeals::screenshotsInThreeLanguages()
{
    QTemporaryDir home;
    const AppPaths paths = AppPaths::underRoot(home.path());
    QVERIFY(paths.ensureExists().ok());
    UiSettings settings(paths.settingsFile());
    ThemeController theme(qApp);
    theme.setMode(ThemeMode::Light);
    MainWindow window(m_localization, theme, settings, paths);
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace().isOpen(), 15000);
    CollaborationsPage *collaborations = window.collaborationsPage();
    QVERIFY(collaborations);
    QTRY_VERIFY_WITH_TIMEOUT(collaborations->deals().isOpen(), 15000);

    const QDate today = QDate::currentDate();
    const QDateTime start(today.addDays(-2), QTime(9, 0), Qt::UTC);
    auto made = onDeals<Made>(collaborations->deals(), [start](DealStore &s) -> Result<Made> {
        Deal d = frenchDeal(QStringLiteral("Autumn blend"));
        d.jurisdictions = {QStringLiteral("FR"), QStringLiteral("US")};
        d.brief = QStringLiteral("Morning routine with the new roast; show the bag.");
        d.requiredHashtags = {QStringLiteral("LumenCoffee")};
        DealDeliverable v = windowed(start, start.addDays(6));
        v.draftDue = start.addDays(-3);
        auto first = makeDeal(s, QStringLiteral("Lumen Coffee"), d, v);
        if (!first)
            return first;
        Contact c;
        c.brandId = first->brand.id;
        c.name = QStringLiteral("Inès Moreau");
        c.role = QStringLiteral("Brand manager");
        c.email = QStringLiteral("ines@lumen.example");
        if (auto contact = s.saveContact(c); !contact)
            return contact.error();
        DealDeliverable story = windowed(start.addDays(9), start.addDays(12));
        story.dealId = first->deal.id;
        story.format = QStringLiteral("story");
        story.sortOrder = 1;
        if (auto second = s.saveDeliverable(story); !second)
            return second.error();
        Deal updated = first->deal;
        updated.files = {QStringLiteral("/home/creator/Lumen/brief.pdf")};
        updated.contractPath = QStringLiteral("/home/creator/Lumen/contract-signed.pdf");
        updated.contractSigned = true;
        if (auto saved = s.updateDeal(updated, QStringLiteral("test")); !saved)
            return saved.error();
        if (auto moved = s.moveDeal(first->deal.id, DealStage::InProduction, QStringLiteral("test")); !moved)
            return moved.error();
        return first;
    });
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    WorkspaceAccount account = m_account;
    account.id.clear();
    QVERIFY(onWorkspace<WorkspaceAccount>(window.workspace(), [account](WorkspaceStore &s) {
                return s.saveAccount(account);
            }).ok());
    QTRY_VERIFY(!window.publishPage()->model().accounts().isEmpty());
    for (Language language : {Language::English, Language::Arabic, Language::French}) {
        QVERIFY(m_localization.setLanguage(language).ok());
        QCoreApplication::processEvents();
        QCOMPARE(window.layoutDirection(), language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
        const QString dir = QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(Languages::code(language));
        QVERIFY(QDir().mkpath(dir));

        // The page's built texts (board cards, reminders) come back from the deals' thread.
        QSignalSpy reloaded(collaborations, &CollaborationsPage::reloaded);
        collaborations->reload();
        QTRY_VERIFY(!reloaded.isEmpty());
        window.showPage(PageId::Collaborations);
        collaborations->showDeal(made->deal.id);
        QTRY_COMPARE(collaborations->view()->dealId(), made->deal.id);
        QTRY_VERIFY(collaborations->view()->isEnabled());
        collaborations->view()->tabs()->setCurrentIndex(0);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("deals-terms.png"))));
        collaborations->view()->tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("deals-deliverables.png"))));

        PublishPage *page = window.publishPage();
        window.showPage(PageId::Publish);
        page->setView(PublishPage::View::Month);
        page->showDate(today);
        QTRY_VERIFY(page->model().postingWindow(made->deliverable.id).has_value());
        QCoreApplication::processEvents();
        QTRY_VERIFY(!page->monthView()->windowRect(made->deliverable.id, today).isEmpty());
        const QRect band = page->monthView()->windowRect(made->deliverable.id, today);
        // The band stays inside the month grid, in the week row of the day.
        QVERIFY(page->monthView()->rect().contains(band));
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-month-window.png"))));
        page->setView(PublishPage::View::Week);
        QCoreApplication::processEvents();
        QTRY_VERIFY(!page->weekView()->windowRect(made->deliverable.id).isEmpty());
        QVERIFY(
            page->weekView()->header()->rect().contains(page->weekView()->windowRect(made->deliverable.id)));
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-week-window.png"))));

        // The composer with the deliverable chosen: its disclosure checks in the form.
        ComposerDialog *composer = page->newPost(today.addDays(1), QTime(18, 30));
        QVERIFY(composer);
        composer->resize(1000, 900);
        composer->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))
            ->setPlainText(QStringLiteral("Morning routine #LumenCoffee"));
        QTRY_VERIFY(composer->dealLink()->isLoaded());
        composer->dealLink()->selectDeliverable(made->deliverable.id);
        QTRY_VERIFY(!composer->dealLink()->problems().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(composer->grab().save(QDir(dir).filePath(QStringLiteral("publish-composer-deal.png"))));
        composer->close();

        // A click on the band opens the deal in Collaborations.
        page->setView(PublishPage::View::Month);
        QCoreApplication::processEvents();
        QVERIFY(
            clickAt(page->monthView(), page->monthView()->windowRect(made->deliverable.id, today).center()));
        QTRY_VERIFY(window.currentPage() == PageId::Collaborations);
        QCOMPARE(collaborations->view()->dealId(), made->deal.id);
    }
    QVERIFY(m_localization.setLanguage(Language::English).ok());
}

QTEST_MAIN(TestPublishDeals)
#include "tst_publishdeals.moc"
