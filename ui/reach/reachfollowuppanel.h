#pragma once

#include "core/reach/reachcalibration.h"
#include "core/reach/reachstore.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace montaj::ui {

// After publishing: each followed post's estimate next to the views read so far (at the latest
// age), whether they fall below, inside or above the P10–P90 range, and what the account's
// calibration has learned from it. "Read counters now" asks the page to fetch them. Not the store.
class ReachFollowUpPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReachFollowUpPanel(QWidget *parent = nullptr);

    void setPosts(const QList<TrackedPost> &posts, const ReachCalibration &calibration);
    void setBusy(bool busy);
    QString selectedVideoId() const;

Q_SIGNALS:
    void refreshRequested();
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QList<TrackedPost> m_posts;
    ReachCalibration m_calibration;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_refresh;
};

} // namespace montaj::ui
