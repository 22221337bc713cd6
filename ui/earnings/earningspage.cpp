#include "ui/earnings/earningspage.h"

#include "core/earnings/earningscsvexport.h"
#include "core/earnings/giftcsvimport.h"
#include "core/earnings/ledgerthread.h"
#include "core/earnings/livehistorysync.h"
#include "core/earnings/ratebook.h"
#include "core/earnings/ratecsvimport.h"
#include "core/platform/liveapi.h"
#include "core/platform/liveeventstream.h"
#include "core/platform/tiktokapi.h"
#include "ui/earnings/breakdownpanel.h"
#include "ui/earnings/earningsformat.h"
#include "ui/earnings/earningsview.h"
#include "ui/earnings/historypanel.h"
#include "ui/earnings/livedashboard.h"
#include "ui/earnings/payoutspanel.h"
#include "ui/earnings/ratespanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace montaj::ui {

EarningsPage::EarningsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_currencyCombo(new QComboBox(this))
    , m_syncButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new LiveDashboard(this))
    , m_history(new HistoryPanel(this))
    , m_breakdown(new BreakdownPanel(this))
    , m_payouts(new PayoutsPanel(this))
    , m_rates(new RatesPanel(this))
{
    setObjectName(QStringLiteral("earningsPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_status->setObjectName(QStringLiteral("earningsStatus"));
    m_status->setWordWrap(true);
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_syncButton->setObjectName(QStringLiteral("syncHistoryButton"));
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_tabs->setObjectName(QStringLiteral("earningsTabs"));
    for (const QString &c : EarningsFormat::currencies())
        m_currencyCombo->addItem(c, c);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currencyCombo);
    bar->addSpacing(12);
    bar->addWidget(m_syncButton);
    bar->addWidget(m_importButton);
    bar->addWidget(m_exportButton);
    auto *overview = new QSplitter(Qt::Horizontal, this);
    overview->setObjectName(QStringLiteral("overview"));
    overview->setChildrenCollapsible(false);
    overview->addWidget(m_dashboard);
    overview->addWidget(m_history);
    overview->setStretchFactor(0, 2);
    overview->setStretchFactor(1, 3);
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_breakdown, QString());
    m_tabs->addTab(m_payouts, QString());
    m_tabs->addTab(m_rates, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(&m_monitor, &LiveSessionMonitor::snapshotReady, m_dashboard, &LiveDashboard::showSnapshot);
    connect(&m_monitor, &LiveSessionMonitor::giftsCounted, this, [this](const QList<GiftRecord> &gifts) {
        if (m_ledger)
            m_ledger->append(gifts, EntrySource::Live);
    });
    connect(m_currencyCombo, &QComboBox::activated, this,
            [this](int index) { setCurrency(m_currencyCombo->itemData(index).toString()); });
    connect(m_dashboard, &LiveDashboard::followRequested, this, &EarningsPage::follow);
    connect(m_dashboard, &LiveDashboard::stopRequested, this, &EarningsPage::stopFollowing);
    connect(m_breakdown, &BreakdownPanel::queryChanged, this, &EarningsPage::reloadBreakdown);
    connect(m_importButton, &QPushButton::clicked, this, &EarningsPage::importCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &EarningsPage::exportCsv);
    connect(m_syncButton, &QPushButton::clicked, this, &EarningsPage::syncHistory);
    connect(m_payouts, &PayoutsPanel::withdrawalRequested, this,
            [this](const Money &amount, qint64 atMs, const QString &note) {
                write<Withdrawal>(
                    [amount, atMs, note](EarningsLedger &l) {
                        return PayoutBook(l).recordWithdrawal(amount, atMs, note);
                    },
                    [this](Result<Withdrawal> done) {
                        if (!done)
                            return m_payouts->showProblem(done.error().message);
                        m_payouts->clearForm();
                        reload();
                    });
            });
    connect(m_payouts, &PayoutsPanel::reversalRequested, this, [this](qint64 id) {
        write<Withdrawal>(
            [id](EarningsLedger &l) {
                return PayoutBook(l).reverseWithdrawal(id, QDateTime::currentMSecsSinceEpoch(),
                                                       tr("reversed in Montaj"));
            },
            [this](Result<Withdrawal> done) {
                m_payouts->showProblem(done ? QString() : done.error().message);
                reload();
            });
    });
    connect(m_rates, &RatesPanel::rateAdded, this, [this](const RateSetting &rate) {
        write<qint64>([rate](EarningsLedger &l) { return RateBook(l).add(rate); },
                      [this](Result<qint64> done) {
                          m_rates->showProblem(done ? QString() : done.error().message);
                          reload();
                      });
    });
    connect(m_rates, &RatesPanel::optionsSaved, this,
            [this](const QString &payout, const std::optional<Money> &minimum, int taxBasisPoints) {
                write<bool>(
                    [payout, minimum, taxBasisPoints](EarningsLedger &l) -> Result<bool> {
                        RateBook book(l);
                        for (const Result<void> &ok :
                             {book.setPayoutCurrency(payout), book.setMinimumWithdrawal(minimum),
                              book.setTaxRateBasisPoints(taxBasisPoints)})
                            if (!ok)
                                return ok.error();
                        return true;
                    },
                    [this](Result<bool> done) {
                        m_rates->showProblem(done ? QString() : done.error().message);
                        reload();
                    });
            });
    connect(m_rates, &RatesPanel::importRatesRequested, this, &EarningsPage::importRates);
    connect(m_rates, &RatesPanel::priceEdited, this,
            [this](qint64 giftId, const QString &name, qint64 coins) {
                write<bool>(
                    [giftId, name, coins](EarningsLedger &l) -> Result<bool> {
                        if (Result<void> ok = GiftCatalog(l).setPrice(giftId, name, coins); !ok)
                            return ok.error();
                        return true;
                    },
                    [this](Result<bool> done) {
                        m_rates->showProblem(done ? QString() : done.error().message);
                        reload();
                    });
            });
    retranslate();
    setPlatform(nullptr);
}

EarningsPage::~EarningsPage()
{
    m_stream.reset();
    m_sync.reset();
    m_live.reset();
    m_ledger.reset(); // finishes queued writes (the last live gifts included)
}

template<typename T>
void EarningsPage::write(std::function<Result<T>(EarningsLedger &)> job, std::function<void(Result<T>)> done)
{
    if (!m_ledger)
        return;
    m_ledger->run<T>(this, std::move(job), std::move(done));
}

void EarningsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QTimer::singleShot(0, this, &EarningsPage::reload); // numbers and dates follow the new locale
        QTimer::singleShot(0, this, &EarningsPage::refreshSessions); // and the live panel's status
    }
    QWidget::changeEvent(event);
}

void EarningsPage::retranslate()
{
    m_title->setText(tr("Earnings"));
    m_currencyLabel->setText(tr("Show in:"));
    m_syncButton->setText(tr("Bring in LIVE history"));
    m_syncButton->setToolTip(tr("Reads your past LIVE sessions from the platform and counts their gifts"));
    m_importButton->setText(tr("Import CSV…"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Saves the table shown under Breakdown"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Breakdown"));
    m_tabs->setTabText(2, tr("Payouts"));
    m_tabs->setTabText(3, tr("Settings"));
    if (m_statusText)
        m_status->setText(m_statusText());
}

void EarningsPage::setTranslatedStatus(std::function<QString()> text)
{
    setStatus(text());
    m_statusText = std::move(text);
}

void EarningsPage::setStatus(const QString &text, bool problem)
{
    m_statusText = nullptr;
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::Link : QPalette::PlaceholderText);
    m_status->setVisible(!text.isEmpty());
}

void EarningsPage::openLedger(const QString &path)
{
    stopFollowing();
    m_sync.reset();
    m_ledger = std::make_unique<LedgerThread>(path);
    connect(m_ledger.get(), &LedgerThread::failed, this,
            [this](const Error &error) { setStatus(error.message, true); });
    makeSync();
    reload();
}

void EarningsPage::makeSync()
{
    m_sync.reset();
    if (m_live && m_ledger) {
        m_sync = std::make_unique<LiveHistorySync>(m_live.get(), m_ledger.get());
        connect(m_sync.get(), &LiveHistorySync::sessionSynced, this, [this](const SessionSyncResult &result) {
            if (!result.matchesPlatform())
                ++m_mismatches;
        });
        connect(m_sync.get(), &LiveHistorySync::failed, this,
                [this](const Error &error) { setStatus(error.message, true); });
        connect(m_sync.get(), &LiveHistorySync::finished, this, [this](int imported) {
            if (m_mismatches > 0)
                setStatus(tr("%Ln session(s) do not match the platform's totals.", nullptr, m_mismatches),
                          true);
            else
                setStatus(tr("%Ln past session(s) brought in; every total matches the platform's.", nullptr,
                             imported));
            refreshSessions();
            reload();
        });
    }
    m_syncButton->setEnabled(m_sync != nullptr);
}

void EarningsPage::setPlatform(TikTokApi *api)
{
    stopFollowing();
    m_sync.reset();
    m_stream.reset();
    m_live.reset();
    if (api) {
        m_live = std::make_unique<LiveApi>(api);
        m_stream = std::make_unique<LiveEventStream>(m_live.get());
        connect(m_stream.get(), &LiveEventStream::eventReceived, &m_monitor, &LiveSessionMonitor::ingest);
        connect(m_stream.get(), &LiveEventStream::opened, this, [this](int n) {
            m_dashboard->setStatus(
                n == 1 ? tr("Connected.")
                       : tr("Reconnected (%1): replayed gifts are not counted twice.").arg(n));
        });
        connect(m_stream.get(), &LiveEventStream::interrupted, this,
                [this](const Error &reason) { m_dashboard->setStatus(reason.message); });
        connect(m_stream.get(), &LiveEventStream::finished, this, [this] {
            m_dashboard->setStatus(tr("The session has ended."));
            stopFollowing();
        });
        connect(m_stream.get(), &LiveEventStream::failed, this, [this](const Error &error) {
            m_dashboard->setStatus(error.message);
            stopFollowing();
        });
    }
    makeSync();
    refreshSessions();
}

void EarningsPage::refreshSessions()
{
    if (!m_live || !m_live->isSignedIn()) {
        m_dashboard->setSessions({});
        m_dashboard->setStatus(tr("Link a platform account in Settings to follow a LIVE session."));
        return;
    }
    m_live->listSessions([this](Result<QList<LiveSessionInfo>> sessions) {
        if (!sessions)
            return m_dashboard->setStatus(sessions.error().message);
        m_sessions = *sessions;
        m_dashboard->setSessions(m_sessions);
        m_dashboard->setStatus(tr("%Ln session(s) on the platform.", nullptr, int(m_sessions.size())));
    });
}

void EarningsPage::follow(const QString &sessionId)
{
    if (!m_stream)
        return;
    m_monitor.setValuation(m_settings, m_currency);
    m_monitor.reset(sessionId);
    for (const LiveSessionInfo &s : std::as_const(m_sessions))
        if (s.id == sessionId)
            write<bool>(
                [s](EarningsLedger &l) -> Result<bool> {
                    const EarningsSession session{s.id,
                                                  s.title,
                                                  s.live,
                                                  s.startTime * 1000,
                                                  s.endTime * 1000,
                                                  -1,
                                                  -1,
                                                  QStringLiteral("live")};
                    if (Result<void> ok = l.saveSession(session); !ok)
                        return ok.error();
                    return true;
                },
                [](Result<bool>) {});
    m_stream->start(sessionId);
    m_dashboard->setFollowing(true);
    m_dashboard->setStatus(tr("Connecting…"));
}

void EarningsPage::stopFollowing()
{
    if (m_stream && m_stream->state() != LiveEventStream::State::Idle)
        m_stream->stop();
    m_monitor.flush();
    m_dashboard->setFollowing(false);
}

void EarningsPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void EarningsPage::setCurrency(const QString &currency)
{
    m_currency = currency;
    int at = m_currencyCombo->findData(currency);
    if (at < 0) {
        m_currencyCombo->addItem(currency, currency);
        at = m_currencyCombo->count() - 1;
    }
    m_currencyCombo->setCurrentIndex(at);
    m_monitor.setValuation(m_settings, m_currency);
    m_monitor.flush();
    reload();
}

EarningsViewRequest EarningsPage::request() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {m_currency, m_breakdown->grouping(), m_breakdown->filter(now), m_zone, now, !m_defaultsSeeded};
}

void EarningsPage::reload()
{
    if (!m_ledger)
        return;
    if (m_reloading) {
        m_reloadAgain = true;
        return;
    }
    m_reloading = true;
    const EarningsViewRequest asked = request();
    m_ledger->run<EarningsView>(
        this, [asked](EarningsLedger &l) { return EarningsView::load(l, asked); },
        [this](Result<EarningsView> view) {
            m_reloading = false;
            m_defaultsSeeded = true;
            if (view)
                apply(*view);
            else
                setStatus(view.error().message, true);
            if (std::exchange(m_reloadAgain, false))
                reload();
            else
                Q_EMIT reloaded();
        });
}

void EarningsPage::reloadBreakdown()
{
    const EarningsViewRequest asked = request();
    write<Breakdown>([asked](EarningsLedger &l) { return EarningsView::loadBreakdown(l, asked); },
                     [this](Result<Breakdown> b) {
                         if (b)
                             m_breakdown->showBreakdown(*b);
                         else
                             setStatus(b.error().message, true);
                     });
}

void EarningsPage::apply(const EarningsView &view)
{
    m_settings = ConversionSettings(view.rates);
    m_monitor.setValuation(m_settings, m_currency);
    m_monitor.flush();
    const QString current = m_currency;
    m_currencyCombo->clear();
    for (const QString &c : view.currencies)
        m_currencyCombo->addItem(c, c);
    if (m_currencyCombo->findData(current) < 0)
        m_currencyCombo->addItem(current, current);
    m_currencyCombo->setCurrentIndex(m_currencyCombo->findData(current));
    m_history->showHistory(view.days, view.months, view.taxBasisPoints);
    m_breakdown->showBreakdown(view.breakdown);
    if (view.statement)
        m_payouts->showStatement(*view.statement);
    m_payouts->showProblem(view.statementProblem ? view.statementProblem->message : QString());
    m_rates->showRates(view.rates);
    m_rates->showOptions(view.payoutCurrency, view.minimum, view.taxBasisPoints);
    m_rates->showCatalog(view.catalog);
    if (view.seeded)
        setTranslatedStatus([] {
            return tr(
                "Montaj started with commonly quoted rates (50 % share, US$0.005 a diamond, US$100 minimum "
                "withdrawal). Check them under Settings: the platform does not publish its rates.");
        });
    else if (view.days.valueError)
        setStatus(view.days.valueError->message, true);
}

void EarningsPage::importCsv()
{
    if (!m_ledger)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import LIVE gift history"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    setStatus(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    write<CsvImportReport>([path](EarningsLedger &l) { return GiftCsvImport(l).importFile(path); },
                           [this](Result<CsvImportReport> report) {
                               if (!report)
                                   return setStatus(report.error().message, true);
                               setStatus(tr("Imported %1 gifts from %2 rows (%3 already in the ledger).")
                                             .arg(EarningsFormat::count(report->inserted),
                                                  EarningsFormat::count(report->rows),
                                                  EarningsFormat::count(report->duplicates)));
                               reload();
                           });
}

void EarningsPage::importRates()
{
    if (!m_ledger)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import exchange rates"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    write<int>([path](EarningsLedger &l) { return RateCsvImport(l).importFile(path); },
               [this](Result<int> added) {
                   m_rates->showProblem(added ? QString() : added.error().message);
                   if (added)
                       setStatus(tr("%Ln exchange rate(s) added.", nullptr, *added));
                   reload();
               });
}

void EarningsPage::exportCsv()
{
    if (!m_ledger)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export earnings"), QStringLiteral("earnings.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = EarningsCsvExport::breakdown(m_breakdown->breakdown());
    write<bool>(
        [path, csv](EarningsLedger &) -> Result<bool> {
            if (Result<void> ok = EarningsCsvExport::writeFile(path, csv); !ok)
                return ok.error();
            return true;
        },
        [this, path](Result<bool> done) {
            setStatus(done ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : done.error().message,
                      !done);
        });
}

void EarningsPage::syncHistory()
{
    if (!m_sync || m_sync->isRunning())
        return;
    setStatus(tr("Reading your LIVE history from the platform…"));
    m_mismatches = 0;
    m_sync->start();
}

} // namespace montaj::ui
