#pragma once

#include "core/earnings/livesnapshot.h"
#include "core/platform/livetypes.h"

#include <QGroupBox>

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace montaj::ui {

// The live part of the Earnings page: which session to follow, the connection's state, the running
// total in the chosen currency, diamonds, coins and gifts, gifts per minute (figure and the last
// minutes as bars) and the top gifters. Shows coalesced snapshots (LiveSessionMonitor sends a few
// per second), so it stays cheap whatever the event rate. Shows; the page does.
class LiveDashboard : public QGroupBox
{
    Q_OBJECT

public:
    explicit LiveDashboard(QWidget *parent = nullptr);

    void setSessions(const QList<LiveSessionInfo> &sessions);
    void setFollowing(bool following);
    void setStatus(const QString &text);
    void showSnapshot(const LiveSnapshot &snapshot);
    int snapshotsShown() const { return m_shown; }

Q_SIGNALS:
    void followRequested(const QString &sessionId);
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_session;
    QPushButton *m_follow;
    QLabel *m_status;
    QLabel *m_total;
    QLabel *m_detail;
    QLabel *m_rate;
    QTableWidget *m_gifters;
    QChartView *m_chart;
    QBarSet *m_minutes = nullptr;
    QLabel *m_gifterTitle;
    QLabel *m_minutesTitle;
    LiveSnapshot m_last;
    bool m_following = false;
    int m_shown = 0;
};

} // namespace montaj::ui
