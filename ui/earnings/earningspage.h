#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/earningsledger.h"
#include "core/earnings/livesessionmonitor.h"
#include "core/platform/livetypes.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace montaj {
class LedgerThread;
class LiveApi;
class LiveEventStream;
class LiveHistorySync;
class TikTokApi;
} // namespace montaj

namespace montaj::ui {

class BreakdownPanel;
struct EarningsView;
struct EarningsViewRequest;
class HistoryPanel;
class LiveDashboard;
class PayoutsPanel;
class RatesPanel;

// The Earnings page: LIVE-gift earnings from the live event stream to monthly payouts. Overview
// (live dashboard while a session runs; history by day or month), filterable breakdowns, payouts
// and the conversion settings, in the chosen currency and the interface language, with CSV import
// and export. Every ledger read and write runs on the ledger's own thread (LedgerThread) and live
// events are folded by LiveSessionMonitor, so the UI thread never waits on the database or the
// network and only repaints a few times a second. Wiring: openLedger() with
// EarningsLedger::defaultPath(paths), setPlatform() with the signed-in TikTokApi (or nullptr).
class EarningsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EarningsPage(QWidget *parent = nullptr);
    ~EarningsPage() override;

    // Opens (or creates) the ledger file; the first time, the commonly quoted rates are added.
    void openLedger(const QString &path);
    // The platform account for live sessions and LIVE history; nullptr when none is linked.
    void setPlatform(TikTokApi *api);
    void setTimeZone(const QTimeZone &zone);

    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency);
    LiveSessionMonitor *monitor() { return &m_monitor; }
    LedgerThread *ledger() const { return m_ledger.get(); }

    // Reads everything shown again (after an import, a new setting, a language change…).
    void reload();

Q_SIGNALS:
    void reloaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    EarningsViewRequest request() const;
    void apply(const EarningsView &view);
    void reloadBreakdown();
    void setStatus(const QString &text, bool problem = false);
    // A status that is translated again when the language changes.
    void setTranslatedStatus(std::function<QString()> text);
    void refreshSessions();
    void follow(const QString &sessionId);
    void stopFollowing();
    void importCsv();
    void importRates();
    void exportCsv();
    void syncHistory();
    void makeSync();
    template<typename T>
    void write(std::function<Result<T>(EarningsLedger &)> job, std::function<void(Result<T>)> done);

    std::unique_ptr<LedgerThread> m_ledger;
    std::unique_ptr<LiveApi> m_live;
    std::unique_ptr<LiveEventStream> m_stream;
    std::unique_ptr<LiveHistorySync> m_sync;
    LiveSessionMonitor m_monitor;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_currency = QStringLiteral("USD");
    ConversionSettings m_settings;
    QList<LiveSessionInfo> m_sessions;
    bool m_reloading = false;
    bool m_reloadAgain = false;
    bool m_defaultsSeeded = false;
    int m_mismatches = 0;

    QLabel *m_title;
    QLabel *m_status;
    std::function<QString()> m_statusText; // set while the status follows the language
    QLabel *m_currencyLabel;
    QComboBox *m_currencyCombo;
    QPushButton *m_syncButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QTabWidget *m_tabs;
    LiveDashboard *m_dashboard;
    HistoryPanel *m_history;
    BreakdownPanel *m_breakdown;
    PayoutsPanel *m_payouts;
    RatesPanel *m_rates;
};

} // namespace montaj::ui
