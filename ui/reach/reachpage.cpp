#include "ui/reach/reachpage.h"

#include "core/publish/store/workspaceservice.h"
#include "core/reach/historycsv.h"
#include "core/reach/platformhistory.h"
#include "ui/bidi.h"
#include "ui/platform/platformconnection.h"
#include "ui/reach/besttimeheatmap.h"
#include "ui/reach/reachdistributionchart.h"
#include "ui/reach/reachdraftpanel.h"
#include "ui/reach/reachfollowup.h"
#include "ui/reach/reachfollowuppanel.h"
#include "ui/reach/reachgrowthchart.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace montaj::ui {

namespace {

constexpr int kDebounceMs = 120;
constexpr int kPollMs = 5 * 60 * 1000;

bool notOutYet(const Post &p)
{
    return p.state != PostState::Published && p.state != PostState::Cancelled && p.state != PostState::Failed
           && p.state != PostState::Publishing;
}

} // namespace

struct ReachPage::Loaded
{
    QList<WorkspaceAccount> accounts;
    QList<Post> posts;
};

ReachPage::ReachPage(WorkspaceService &workspace, PlatformConnection *platform, const AppPaths &paths,
                     QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_platform(platform)
    , m_following(new ReachFollowUp(ReachStore::defaultPath(paths), this))
    , m_title(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QComboBox(this))
    , m_fetch(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_storeProblem(new QLabel(this))
    , m_draft(new ReachDraftPanel(this))
    , m_distribution(new ReachDistributionChart(this))
    , m_growth(new ReachGrowthChart(this))
    , m_driversTitle(new QLabel(this))
    , m_drivers(new QListWidget(this))
    , m_heatmapTitle(new QLabel(this))
    , m_heatmap(new BestTimeHeatmap(this))
    , m_followUp(new ReachFollowUpPanel(this))
{
    setObjectName(QStringLiteral("reachPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_account->setObjectName(QStringLiteral("reachAccount"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setObjectName(QStringLiteral("reachStatus"));
    m_status->setWordWrap(true);
    m_storeProblem->setObjectName(QStringLiteral("reachStoreProblem"));
    m_storeProblem->setWordWrap(true);
    m_storeProblem->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_storeProblem->setVisible(!m_following->keptAs().isEmpty() || !m_following->isWritable());
    m_drivers->setObjectName(QStringLiteral("reachDrivers"));
    m_drivers->setWordWrap(true);
    m_drivers->setMinimumHeight(110);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_accountLabel);
    top->addWidget(m_account);
    top->addWidget(m_fetch);
    top->addWidget(m_import);

    auto *charts = new QGridLayout;
    charts->addWidget(m_distribution, 0, 0);
    charts->addWidget(m_growth, 0, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(charts, 3);
    right->addWidget(m_driversTitle);
    right->addWidget(m_drivers, 1);
    right->addWidget(m_heatmapTitle);
    right->addWidget(m_heatmap, 1);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_draft, 0, Qt::AlignTop);
    middle->addLayout(right, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_storeProblem);
    layout->addWidget(m_status);
    layout->addLayout(middle, 1);
    layout->addWidget(m_followUp);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReachPage::estimateNow);
    connect(m_draft, &ReachDraftPanel::draftChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_account, &QComboBox::currentIndexChanged, this, &ReachPage::accountChanged);
    connect(m_fetch, &QPushButton::clicked, this, &ReachPage::fetchHistory);
    connect(m_import, &QPushButton::clicked, this, &ReachPage::importHistory);
    connect(m_heatmap, &BestTimeHeatmap::timeChosen, m_draft, &ReachDraftPanel::setPostTime);
    connect(m_followUp, &ReachFollowUpPanel::refreshRequested, this, &ReachPage::refreshCounters);
    connect(m_following, &ReachFollowUp::readingChanged, m_followUp, &ReachFollowUpPanel::setBusy);
    connect(m_following, &ReachFollowUp::failed, this,
            [this](const Error &e) { setStatus(e.message, true); });
    connect(m_following, &ReachFollowUp::countersRead, this, &ReachPage::countersRead);
    connect(m_followUp, &ReachFollowUpPanel::selectionChanged, this, &ReachPage::showFollowUp);
    connect(&m_workspace, &WorkspaceService::changed, this, &ReachPage::reload);
    connect(&m_workspace, &WorkspaceService::opened, this, &ReachPage::reload);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ReachPage::refreshCounters);
    m_poll.start();
    retranslate();
    reload();
}

ReachPage::~ReachPage() = default;

void ReachPage::reload()
{
    m_workspace.run<Loaded>(
        this,
        [](WorkspaceStore &store) -> Result<Loaded> {
            auto accounts = store.accounts();
            if (!accounts)
                return accounts.error();
            auto posts = store.posts();
            if (!posts)
                return posts.error();
            return Loaded{*accounts, *posts};
        },
        [this](Result<Loaded> loaded) {
            if (loaded)
                applyLoaded(loaded->accounts, loaded->posts);
            else if (loaded.error().code != QLatin1String("workspace.not_open"))
                setStatus(loaded.error().message, true);
        });
}

void ReachPage::applyLoaded(const QList<WorkspaceAccount> &accounts, const QList<Post> &posts)
{
    const QString current = m_account->currentData().toString();
    m_accounts = accounts;
    m_posts = posts;
    {
        const QSignalBlocker block(m_account);
        m_account->clear();
        for (const WorkspaceAccount &a : m_accounts)
            m_account->addItem(QStringLiteral("@%1 · %2").arg(a.username, a.profileId), a.id);
        const int index = m_account->findData(current);
        m_account->setCurrentIndex(index >= 0 ? index : (m_accounts.isEmpty() ? -1 : 0));
    }
    accountChanged();
}

const WorkspaceAccount *ReachPage::account() const
{
    const QString id = m_account->currentData().toString();
    for (const WorkspaceAccount &a : m_accounts)
        if (a.id == id)
            return &a;
    return nullptr;
}

void ReachPage::accountChanged()
{
    const WorkspaceAccount *a = account();
    m_history = {};
    m_fetch->setEnabled(a != nullptr);
    m_import->setEnabled(a != nullptr);
    if (!a) {
        m_draft->setPosts({}, QTimeZone::utc());
        setStatus(tr("Add an account to the workspace (Publish → accounts) to estimate its posts."));
        estimateNow();
        return;
    }
    const QTimeZone zone(a->timeZone.toUtf8());
    QList<Post> drafts;
    for (const Post &p : m_posts)
        if (p.accountId == a->id && notOutYet(p))
            drafts.append(p);
    m_draft->setPosts(drafts, zone);
    const auto saved = m_following->store().history(a->profileId, a->username);
    if (saved)
        m_history = *saved;
    ReachCalibration calibration = m_following->store().calibration(a->profileId, a->username);
    if (calibration.observations().isEmpty() && !m_history.videos.isEmpty()) {
        // A new account's calibration starts from its own past: each video against its estimate.
        for (const ReachObservation &o : ReachEstimator().selfCheck(m_history))
            calibration.add(o);
        m_following->store().setCalibration(calibration);
        saveStore();
    }
    m_estimator.setCalibration(calibration);
    followPublished();
    estimateNow();
}

void ReachPage::estimateNow()
{
    const WorkspaceAccount *a = account();
    m_drivers->clear();
    m_hasEstimate = false;
    if (!a || m_history.videos.isEmpty()) {
        m_distribution->clear();
        m_growth->setCurve({});
        m_heatmap->clear();
        if (a)
            setStatus(tr("No history for @%1 yet: fetch it from the platform or import a history file.")
                          .arg(a->username));
        return;
    }
    ReachDraft draft = m_draft->draft();
    draft.profileId = a->profileId;
    const auto e = m_estimator.estimate(m_history, draft);
    if (!e) {
        m_distribution->clear();
        m_growth->setCurve({});
        setStatus(e.error().message, true);
        return;
    }
    m_estimate = *e;
    m_hasEstimate = true;
    m_distribution->setEstimate(m_estimate);
    if (m_followUp->selectedVideoId().isEmpty())
        m_growth->setCurve(m_estimate.curve);
    for (const ReachDriver &d : m_estimate.drivers) {
        auto *item = new QListWidgetItem(d.text, m_drivers);
        item->setData(Qt::UserRole, d.key);
    }
    if (m_estimate.drivers.isEmpty())
        new QListWidgetItem(tr("Nothing about this draft moves the estimate by 1 % or more."), m_drivers);
    const ReachPoint week = m_estimate.horizons.value(2);
    const QLocale locale;
    QString text = tr("About %1 views in 7 days (80 % between %2 and %3), from %n earlier video(s).", nullptr,
                      m_estimate.historyCount)
                       .arg(locale.toString(week.p50, 'f', 0), locale.toString(week.p10, 'f', 0),
                            locale.toString(week.p90, 'f', 0));
    if (m_estimate.wide)
        text += u' ' + tr("The range is wide: %1").arg(m_estimate.reason);
    setStatus(text);
    updateHeatmap(draft);
}

void ReachPage::updateHeatmap(const ReachDraft &draft)
{
    const QTimeZone zone = draft.audienceZone;
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(zone);
    const QDateTime start(now.date().addDays(1), QTime(0, 0), zone);
    QList<double> values;
    values.reserve(168);
    ReachDraft d = draft;
    for (int hour = 0; hour < 168; ++hour) {
        d.postAtUtc = start.addSecs(qint64(hour) * 3600).toUTC();
        values.append(std::pow(10.0, m_estimator.quantilesAt(m_history, d, 7.0)[1]));
    }
    m_heatmap->setValues(values, start, zone);
    const QDateTime best = m_heatmap->bestTime();
    m_heatmapTitle->setText(best.isValid()
                                ? tr("Best time to post in the next 7 days: %1")
                                      .arg(QLocale().toString(best.toTimeZone(zone), QLocale::ShortFormat))
                                : tr("Best time to post in the next 7 days"));
}

Result<void> ReachPage::useHistory(ReachHistory history)
{
    const WorkspaceAccount *a = account();
    if (!a)
        return Error(QStringLiteral("reach.no_account"), tr("Choose an account first."));
    if (history.profileId != a->profileId)
        return Error(QStringLiteral("reach.profile_mismatch"),
                     tr("This history is from “%1” and @%2 posts to “%3”: their audiences differ.")
                         .arg(history.profileId, a->username, a->profileId));
    history.creator = a->username;
    history = history.normalized();
    if (auto saved = m_following->store().saveHistory(history); !saved)
        return saved.error();
    m_history = history;
    ReachCalibration calibration = m_following->store().calibration(a->profileId, a->username);
    if (calibration.observations().isEmpty())
        for (const ReachObservation &o : ReachEstimator().selfCheck(m_history))
            calibration.add(o);
    m_following->store().setCalibration(calibration);
    saveStore();
    m_estimator.setCalibration(calibration);
    followPublished();
    estimateNow();
    return {};
}

void ReachPage::fetchHistory()
{
    const WorkspaceAccount *a = account();
    TikTokApi *api = m_platform ? m_platform->api() : nullptr;
    if (!a || !api || api->profile().id() != a->profileId || !api->session().isSignedIn()
        || (!a->openId.isEmpty() && api->session().openId != a->openId)) {
        setStatus(tr("To fetch @%1’s videos, link that account in Settings → Accounts, or import a history "
                     "file.")
                      .arg(a ? a->username : QString()),
                  true);
        return;
    }
    m_fetching = true;
    m_fetch->setEnabled(false);
    setStatus(tr("Reading @%1’s videos from the platform…").arg(a->username));
    const QString accountId = a->id;
    PlatformHistory::fetch(*api, PlatformHistory::kDefaultMaxVideos, a->username,
                           [this, accountId](Result<ReachHistory> history) {
                               m_fetching = false;
                               m_fetch->setEnabled(true);
                               const WorkspaceAccount *now = account();
                               if (!now || now->id != accountId)
                                   return;
                               if (!history) {
                                   setStatus(history.error().message, true);
                                   return;
                               }
                               if (auto used = useHistory(*history); !used)
                                   setStatus(used.error().message, true);
                           });
}

void ReachPage::importHistory()
{
    const WorkspaceAccount *a = account();
    if (!a)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import history"), QString(),
                                                      tr("History files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    HistoryCsv::Options options;
    options.profileId = a->profileId;
    const auto imported = HistoryCsv::readFile(path, options);
    if (!imported) {
        setStatus(imported.error().toString(), true);
        return;
    }
    const ReachHistory *chosen = nullptr;
    for (const ReachHistory &h : imported->histories)
        if (h.creator.compare(a->username, Qt::CaseInsensitive) == 0)
            chosen = &h;
    if (!chosen && imported->histories.size() == 1)
        chosen = &imported->histories.first();
    if (!chosen) {
        setStatus(
            tr("The file holds %n creator(s) and none is @%1.", nullptr, int(imported->histories.size()))
                .arg(a->username),
            true);
        return;
    }
    if (auto used = useHistory(*chosen); !used)
        setStatus(used.error().message, true);
    else if (imported->brokenRows > 0)
        setStatus(
            statusText() + u' '
            + tr("%n row(s) of the file could not be read (first: %1).", nullptr, int(imported->brokenRows))
                  .arg(imported->problems.value(0).toString()));
}

void ReachPage::followPublished()
{
    const WorkspaceAccount *a = account();
    if (!a)
        return;
    if (const auto added = m_following->followPublished(*a, m_history, m_posts); !added)
        setStatus(added.error().message, true);
    m_followUp->setPosts(m_following->store().tracked(a->profileId, a->username),
                         m_following->store().calibration(a->profileId, a->username));
}

void ReachPage::refreshCounters()
{
    const WorkspaceAccount *a = account();
    TikTokApi *api = m_platform ? m_platform->api() : nullptr;
    if (!a || !api || api->profile().id() != a->profileId || !api->session().isSignedIn())
        return;
    m_following->readCounters(*api, *a);
}

void ReachPage::countersRead(const QString &profileId, const QString &username)
{
    const WorkspaceAccount *a = account();
    if (!a || a->profileId != profileId || a->username != username)
        return;
    m_estimator.setCalibration(m_following->store().calibration(profileId, username));
    m_followUp->setPosts(m_following->store().tracked(profileId, username),
                         m_following->store().calibration(profileId, username));
    estimateNow();
}

void ReachPage::showFollowUp()
{
    const QString id = m_followUp->selectedVideoId();
    for (const TrackedPost &t : m_following->store().tracked()) {
        if (t.videoId != id)
            continue;
        QList<ReachPoint> curve;
        for (const double hours :
             {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 48.0, 72.0, 120.0, 168.0, 240.0, 336.0, 504.0, 720.0})
            curve.append(t.estimatedAt(hours));
        m_growth->setCurve(curve, t.actuals);
        return;
    }
    m_growth->setCurve(m_hasEstimate ? m_estimate.curve : QList<ReachPoint>());
}

void ReachPage::saveStore()
{
    if (auto saved = m_following->save(); !saved)
        setStatus(saved.error().message, true);
}

void ReachPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    m_status->setStyleSheet(problem ? QStringLiteral("color: palette(link-visited);") : QString());
}

QString ReachPage::statusText() const
{
    return m_status->text();
}

void ReachPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        estimateNow(); // drivers and the status are written in the language of the moment
        const WorkspaceAccount *a = account();
        if (!a)
            setStatus(tr("Add an account to the workspace (Publish → accounts) to estimate its posts."));
        if (a)
            m_followUp->setPosts(m_following->store().tracked(a->profileId, a->username),
                                 m_following->store().calibration(a->profileId, a->username));
    }
    QWidget::changeEvent(event);
}

void ReachPage::retranslate()
{
    m_title->setText(tr("Reach"));
    m_accountLabel->setText(tr("Account"));
    m_fetch->setText(tr("Fetch history"));
    m_fetch->setToolTip(tr("Read this account’s videos and their views from the platform."));
    m_import->setText(tr("Import history…"));
    m_import->setToolTip(tr("Read a history CSV: Montaj’s export or the scraped creators’ layout."));
    m_driversTitle->setText(tr("What moves this estimate"));
    m_heatmapTitle->setText(tr("Best time to post in the next 7 days")); // the estimate adds the time
    if (!m_following->keptAs().isEmpty())
        m_storeProblem->setText(tr("The reach data could not be read; it was kept as “%1”. The follow-up of "
                                   "published posts starts afresh.")
                                    .arg(bidiIsolated(QDir::toNativeSeparators(m_following->keptAs()))));
    else if (!m_following->isWritable())
        m_storeProblem->setText(
            tr("The reach data “%1” could not be read, nor moved aside: nothing is saved "
               "over it, so what is followed now is lost when Montaj closes.")
                .arg(bidiIsolated(QDir::toNativeSeparators(m_following->store().path()))));
}

} // namespace montaj::ui
