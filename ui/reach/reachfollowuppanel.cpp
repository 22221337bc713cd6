#include "ui/reach/reachfollowuppanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace montaj::ui {

namespace {

QString views(double v)
{
    return QLocale().toString(std::round(v), 'f', 0);
}

} // namespace

ReachFollowUpPanel::ReachFollowUpPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("reachFollowUp"));
    m_summary->setObjectName(QStringLiteral("reachFollowUpSummary"));
    m_summary->setWordWrap(true);
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("reachReadCounters"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_refresh, &QPushButton::clicked, this, &ReachFollowUpPanel::refreshRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReachFollowUpPanel::selectionChanged);
    retranslate();
}

void ReachFollowUpPanel::setPosts(const QList<TrackedPost> &posts, const ReachCalibration &calibration)
{
    m_posts = posts;
    m_calibration = calibration;
    fill();
}

void ReachFollowUpPanel::setBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
}

QString ReachFollowUpPanel::selectedVideoId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void ReachFollowUpPanel::fill()
{
    const QString selected = selectedVideoId();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_posts.size()));
    const QLocale locale;
    for (int row = 0; row < m_posts.size(); ++row) {
        const TrackedPost &t = m_posts[row];
        auto *post =
            new QTableWidgetItem(locale.toString(t.publishedAtUtc.toLocalTime(), QLocale::ShortFormat));
        post->setData(Qt::UserRole, t.videoId);
        m_table->setItem(row, 0, post);
        if (t.actuals.isEmpty()) {
            for (int c = 1; c < 5; ++c)
                m_table->setItem(row, c,
                                 new QTableWidgetItem(c == 4 ? tr("waiting for counters") : QString()));
        } else {
            const auto &last = t.actuals.last();
            const ReachPoint e = t.estimatedAt(last.first);
            m_table->setItem(row, 1,
                             new QTableWidgetItem(last.first < 48
                                                      ? tr("%n hour(s)", nullptr, int(last.first))
                                                      : tr("%n day(s)", nullptr, int(last.first / 24))));
            m_table->setItem(
                row, 2, new QTableWidgetItem(tr("%1 (%2–%3)").arg(views(e.p50), views(e.p10), views(e.p90))));
            m_table->setItem(row, 3, new QTableWidgetItem(views(double(last.second))));
            const QString where = double(last.second) < e.p10   ? tr("below the range")
                                  : double(last.second) > e.p90 ? tr("above the range")
                                                                : tr("within the range");
            m_table->setItem(row, 4, new QTableWidgetItem(where));
        }
        if (t.videoId == selected)
            m_table->selectRow(row);
    }
    retranslate();
}

void ReachFollowUpPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QGroupBox::changeEvent(event);
}

void ReachFollowUpPanel::retranslate()
{
    setTitle(tr("After publishing: estimate and actual"));
    m_table->setHorizontalHeaderLabels(
        {tr("Published"), tr("Age"), tr("Estimated (P10–P90)"), tr("Actual views"), tr("Compared")});
    m_refresh->setText(tr("Read counters now"));
    const int n = int(m_calibration.observations().size());
    if (n == 0) {
        m_summary->setText(
            tr("Published posts appear here with their estimate; their views are read as they come in."));
        return;
    }
    const QString inside =
        QLocale().toString(std::round(std::max(0.0, m_calibration.coverage()) * 100.0), 'f', 0);
    if (m_calibration.observationsAt(ReachCalibration::OneDay).isEmpty()) {
        m_summary->setText(
            tr("Compared %n time(s): %1 % of the actual views fell within the estimated range.", nullptr, n)
                .arg(inside));
        return;
    }
    const double offset = (std::pow(10.0, m_calibration.offset(ReachCalibration::OneDay)) - 1.0) * 100.0;
    m_summary->setText(tr("Compared %n time(s): %1 % of the actual views fell within the estimated range. "
                          "First-day estimates are adjusted by %2 % from your published posts.",
                          nullptr, n)
                           .arg(inside, QLocale().toString(std::round(offset), 'f', 0)));
}

} // namespace montaj::ui
