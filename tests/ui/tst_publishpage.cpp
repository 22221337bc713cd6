// The Publish page against a real SQLite workspace (WorkspaceService on its own thread): posts on the
// right days in the month, week and list views with their account's colour, rescheduling by drop
// (time of day kept in the post's zone, DST warning, persisted), the composer's posting rules, the CSV
// import's dry run, approve / reject / retry, missed posts — and screenshots of the month view, the
// list view and the composer in English, Arabic and French.

#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "core/platform/memorytokenstore.h"
#include "core/publish/publisher/publisher.h"
#include "core/publish/store/workspaceservice.h"
#include "tests/support/mediafixtures.h"
#include "ui/mainwindow.h"
#include "ui/platform/platformconnection.h"
#include "ui/platform/sandboxhost.h"
#include "ui/publish/composerdialog.h"
#include "ui/publish/composerpreview.h"
#include "ui/publish/consentpanel.h"
#include "ui/publish/creatorheader.h"
#include "ui/publish/csvimportdialog.h"
#include "ui/publish/disclosurebox.h"
#include "ui/publish/messagebar.h"
#include "ui/publish/missedpostsdialog.h"
#include "ui/publish/monthview.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/postdetailspanel.h"
#include "ui/publish/postlistmodel.h"
#include "ui/publish/postlistview.h"
#include "ui/publish/publishnotifier.h"
#include "ui/publish/publishpage.h"
#include "ui/publish/schedulefield.h"
#include "ui/publish/weekview.h"
#include "ui/publish/workspaceaccountsdialog.h"
#include "ui/publish/workspacechoice.h"
#include "ui/publish/workspacepanel.h"
#include "ui/publish/workspacesettings.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

// QCOMPARE prints these (PostState is compared through its stable name).
namespace QTest {
template<>
char *toString(const montaj::ui::MessageBar::Kind &kind)
{
    return qstrdup(QByteArray::number(static_cast<int>(kind)).constData());
}
} // namespace QTest

using namespace montaj;
using namespace montaj::ui;

namespace {

// Runs `work` on the workspace thread and waits for its answer.
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
        return Error(QStringLiteral("test.timeout"), QStringLiteral("the workspace did not answer"));
    return std::move(*out);
}

bool openSync(WorkspaceService &service, const QString &path)
{
    std::optional<bool> ok;
    service.open(WorkspaceLocation::sqlite(path), [&ok](Result<void> r) { ok = r.ok(); });
    QElapsedTimer timer;
    timer.start();
    while (!ok && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ok.value_or(false);
}

WorkspaceAccount makeAccount(const QString &username, const QString &colour, const QString &zone,
                             const QStringList &slots = {})
{
    WorkspaceAccount a;
    a.profileId = QStringLiteral("sandbox");
    a.openId =
        QStringLiteral("70000000000000000") + QString::number(username.size() * 7 + username.at(0).unicode());
    a.username = username;
    a.displayName = username;
    a.colour = colour;
    a.timeZone = zone;
    a.postingSlots = slots;
    return a;
}

Post makePost(const WorkspaceAccount &account, const QString &local, const QString &caption,
              PostState state = PostState::Scheduled)
{
    Post p;
    p.accountId = account.id;
    p.mediaPath = QStringLiteral("/tmp/clip.mp4");
    p.caption = caption;
    p.privacyLevel = QStringLiteral("PUBLIC_TO_EVERYONE");
    p.state = state;
    if (!local.isEmpty()) {
        p.scheduled.localDateTime = local;
        p.scheduled.timeZone = account.timeZone;
        p.scheduled.utc = QDateTime(QDate::fromString(local.left(10), Qt::ISODate),
                                    QTime::fromString(local.mid(11), QStringLiteral("HH:mm")),
                                    QTimeZone(account.timeZone.toUtf8()))
                              .toUTC();
    }
    return p;
}

// Share of the rectangle's pixels painted in `colour` (chips are filled with their account's colour).
double share(const QImage &image, const QRect &rect, const QColor &colour)
{
    int hits = 0;
    int all = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x, ++all)
            if (QColor(image.pixel(x, y)).rgb() == colour.rgb())
                ++hits;
    return all ? double(hits) / all : 0.0;
}

// What a drop does, through the widget's real drag-and-drop event handlers.
bool dropOn(QWidget *target, const QPoint &pos, const QString &postId)
{
    QMimeData data;
    data.setData(QStringLiteral("application/x-montaj-post"), postId.toUtf8());
    QDragEnterEvent enter(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

CreatorInfo aliceInfo()
{
    CreatorInfo info;
    info.username = QStringLiteral("alice");
    info.nickname = QStringLiteral("Alice Martin");
    info.privacyLevelOptions = {QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
                                QStringLiteral("SELF_ONLY")};
    info.commentDisabled = true;
    info.duetDisabled = false;
    info.stitchDisabled = true;
    info.maxVideoPostDurationSec = 600;
    return info;
}

// creator_info for the account with this open id, answered later like the real API; none for others.
CreatorInfoSource fakeCreator(const QString &openId, const CreatorInfo &info)
{
    return [openId, info](const WorkspaceAccount &account, std::function<void(Result<CreatorInfo>)> done) {
        if (account.openId != openId)
            return false;
        QTimer::singleShot(5, qApp, [done, info] { done(info); });
        return true;
    };
}

} // namespace

class TestPublishPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Localization m_localization;
    std::unique_ptr<WorkspaceService> m_service;
    WorkspaceAccount m_alice; // Europe/Paris
    WorkspaceAccount m_bob;   // UTC

    Post create(const Post &post)
    {
        const Result<Post> created = runSync<Post>(
            *m_service, [post](WorkspaceStore &s) { return s.createPost(post, QStringLiteral("test")); });
        if (!created)
            qWarning() << created.error().toString();
        return created.valueOr(Post());
    }
    Post stored(const QString &id)
    {
        return runSync<Post>(*m_service, [id](WorkspaceStore &s) { return s.post(id); }).valueOr(Post());
    }
    std::unique_ptr<PublishPage> page()
    {
        auto p = std::make_unique<PublishPage>(*m_service, nullptr);
        p->model().setDisplayZone(QTimeZone::utc());
        p->resize(1200, 800);
        p->show();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("MONTAJ_COLOR_SCHEME", "light");
        QVERIFY(m_localization.setLanguage(Language::English).ok());
        m_service = std::make_unique<WorkspaceService>();
        QVERIFY(openSync(*m_service, m_dir.filePath(QStringLiteral("workspace.sqlite"))));
        for (WorkspaceAccount *account : {&m_alice, &m_bob}) {
            const WorkspaceAccount wanted =
                account == &m_alice
                    ? makeAccount(QStringLiteral("alice"), QStringLiteral("#1f77b4"),
                                  QStringLiteral("Europe/Paris"),
                                  {QStringLiteral("09:00"), QStringLiteral("18:00")})
                    : makeAccount(QStringLiteral("bob"), QStringLiteral("#d62728"), QStringLiteral("UTC"));
            auto saved = runSync<WorkspaceAccount>(
                *m_service, [wanted](WorkspaceStore &s) { return s.saveAccount(wanted); });
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
            *account = *saved;
        }
    }

    void monthWeekAndListShowPostsOnTheirDaysInAccountColours()
    {
        const Post paris =
            create(makePost(m_alice, QStringLiteral("2030-03-12T18:00"), QStringLiteral("Paris evening")));
        const Post utc =
            create(makePost(m_bob, QStringLiteral("2030-03-12T09:00"), QStringLiteral("Morning run")));
        const Post later =
            create(makePost(m_alice, QStringLiteral("2030-03-20T10:00"), QStringLiteral("Later")));
        const Post draft =
            create(makePost(m_bob, QString(), QStringLiteral("Idea for later"), PostState::Draft));
        QVERIFY(!paris.id.isEmpty() && !utc.id.isEmpty() && !later.id.isEmpty() && !draft.id.isEmpty());

        auto p = page();
        p->showDate(QDate(2030, 3, 15));
        QTRY_VERIFY(p->model().isLoaded());
        QTRY_VERIFY(p->model().post(later.id).has_value());

        // Month: each chip inside its day; 18:00 Paris is 17:00 UTC, same day.
        MonthView *month = p->monthView();
        QVERIFY(month->firstShown() <= QDate(2030, 3, 1) && month->lastShown() >= QDate(2030, 3, 31));
        QCOMPARE(month->dateAt(month->chipRect(paris.id).center()), QDate(2030, 3, 12));
        QCOMPARE(month->dateAt(month->chipRect(utc.id).center()), QDate(2030, 3, 12));
        QCOMPARE(month->dateAt(month->chipRect(later.id).center()), QDate(2030, 3, 20));
        QVERIFY(month->chipRect(draft.id).isEmpty()); // unscheduled: in the list only
        // Same day, by time: bob's 09:00 above alice's 17:00.
        QVERIFY(month->chipRect(utc.id).top() < month->chipRect(paris.id).top());
        const QImage shot = month->grab().toImage();
        QVERIFY(share(shot, month->chipRect(paris.id), QColor(0x1f, 0x77, 0xb4)) > 0.4);
        QVERIFY(share(shot, month->chipRect(utc.id), QColor(0xd6, 0x27, 0x28)) > 0.4);
        QCOMPARE(share(shot, month->chipRect(utc.id), QColor(0x1f, 0x77, 0xb4)), 0.0);

        // Week: the right column and hour.
        p->showDate(QDate(2030, 3, 12));
        p->setView(PublishPage::View::Week);
        WeekView *week = p->weekView();
        QTRY_VERIFY(!week->chipRect(paris.id).isEmpty());
        QCOMPARE(week->dateAt(week->chipRect(paris.id).center()), QDate(2030, 3, 12));
        QCOMPARE(week->timeAt(week->chipRect(paris.id).topLeft() + QPoint(2, 1)), QTime(17, 0));
        QCOMPARE(week->timeAt(week->chipRect(utc.id).topLeft() + QPoint(2, 1)), QTime(9, 0));
        QVERIFY(week->chipRect(later.id).isEmpty()); // another week

        // List: every post of the month, the draft included, with account, colour and status.
        p->setView(PublishPage::View::List);
        QTRY_COMPARE(p->listView()->listModel().rowCount(), 4);
        const PostListModel &list = p->listView()->listModel();
        const int row = list.rowOf(paris.id);
        QVERIFY(row >= 0);
        QVERIFY(list.index(row, PostListModel::AccountColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("@alice")));
        QCOMPARE(list.index(row, PostListModel::AccountColumn).data(Qt::DecorationRole).value<QColor>(),
                 QColor(0x1f, 0x77, 0xb4));
        QCOMPARE(list.index(row, PostListModel::StateColumn).data().toString(), QStringLiteral("Scheduled"));
        QVERIFY(list.index(row, PostListModel::TimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Europe/Paris")));
        QCOMPARE(list.index(list.rowOf(draft.id), PostListModel::TimeColumn).data().toString(),
                 QStringLiteral("Not scheduled"));
        // Selecting in the list shows the details.
        p->listView()->selectPost(later.id);
        QTRY_COMPARE(p->details()->post().id, later.id);
    }

    void droppingAChipReschedulesAndPersists()
    {
        const Post later =
            create(makePost(m_alice, QStringLiteral("2030-04-08T10:00"), QStringLiteral("Move me")));
        auto p = page();
        p->showDate(QDate(2030, 4, 1));
        QTRY_VERIFY(p->model().post(later.id).has_value());
        MonthView *month = p->monthView();
        QVERIFY(dropOn(month, month->dayRect(QDate(2030, 4, 10)).center(), later.id));
        // Same wall-clock time in the post's zone, two days later; written to the workspace.
        QTRY_COMPARE(stored(later.id).scheduled.localDateTime, QStringLiteral("2030-04-10T10:00"));
        QCOMPARE(stored(later.id).scheduled.timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(stored(later.id).scheduled.utc, QDateTime(QDate(2030, 4, 10), QTime(8, 0), Qt::UTC));
        QTRY_VERIFY(p->messageBar()->text().startsWith(QStringLiteral("Moved to")));
        QTRY_COMPARE(month->dateAt(month->chipRect(later.id).center()), QDate(2030, 4, 10));
        // Dropping on the day it already has changes nothing.
        QVERIFY(!dropOn(month, month->dayRect(QDate(2030, 4, 10)).center(), later.id));
        QVERIFY(!dropOn(month, QPoint(-5, -5), later.id));

        // The keyboard does the same: pick the day's post with Space, Ctrl+Right moves it a day on.
        month->setFocus();
        month->setCurrentDate(QDate(2030, 4, 10));
        month->selectPost({});
        QTest::keyClick(month, Qt::Key_Space);
        QCOMPARE(month->selectedPost(), later.id);
        QTRY_VERIFY(p->model().post(later.id)->version == stored(later.id).version);
        QTest::keyClick(month, Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(stored(later.id).scheduled.localDateTime, QStringLiteral("2030-04-11T10:00"));
        QCOMPARE(month->currentDate(), QDate(2030, 4, 11));
        // Arrows move the current day; Enter on a day without a selected post asks for a new post.
        QSignalSpy newPost(month, &MonthView::newPostRequested);
        month->selectPost({});
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(month->currentDate(), QDate(2030, 4, 18));
        QTest::keyClick(month, Qt::Key_Return);
        QCOMPARE(newPost.size(), 1);
        QCOMPARE(newPost.at(0).at(0).toDate(), QDate(2030, 4, 18));
    }

    void droppingIntoASkippedHourWarnsAboutDaylightSaving()
    {
        // 02:30 on the Saturday; on Sunday 31 March 2030 Paris skips from 02:00 to 03:00.
        const Post night =
            create(makePost(m_alice, QStringLiteral("2030-03-30T02:30"), QStringLiteral("Night owl")));
        auto p = page();
        p->showDate(QDate(2030, 3, 1));
        QTRY_VERIFY(p->model().post(night.id).has_value());
        MonthView *month = p->monthView();
        QVERIFY(dropOn(month, month->dayRect(QDate(2030, 3, 31)).center(), night.id));
        QTRY_COMPARE(stored(night.id).scheduled.localDateTime.left(16), QStringLiteral("2030-03-31T03:00"));
        QCOMPARE(stored(night.id).scheduled.utc, QDateTime(QDate(2030, 3, 31), QTime(1, 0), Qt::UTC));
        QTRY_COMPARE(p->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(p->messageBar()->text().contains(QStringLiteral("03:00"))
                     || p->messageBar()->text().contains(QStringLiteral("3:00")),
                 qPrintable(p->messageBar()->text()));
    }

    void droppingOnAWeekSlotSetsDayAndTime()
    {
        const Post post =
            create(makePost(m_bob, QStringLiteral("2030-05-07T09:00"), QStringLiteral("Slot me")));
        auto p = page();
        p->showDate(QDate(2030, 5, 7));
        p->setView(PublishPage::View::Week);
        WeekView *week = p->weekView();
        QTRY_VERIFY(!week->chipRect(post.id).isEmpty());
        QVERIFY(dropOn(week->grid(), week->pointFor(QDate(2030, 5, 9), QTime(15, 30)), post.id));
        QTRY_COMPARE(stored(post.id).scheduled.localDateTime, QStringLiteral("2030-05-09T15:30"));
        QTRY_COMPARE(week->dateAt(week->chipRect(post.id).center()), QDate(2030, 5, 9));
    }

    void composerFollowsThePostingRules()
    {
        QTemporaryDir media;
        const QString clip = media.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(
            test::MediaFixtures::ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("testsrc2=size=180x320:rate=25:duration=3"),
                                         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}));
        ComposerDialog dialog(*m_service, {m_alice, m_bob});
        dialog.setCreatorInfoSource(fakeCreator(m_alice.openId, aliceInfo()));
        dialog.setAccount(m_alice.id);
        dialog.show();
        CreatorHeader *header = dialog.creatorHeader();
        QTRY_VERIFY(header->creatorInfo().has_value());

        // No default audience: the placeholder shows and Schedule is disabled.
        auto *privacy = header->findChild<QComboBox *>(QStringLiteral("privacyCombo"));
        QCOMPARE(privacy->currentIndex(), -1);
        QCOMPARE(privacy->placeholderText(), QStringLiteral("Choose who can see this post"));
        QCOMPARE(privacy->count(), 3); // creator_info's options only
        QVERIFY(!dialog.scheduleButton()->isEnabled());
        QVERIFY(dialog.problems().contains(QStringLiteral("Choose who can see the post.")));
        // Interactions off by default; those creator_info disables are greyed out and say why.
        auto *comment = header->findChild<QCheckBox *>(QStringLiteral("allowCommentCheck"));
        auto *duet = header->findChild<QCheckBox *>(QStringLiteral("allowDuetCheck"));
        auto *stitch = header->findChild<QCheckBox *>(QStringLiteral("allowStitchCheck"));
        QVERIFY(!comment->isChecked() && !duet->isChecked() && !stitch->isChecked());
        QVERIFY(!comment->isEnabled() && duet->isEnabled() && !stitch->isEnabled());
        QVERIFY(!comment->toolTip().isEmpty());
        QVERIFY(duet->toolTip().isEmpty());
        // Disclosure off by default.
        QVERIFY(!dialog.disclosure()->discloses());
        QVERIFY(dialog.consent()->declaration().contains(QStringLiteral("Music Usage Confirmation")));
        QVERIFY(!dialog.consent()->declaration().contains(QStringLiteral("Branded Content Policy")));

        dialog.findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(clip);
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))
            ->setPlainText(QStringLiteral("Launch #day"));
        ScheduledTime time;
        time.localDateTime = QStringLiteral("2030-06-01T18:30");
        time.timeZone = QStringLiteral("Europe/Paris");
        dialog.schedule()->setScheduled(time);
        privacy->setCurrentIndex(privacy->findData(QStringLiteral("PUBLIC_TO_EVERYONE")));
        duet->setChecked(true);
        QTRY_VERIFY(dialog.preview()->durationMs() > 2900);
        QVERIFY(dialog.preview()->hasFrame());
        QVERIFY(header->findChild<QLabel *>(QStringLiteral("durationLabel"))
                    ->text()
                    .contains(QStringLiteral("10:00")));
        // Everything but consent.
        QCOMPARE(dialog.problems(),
                 QStringList{QStringLiteral("Tick the consent box once you have checked the preview.")});
        QVERIFY(!dialog.scheduleButton()->isEnabled());
        dialog.consent()->findChild<QCheckBox *>(QStringLiteral("consentCheck"))->setChecked(true);
        QVERIFY(dialog.scheduleButton()->isEnabled());

        // Disclosure on: a choice is required; branded content shows its label and policy.
        auto *disclose = dialog.disclosure()->findChild<QCheckBox *>(QStringLiteral("discloseCheck"));
        auto *branded = dialog.disclosure()->findChild<QCheckBox *>(QStringLiteral("brandedContentCheck"));
        disclose->setChecked(true);
        QVERIFY(!dialog.scheduleButton()->isEnabled());
        branded->setChecked(true);
        QVERIFY(dialog.scheduleButton()->isEnabled());
        QVERIFY(dialog.disclosure()
                    ->findChild<QLabel *>(QStringLiteral("disclosureLabels"))
                    ->text()
                    .contains(QStringLiteral("Paid partnership")));
        QVERIFY(dialog.consent()->declaration().contains(QStringLiteral("Branded Content Policy")));
        // Branded content cannot be "only me": the option is greyed out, and refused if chosen anyway.
        privacy->setCurrentIndex(privacy->findData(QStringLiteral("SELF_ONLY")));
        QVERIFY(!dialog.scheduleButton()->isEnabled());
        QVERIFY(dialog.problems().join(u' ').contains(QStringLiteral("Only me")));
        privacy->setCurrentIndex(privacy->findData(QStringLiteral("MUTUAL_FOLLOW_FRIENDS")));
        QVERIFY(dialog.scheduleButton()->isEnabled());

        // An account without a session here: every audience by name, checked again when publishing.
        dialog.setAccount(m_bob.id);
        QTRY_VERIFY(header->findChild<QLabel *>(QStringLiteral("creatorStatus"))
                        ->text()
                        .contains(QStringLiteral("checked again when publishing")));
        QCOMPARE(privacy->count(), 4);
        QVERIFY(comment->isEnabled() && stitch->isEnabled() && !comment->isChecked());
        dialog.setAccount(m_alice.id);
        QTRY_VERIFY(header->creatorInfo().has_value());
        QCOMPARE(header->privacyLevel(), QStringLiteral("MUTUAL_FOLLOW_FRIENDS")); // kept across reloads
        QTRY_VERIFY(dialog.scheduleButton()->isEnabled());

        // Schedule: stored as chosen, nothing more.
        QTest::mouseClick(dialog.scheduleButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.savedPost().id.isEmpty());
        const Post saved = stored(dialog.savedPost().id);
        QCOMPARE(montaj::toString(saved.state), montaj::toString(PostState::Scheduled));
        QCOMPARE(saved.privacyLevel, QStringLiteral("MUTUAL_FOLLOW_FRIENDS"));
        QVERIFY(saved.allowDuet && !saved.allowComment && !saved.allowStitch);
        QVERIFY(saved.brandContent && !saved.brandOrganic);
        QCOMPARE(saved.scheduled.localDateTime.left(16), QStringLiteral("2030-06-01T18:30"));
        QCOMPARE(saved.scheduled.utc, QDateTime(QDate(2030, 6, 1), QTime(16, 30), Qt::UTC));
    }

    void composerRefusesAVideoLongerThanTheAccountMayPost()
    {
        CreatorInfo shortOnly = aliceInfo();
        shortOnly.maxVideoPostDurationSec = 2;
        ComposerDialog dialog(*m_service, {m_alice});
        dialog.setCreatorInfoSource(fakeCreator(m_alice.openId, shortOnly));
        QTemporaryDir media;
        const QString clip = media.filePath(QStringLiteral("long.mp4"));
        QVERIFY(
            test::MediaFixtures::ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("testsrc2=size=180x320:rate=25:duration=3"),
                                         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}));
        dialog.findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(clip);
        QTRY_VERIFY(dialog.creatorHeader()->creatorInfo().has_value());
        QTRY_VERIFY(dialog.preview()->durationMs() > 0);
        QVERIFY(dialog.problems().join(u' ').contains(QStringLiteral("at most 0:02")));
    }

    void composerSubmitsForApprovalAndSavesDraftsBack()
    {
        QTemporaryDir media;
        QFile clip(media.filePath(QStringLiteral("clip.mp4")));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write("not decoded here");
        clip.close();
        ComposerDialog dialog(*m_service, {m_bob});
        dialog.setApprovalRequired(true);
        QCOMPARE(dialog.scheduleButton()->text(), QStringLiteral("Submit for approval"));
        dialog.findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(clip.fileName());
        ScheduledTime time;
        time.localDateTime = QStringLiteral("2030-10-01T08:00");
        time.timeZone = QStringLiteral("UTC");
        dialog.schedule()->setScheduled(time);
        dialog.creatorHeader()->setPrivacyLevel(QStringLiteral("FOLLOWER_OF_CREATOR"));
        dialog.consent()->setConsented(true);
        QTRY_VERIFY(dialog.scheduleButton()->isEnabled());
        QTest::mouseClick(dialog.scheduleButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.savedPost().id.isEmpty());
        const Post waiting = stored(dialog.savedPost().id);
        QCOMPARE(montaj::toString(waiting.state), montaj::toString(PostState::NeedsApproval));

        // Editing it and saving as a draft takes it out of the approval queue; consent is asked again.
        ComposerDialog edit(*m_service, {m_bob});
        edit.setPost(waiting);
        QVERIFY(!edit.consent()->consented());
        QCOMPARE(edit.creatorHeader()->privacyLevel(), QStringLiteral("FOLLOWER_OF_CREATOR"));
        edit.findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))
            ->setPlainText(QStringLiteral("Second thoughts"));
        QTest::mouseClick(edit.draftButton(), Qt::LeftButton);
        QTRY_VERIFY(!edit.savedPost().id.isEmpty());
        const Post draft = stored(waiting.id);
        QCOMPARE(montaj::toString(draft.state), montaj::toString(PostState::Draft));
        QCOMPARE(draft.caption, QStringLiteral("Second thoughts"));
    }

    void dstWarningShowsInlineInTheComposer()
    {
        ComposerDialog dialog(*m_service, {m_alice});
        ScheduledTime gap;
        gap.localDateTime = QStringLiteral("2030-03-31T02:30");
        gap.timeZone = QStringLiteral("Europe/Paris");
        dialog.schedule()->setScheduled(gap);
        QVERIFY(!dialog.schedule()->warning().isEmpty());
        auto *warning = dialog.schedule()->findChild<QLabel *>(QStringLiteral("dstWarning"));
        QCOMPARE(warning->text(), dialog.schedule()->warning());
        QCOMPARE(dialog.schedule()->scheduled().utc, QDateTime(QDate(2030, 3, 31), QTime(1, 0), Qt::UTC));
        gap.localDateTime = QStringLiteral("2030-03-30T02:30");
        dialog.schedule()->setScheduled(gap);
        QVERIFY(dialog.schedule()->warning().isEmpty());
    }

    void nextFreeSlotSkipsTakenSlots()
    {
        // alice posts at 09:00 and 18:00 Paris time; take tomorrow's 09:00.
        const QTimeZone paris("Europe/Paris");
        const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(paris).date().addDays(1);
        create(makePost(m_alice, tomorrow.toString(Qt::ISODate) + QStringLiteral("T09:00"),
                        QStringLiteral("Taken")));
        ComposerDialog dialog(*m_service, {m_alice});
        dialog.setAccount(m_alice.id);
        // From tomorrow 00:00: 09:00 is taken, 18:00 is free.
        ScheduledTime start;
        start.localDateTime = tomorrow.toString(Qt::ISODate) + QStringLiteral("T00:00");
        start.timeZone = QStringLiteral("Europe/Paris");
        dialog.schedule()->setScheduled(start);
        QTest::mouseClick(dialog.schedule()->findChild<QPushButton *>(QStringLiteral("nextSlotButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog.schedule()->scheduled().localDateTime != start.localDateTime);
        const QString slot = dialog.schedule()->scheduled().localDateTime;
        // Today's remaining slots come first when they are still ahead.
        const QDateTime nowParis = QDateTime::currentDateTimeUtc().toTimeZone(paris);
        QString expected = tomorrow.toString(Qt::ISODate) + QStringLiteral("T18:00");
        if (nowParis.time() < QTime(9, 0))
            expected = nowParis.date().toString(Qt::ISODate) + QStringLiteral("T09:00");
        else if (nowParis.time() < QTime(18, 0))
            expected = nowParis.date().toString(Qt::ISODate) + QStringLiteral("T18:00");
        QCOMPARE(slot.left(16), expected);
    }

    void csvImportIsADryRunUntilAsked()
    {
        QTemporaryDir dir;
        QFile clip(dir.filePath(QStringLiteral("a.mp4")));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write("x");
        clip.close();
        const QString csv = dir.filePath(QStringLiteral("plan.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("account,scheduled_at,time_zone,media,caption,privacy\n"
                   "@alice,2031-01-10T18:30,Europe/Paris,a.mp4,Good row,public\n"
                   "@nobody,2031-01-11T18:30,Europe/Paris,a.mp4,Unknown account,public\n"
                   "bob,2001-01-12T18:30,UTC,a.mp4,In the past,public\n");
        file.close();
        const auto count = [this] {
            return runSync<QList<Post>>(*m_service, [](WorkspaceStore &s) { return s.posts(); })
                .valueOr(QList<Post>())
                .size();
        };
        const qsizetype before = count();

        CsvImportDialog dialog(*m_service);
        dialog.show();
        dialog.openFile(csv);
        QTRY_VERIFY(!dialog.isChecking());
        QCOMPARE(dialog.report().rowsParsed, 3);
        QCOMPARE(dialog.report().validPosts.size(), 1);
        // The problems, by line and column.
        QTableWidget *table = dialog.problemTable();
        QVERIFY(table->isVisible());
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + u'/' + table->item(r, 1)->text();
        QVERIFY2(rows.contains(QStringLiteral("3/account")), qPrintable(rows.join(u' ')));
        QVERIFY2(rows.contains(QStringLiteral("4/scheduled_at")), qPrintable(rows.join(u' ')));
        QVERIFY(!rows.join(u' ').contains(QStringLiteral("2/")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("Nothing has been imported")));
        // Nothing stored by the dry run.
        QCOMPARE(count(), before);
        QVERIFY(dialog.importButton()->text().startsWith(
            QStringLiteral("Import the 1 valid row"))); // plural from montaj_en
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy imported(&dialog, &CsvImportDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 1);
        QCOMPARE(count(), before + 1);
    }

    void approveRejectAndRetryFollowTheLifecycle()
    {
        const Post waiting = create(makePost(m_alice, QStringLiteral("2030-07-01T12:00"),
                                             QStringLiteral("Please approve"), PostState::NeedsApproval));
        const Post other = create(makePost(m_bob, QStringLiteral("2030-07-02T12:00"),
                                           QStringLiteral("Not this one"), PostState::NeedsApproval));
        auto p = page();
        p->showDate(QDate(2030, 7, 1));
        QTRY_VERIFY(p->model().post(other.id).has_value());
        PostDetailsPanel *details = p->details();

        p->selectPost(waiting.id);
        QTRY_COMPARE(details->post().id, waiting.id);
        QVERIFY(details->approveButton()->isVisible() && details->rejectButton()->isVisible());
        QVERIFY(!details->retryButton()->isVisible());
        QTest::mouseClick(details->approveButton(), Qt::LeftButton);
        QTRY_COMPARE(montaj::toString(stored(waiting.id).state),
                     montaj::toString(PostState::Scheduled)); // approved, and it has a time
        const auto history = runSync<QList<PostEvent>>(
            *m_service, [id = waiting.id](WorkspaceStore &s) { return s.history(id); });
        QVERIFY(history.ok());
        bool approved = false;
        for (const PostEvent &e : *history)
            approved = approved || (e.to == PostState::Approved && e.note == QStringLiteral("approved"));
        QVERIFY(approved);
        QTRY_VERIFY(!details->approveButton()->isVisible());

        p->selectPost(other.id);
        QTRY_COMPARE(details->post().id, other.id);
        details->rejectReason()->setText(QStringLiteral("Wrong hashtag"));
        QTest::mouseClick(details->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE(montaj::toString(stored(other.id).state), montaj::toString(PostState::Draft));
        const auto rejected = runSync<QList<PostEvent>>(
            *m_service, [id = other.id](WorkspaceStore &s) { return s.history(id); });
        QCOMPARE(rejected->last().note, QStringLiteral("rejected"));
        QCOMPARE(rejected->last().detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Wrong hashtag"));
        QTRY_VERIFY(details->findChild<QListWidget *>(QStringLiteral("detailsHistory"))
                        ->item(0)
                        ->text()
                        .contains(QStringLiteral("Wrong hashtag")));

        // A failed post shows its reason and can be retried (its past time moves to the next minute).
        const Post due = create(makePost(
            m_bob, QDateTime::currentDateTimeUtc().addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
            QStringLiteral("Will fail")));
        auto claimed = runSync<QList<ClaimedPost>>(*m_service, [id = m_bob.id](WorkspaceStore &s) {
            return s.claimDue(QStringLiteral("test-worker"), QDateTime::currentDateTimeUtc(), 10,
                              std::chrono::seconds(60), {id});
        });
        QVERIFY(claimed.ok());
        QString token;
        for (const ClaimedPost &c : *claimed)
            if (c.post.id == due.id)
                token = c.leaseToken;
        QVERIFY(!token.isEmpty());
        QVERIFY(runSync<Post>(*m_service, [id = due.id, token](WorkspaceStore &s) {
                    return s.markFailed(id, token, QStringLiteral("platform.picture_size_check_failed"),
                                        QStringLiteral("The picture size is not accepted."));
                }).ok());
        p->showDate(QDate::currentDate());
        p->setView(PublishPage::View::List);
        QTRY_VERIFY(p->model().post(due.id).has_value());
        QTRY_COMPARE(montaj::toString(p->model().post(due.id)->state), montaj::toString(PostState::Failed));
        const PostListModel &list = p->listView()->listModel();
        QTRY_COMPARE(list.index(list.rowOf(due.id), PostListModel::ReasonColumn).data().toString(),
                     QStringLiteral("The picture size is not accepted."));
        p->selectPost(due.id);
        QTRY_COMPARE(montaj::toString(details->post().state), montaj::toString(PostState::Failed));
        QCOMPARE(details->findChild<QLabel *>(QStringLiteral("detailsReason"))->text(),
                 QStringLiteral("The picture size is not accepted."));
        QVERIFY(details->retryButton()->isVisible() && !details->approveButton()->isVisible());
        QTest::mouseClick(details->retryButton(), Qt::LeftButton);
        QTRY_COMPARE(montaj::toString(stored(due.id).state), montaj::toString(PostState::Scheduled));
        QVERIFY(stored(due.id).scheduled.utc > QDateTime::currentDateTimeUtc());
    }

    void progressAndNotificationsFollowThePublisher()
    {
        const Post post =
            create(makePost(m_alice, QStringLiteral("2030-08-01T12:00"), QStringLiteral("Going out")));
        auto p = page();
        p->showDate(QDate(2030, 8, 1));
        p->setView(PublishPage::View::List);
        QTRY_VERIFY(p->model().post(post.id).has_value());
        p->selectPost(post.id);
        QTRY_COMPARE(p->details()->post().id, post.id);
        // The studio's publisher, not started: its signals drive the page.
        PublisherOptions options;
        options.workDir = m_dir.filePath(QStringLiteral("publisher"));
        Publisher publisher(m_service->location(), nullptr, nullptr, options);
        p->setPublisher(&publisher);
        Q_EMIT publisher.postStarted(post.id);
        Q_EMIT publisher.postProgress(post.id, PublishStage::Uploading, 40, 100);
        auto *bar = p->details()->findChild<QProgressBar *>(QStringLiteral("detailsProgress"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->value(), 400);
        QVERIFY(bar->format().startsWith(QStringLiteral("Uploading 40")));
        const PostListModel &list = p->listView()->listModel();
        const QModelIndex state = list.index(list.rowOf(post.id), PostListModel::StateColumn);
        QVERIFY(state.data().toString().startsWith(QStringLiteral("Uploading 40")));
        Q_EMIT publisher.postPublished(post.id, QStringLiteral("7300000000000000042"));
        QVERIFY(!bar->isVisible());
        QCOMPARE(state.data().toString(), QStringLiteral("Scheduled")); // until the reload says Published
        QCOMPARE(p->notifier()->lastTitle(), QStringLiteral("Posted"));
        QVERIFY(p->notifier()->lastMessage().contains(QStringLiteral("@alice")));
        QVERIFY(p->notifier()->lastMessage().contains(QStringLiteral("Going out")));
        Q_EMIT publisher.postFailed(
            post.id, Error(QStringLiteral("platform.spam_risk"), QStringLiteral("Too many posts.")));
        QCOMPARE(p->notifier()->lastTitle(), QStringLiteral("Could not post"));
        QVERIFY(p->notifier()->lastMessage().contains(QStringLiteral("Too many posts.")));
        Q_EMIT publisher.offlineChanged(true);
        QVERIFY(p->messageBar()->text().startsWith(QStringLiteral("Offline")));
        p->setPublisher(nullptr);
        Q_EMIT publisher.postProgress(post.id, PublishStage::Processing, 0, 0);
        QVERIFY(!bar->isVisible()); // detached
    }

    void missedPostsAreAskedAbout()
    {
        const Post missed = create(makePost(
            m_bob,
            QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
            QStringLiteral("Missed while closed")));
        QVERIFY(!missed.id.isEmpty());
        auto p = page();
        QSignalSpy asked(p.get(), &PublishPage::missedPostsAsked);
        p->checkMissedPosts();
        QTRY_COMPARE(asked.size(), 1);
        auto *dialog = asked.at(0).at(0).value<MissedPostsDialog *>();
        QVERIFY(dialog);
        int row = -1;
        for (int i = 0; i < dialog->list()->count(); ++i) {
            const bool ours = dialog->list()->item(i)->data(Qt::UserRole).toString() == missed.id;
            dialog->list()->item(i)->setCheckState(ours ? Qt::Checked : Qt::Unchecked);
            row = ours ? i : row;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QTRY_VERIFY(stored(missed.id).scheduled.utc > QDateTime::currentDateTimeUtc().addSecs(-5));
        QCOMPARE(montaj::toString(stored(missed.id).state), montaj::toString(PostState::Scheduled));
    }

    void accountsDialogSavesPostingTimesAndColour()
    {
        WorkspaceAccountsDialog dialog(*m_service);
        dialog.show();
        QTRY_VERIFY(dialog.findChild<QListWidget *>()->count() >= 2);
        dialog.selectAccount(m_bob.id);
        dialog.slotsEdit()->setText(QStringLiteral("25:99"));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTest::qWait(50);
        auto bob = runSync<WorkspaceAccount>(*m_service,
                                             [id = m_bob.id](WorkspaceStore &s) { return s.account(id); });
        QVERIFY(bob->postingSlots.isEmpty()); // refused, nothing saved
        dialog.slotsEdit()->setText(QStringLiteral("18:30; 9:00, 18:30"));
        dialog.zoneCombo()->setEditText(QStringLiteral("America/Toronto"));
        QSignalSpy saved(&dialog, &WorkspaceAccountsDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        bob = runSync<WorkspaceAccount>(*m_service,
                                        [id = m_bob.id](WorkspaceStore &s) { return s.account(id); });
        QCOMPARE(bob->postingSlots, QStringList({QStringLiteral("09:00"), QStringLiteral("18:30")}));
        QCOMPARE(bob->timeZone, QStringLiteral("America/Toronto"));
        QCOMPARE(bob->colour, QStringLiteral("#d62728"));
        // Put bob back in UTC for the other tests.
        WorkspaceAccount back = *bob;
        back.timeZone = QStringLiteral("UTC");
        back.postingSlots.clear();
        QVERIFY(runSync<WorkspaceAccount>(*m_service, [back](WorkspaceStore &s) {
                    return s.saveAccount(back);
                }).ok());
    }

    void exportsCsvAndIcs()
    {
        create(
            makePost(m_alice, QStringLiteral("2030-09-01T18:00"), QStringLiteral("Exported, with a comma")));
        auto p = page();
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("plan.csv"));
        const QString ics = out.filePath(QStringLiteral("plan.ics"));
        p->exportTo(csv, false);
        QTRY_VERIFY(p->messageBar()->text().startsWith(QStringLiteral("Exported")));
        p->messageBar()->dismiss();
        p->exportTo(ics, true);
        QTRY_VERIFY(p->messageBar()->text().startsWith(QStringLiteral("Exported")));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvText = csvFile.readAll();
        QVERIFY(csvText.contains("account,scheduled_at"));
        QVERIFY(csvText.contains("\"Exported, with a comma\""));
        QFile icsFile(ics);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        const QByteArray icsText = icsFile.readAll();
        QVERIFY(icsText.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(icsText.contains("DTSTART;TZID=Europe/Paris:20300901T180000"));
    }

    void workspacePanelNeverShowsThePasswordAgain()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        WorkspaceChoice choice(settings, dir.filePath(QStringLiteral("workspace.sqlite")));
        WorkspaceService service;
        QVERIFY(openSync(service, choice.defaultSqlitePath()));
        WorkspacePanel panel(service, choice);
        panel.show();
        QTRY_VERIFY(panel.statusLabel()->text().contains(QStringLiteral("workspace.sqlite")));
        // Workspace-wide choices are stored in the workspace.
        auto *approval = panel.findChild<QCheckBox *>(QStringLiteral("approvalCheck"));
        QTRY_VERIFY(approval->isEnabled());
        QVERIFY(!approval->isChecked());
        QTest::mouseClick(approval, Qt::LeftButton);
        QTRY_COMPARE(
            runSync<QString>(
                service, [](WorkspaceStore &s) { return s.setting(WorkspaceSettings::kApprovalRequired); })
                .valueOr(QString()),
            QStringLiteral("true"));
        auto *missed = panel.findChild<QComboBox *>(QStringLiteral("missedPolicyCombo"));
        QCOMPARE(missed->currentData().toString(), QStringLiteral("ask"));

        panel.findChild<QRadioButton *>(QStringLiteral("workspacePostgres"))->setChecked(true);
        panel.postgresEdit()->setText(QStringLiteral("postgresql://agency:s3cret@127.0.0.1:1/montaj"));
        QVERIFY(panel.applyButton()->isEnabled());
        QTest::mouseClick(panel.applyButton(), Qt::LeftButton);
        QVERIFY2(!panel.postgresEdit()->text().contains(QStringLiteral("s3cret")),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.postgresEdit()->text(), QStringLiteral("postgresql://agency@127.0.0.1:1/montaj"));
        QVERIFY(choice.hasSessionPassword());
        QCOMPARE(choice.location().postgresUrl.password(), QStringLiteral("s3cret")); // in memory only
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("s3cret"));
        // Nothing listens on port 1: an error in words, never with the password.
        QTRY_VERIFY_WITH_TIMEOUT(!panel.statusLabel()->text().contains(QStringLiteral("Opening")), 15000);
        QVERIFY(!panel.statusLabel()->text().contains(QStringLiteral("s3cret")));
        QVERIFY(!service.isOpen());
    }

    void signedInSandboxAccountCanBeAddedAndChecked();

    void screenshotsInThreeLanguages();
};

// The studio with its in-process sandbox: the page offers to add the signed-in account, and the
// composer builds its header from the sandbox's real creator_info.
void TestPublishPage::signedInSandboxAccountCanBeAddedAndChecked()
{
    QTemporaryDir home;
    const AppPaths paths = AppPaths::underRoot(home.path());
    QVERIFY(paths.ensureExists().ok());
    UiSettings settings(paths.settingsFile());
    SandboxOptions options;
    options.stateDir = QDir(paths.dataDir()).filePath(QStringLiteral("sandbox"));
    options.autoApprove = true;
    SandboxHost sandbox(options);
    PlatformConnection platform(settings.store(), std::make_unique<MemoryTokenStore>());
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    platform.setBrowserOpener([&](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    connect(&sandbox, &SandboxHost::started, &platform, &PlatformConnection::useSandbox);
    sandbox.start();
    QTRY_VERIFY_WITH_TIMEOUT(platform.isReady(), 15000);
    platform.linkAccount();
    QTRY_VERIFY_WITH_TIMEOUT(platform.session().isSignedIn(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(platform.displayName().startsWith(u'@'), 15000);

    WorkspaceService service;
    QVERIFY(openSync(service, paths.workspaceDatabase()));
    PublishPage page(service, &platform);
    page.resize(1100, 700);
    page.show();
    // An empty workspace: nothing is seeded, the signed-in account is offered.
    QTRY_VERIFY(page.offerBar()->isVisible() && page.offerBar()->actionButton()->isVisible());
    QVERIFY(page.offerBar()->text().contains(platform.displayName()));
    QCOMPARE(
        runSync<QList<WorkspaceAccount>>(service, [](WorkspaceStore &s) { return s.accounts(); })->size(), 0);
    QTest::mouseClick(page.offerBar()->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(page.model().accounts().size(), qsizetype(1));
    const WorkspaceAccount added = page.model().accounts().first();
    QCOMPARE(added.openId, platform.session().openId);
    QCOMPARE(added.profileId, QStringLiteral("sandbox"));
    QCOMPARE(QString(u'@' + added.username), platform.displayName());
    QTRY_VERIFY(!page.offerBar()->isVisible());

    // The composer asks the sandbox's creator_info for this account.
    ComposerDialog *composer = page.newPost(QDate::currentDate().addDays(2), QTime(10, 0));
    QVERIFY(composer);
    QTRY_VERIFY_WITH_TIMEOUT(composer->creatorHeader()->creatorInfo().has_value(), 15000);
    const CreatorInfo info = *composer->creatorHeader()->creatorInfo();
    QVERIFY(!info.privacyLevelOptions.isEmpty());
    auto *privacy = composer->findChild<QComboBox *>(QStringLiteral("privacyCombo"));
    QCOMPARE(privacy->count(), info.privacyLevelOptions.size());
    QCOMPARE(privacy->currentIndex(), -1);
    QCOMPARE(composer->findChild<QCheckBox *>(QStringLiteral("allowCommentCheck"))->isEnabled(),
             !info.commentDisabled);
    composer->close();
}

// The studio as it runs: MainWindow with its own workspace in a fresh data folder, filled with a
// month of posts across three accounts; the month view, the list view and the composer in every
// language.
void TestPublishPage::screenshotsInThreeLanguages()
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
    WorkspaceService &service = window.workspace();
    QTRY_VERIFY_WITH_TIMEOUT(service.isOpen(), 15000);
    QCOMPARE(service.location().sqlitePath, QFileInfo(paths.workspaceDatabase()).absoluteFilePath());

    QList<WorkspaceAccount> accounts;
    for (const WorkspaceAccount &wanted :
         {makeAccount(QStringLiteral("studio.paris"), QStringLiteral("#1f77b4"),
                      QStringLiteral("Europe/Paris")),
          makeAccount(QStringLiteral("riyadh_eats"), QStringLiteral("#d62728"),
                      QStringLiteral("Asia/Riyadh")),
          makeAccount(QStringLiteral("montreal.fit"), QStringLiteral("#2ca02c"),
                      QStringLiteral("America/Toronto"))}) {
        auto saved =
            runSync<WorkspaceAccount>(service, [wanted](WorkspaceStore &s) { return s.saveAccount(wanted); });
        QVERIFY(saved.ok());
        accounts << *saved;
    }
    const QDate today = QDate::currentDate();
    const QDate first(today.year(), today.month(), 1);
    const auto day = [&](int d) {
        return first.addDays(std::min(d, first.daysInMonth()) - 1).toString(Qt::ISODate);
    };
    struct Plan
    {
        int account;
        int day;
        const char *time;
        const char *caption;
        PostState state;
    };
    const Plan plan[] = {
        {0, 3, "18:00", "Nouvelle collection #mode", PostState::Scheduled},
        {1, 3, "20:30", "إفطار اليوم #رمضان", PostState::Scheduled},
        {2, 6, "07:00", "Morning stretch routine", PostState::Scheduled},
        {0, 9, "12:00", "Behind the scenes", PostState::NeedsApproval},
        {1, 9, "19:00", "Street food tour #riyadh", PostState::Scheduled},
        {2, 9, "08:30", "Leg day", PostState::Scheduled},
        {0, 9, "21:00", "Q&A live recap", PostState::Scheduled},
        {1, 14, "13:00", "وصفة الكنافة", PostState::Approved},
        {2, 17, "06:45", "5K in the snow", PostState::Scheduled},
        {0, 21, "17:30", "Collab with @brand.fr #ad", PostState::Scheduled},
        {1, 24, "20:00", "Ramadan night market", PostState::Scheduled},
        {2, 27, "09:15", "Rest day tips", PostState::Draft},
    };
    for (const Plan &item : plan) {
        Post post = makePost(accounts.at(item.account), day(item.day) + u'T' + QLatin1String(item.time),
                             QString::fromUtf8(item.caption), item.state);
        auto created = runSync<Post>(
            service, [post](WorkspaceStore &s) { return s.createPost(post, QStringLiteral("test")); });
        QVERIFY(created.ok());
    }
    // Today: one published and one failed post, through a worker's claim.
    QString failedId;
    for (int i = 0; i < 2; ++i) {
        const Post post =
            makePost(accounts.at(i),
                     QDateTime::currentDateTimeUtc()
                         .toTimeZone(QTimeZone(accounts.at(i).timeZone.toUtf8()))
                         .addSecs(-600 - 60 * i)
                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                     i == 0 ? QStringLiteral("Sunset timelapse") : QStringLiteral("Kabsa in 60 seconds"));
        auto created = runSync<Post>(
            service, [post](WorkspaceStore &s) { return s.createPost(post, QStringLiteral("test")); });
        QVERIFY(created.ok());
        auto claimed = runSync<QList<ClaimedPost>>(service, [id = accounts.at(i).id](WorkspaceStore &s) {
            return s.claimDue(QStringLiteral("studio"), QDateTime::currentDateTimeUtc(), 5,
                              std::chrono::seconds(60), {id});
        });
        QVERIFY(claimed.ok() && !claimed->isEmpty());
        const ClaimedPost c = claimed->first();
        if (i == 0) {
            QVERIFY(runSync<Post>(service, [c](WorkspaceStore &s) {
                        return s.markPublished(c.post.id, c.leaseToken, QStringLiteral("p_1"),
                                               QStringLiteral("7300000000000000001"));
                    }).ok());
        } else {
            failedId = c.post.id;
            QVERIFY(
                runSync<Post>(service, [c](WorkspaceStore &s) {
                    return s.markFailed(
                        c.post.id, c.leaseToken, QStringLiteral("platform.spam_risk_too_many_posts"),
                        QStringLiteral("The platform refused: too many posts today. Try again tomorrow."));
                }).ok());
        }
    }

    PublishPage *page = window.publishPage();
    QVERIFY(page);
    page->setCreatorInfoSource(fakeCreator(accounts.at(0).openId, [] {
        CreatorInfo info = aliceInfo();
        info.username = QStringLiteral("studio.paris");
        info.nickname = QStringLiteral("Studio Paris");
        return info;
    }()));
    window.showPage(PageId::Publish);
    page->showDate(today);
    QTRY_COMPARE(page->model().posts().size(), qsizetype(14));
    page->selectPost(failedId);
    QTRY_COMPARE(page->details()->post().id, failedId);

    QTemporaryDir media;
    const QString clip = media.filePath(QStringLiteral("clip.mp4"));
    QVERIFY(test::MediaFixtures::ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("testsrc2=size=360x640:rate=25:duration=4"),
                                         QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip}));

    for (Language language : {Language::English, Language::Arabic, Language::French}) {
        QVERIFY(m_localization.setLanguage(language).ok());
        QCoreApplication::processEvents();
        QCOMPARE(window.layoutDirection(), language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
        const QString dir = QDir(QStringLiteral(MONTAJ_SCREENSHOT_DIR)).filePath(Languages::code(language));
        QVERIFY(QDir().mkpath(dir));

        page->setView(PublishPage::View::Month);
        QCoreApplication::processEvents();
        MonthView *month = page->monthView();
        // The grid follows the locale's first day and mirrors in Arabic.
        QCOMPARE(month->firstShown().dayOfWeek(), int(QLocale().firstDayOfWeek()));
        const QRect firstCell = month->dayRect(month->firstShown());
        const QRect secondCell = month->dayRect(month->firstShown().addDays(1));
        QCOMPARE(firstCell.left() > secondCell.left(), language == Language::Arabic);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-month.png"))));

        page->setView(PublishPage::View::Week);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-week.png"))));

        page->setView(PublishPage::View::List);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-list.png"))));

        ComposerDialog *composer = page->newPost(today.addDays(1), QTime(18, 30));
        QVERIFY(composer);
        composer->setAccount(accounts.at(0).id);
        QTRY_VERIFY(composer->creatorHeader()->creatorInfo().has_value());
        composer->findChild<QLineEdit *>(QStringLiteral("mediaEdit"))->setText(clip);
        composer->findChild<QPlainTextEdit *>(QStringLiteral("captionEdit"))
            ->setPlainText(language == Language::Arabic
                               ? QStringLiteral("مجموعة الصيف الجديدة مع @brand.fr #تعاون")
                               : QStringLiteral("New summer collection with @brand.fr #collab"));
        composer->creatorHeader()->setPrivacyLevel(QStringLiteral("PUBLIC_TO_EVERYONE"));
        composer->disclosure()->setValues(false, true, false);
        QTRY_VERIFY(composer->preview()->hasFrame());
        QCoreApplication::processEvents();
        QVERIFY(composer->grab().save(QDir(dir).filePath(QStringLiteral("publish-composer.png"))));
        composer->close();

        window.showPage(PageId::Settings);
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("publish-settings.png"))));
        window.showPage(PageId::Publish);
    }
    QVERIFY(m_localization.setLanguage(Language::English).ok());
}

QTEST_MAIN(TestPublishPage)
#include "tst_publishpage.moc"
