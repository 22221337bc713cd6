#include "ui/earnings/livedashboard.h"

#include "ui/earnings/earningsformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QValueAxis>

namespace montaj::ui {
namespace {
constexpr int kMinutes = 15;
} // namespace

LiveDashboard::LiveDashboard(QWidget *parent)
    : QGroupBox(parent)
    , m_session(new QComboBox(this))
    , m_follow(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_total(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_gifters(new QTableWidget(0, 3, this))
    , m_chart(new QChartView(this))
    , m_gifterTitle(new QLabel(this))
    , m_minutesTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("liveDashboard"));
    m_session->setObjectName(QStringLiteral("liveSessionCombo"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_session->setMinimumContentsLength(18);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_total->setObjectName(QStringLiteral("liveTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_total->setFont(big);
    m_detail->setObjectName(QStringLiteral("liveDetail"));
    m_detail->setWordWrap(true);
    m_rate->setObjectName(QStringLiteral("liveRate"));
    for (QLabel *title : {m_gifterTitle, m_minutesTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    m_gifters->setObjectName(QStringLiteral("topGifters"));
    m_gifters->verticalHeader()->hide();
    m_gifters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gifters->setSelectionMode(QAbstractItemView::NoSelection);
    m_gifters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gifters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_gifters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->setBackgroundRoundness(0);
    auto *series = new QBarSeries(chart);
    m_minutes = new QBarSet(QString(), series);
    for (int i = 0; i < kMinutes; ++i)
        *m_minutes << 0;
    series->append(m_minutes);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(140);

    auto *top = new QHBoxLayout;
    top->addWidget(m_session, 1);
    top->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_total);
    layout->addWidget(m_detail);
    layout->addWidget(m_rate);
    layout->addWidget(m_gifterTitle);
    layout->addWidget(m_gifters, 2);
    layout->addWidget(m_minutesTitle);
    layout->addWidget(m_chart, 1);

    connect(m_follow, &QPushButton::clicked, this, [this] {
        if (m_following)
            Q_EMIT stopRequested();
        else if (m_session->currentIndex() >= 0)
            Q_EMIT followRequested(m_session->currentData().toString());
    });
    retranslate();
    showSnapshot({});
}

void LiveDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showSnapshot(m_last);
    }
    QGroupBox::changeEvent(event);
}

void LiveDashboard::retranslate()
{
    setTitle(tr("Live"));
    m_follow->setText(m_following ? tr("Stop") : tr("Follow live"));
    m_gifterTitle->setText(tr("Top gifters"));
    m_minutesTitle->setText(tr("Gifts per minute, last %Ln minute(s)", nullptr, kMinutes));
    m_gifters->setHorizontalHeaderLabels({tr("Gifter"), tr("Gifts"), tr("Coins")});
    m_session->setToolTip(tr("The LIVE session to follow"));
    if (m_session->count() == 0)
        m_session->setPlaceholderText(tr("No LIVE session"));
}

void LiveDashboard::setSessions(const QList<LiveSessionInfo> &sessions)
{
    const QString current = m_session->currentData().toString();
    m_session->clear();
    for (const LiveSessionInfo &s : sessions) {
        const QString when = EarningsFormat::date(s.startTime * 1000);
        const QString text = s.live ? tr("● LIVE · %1").arg(s.title) : tr("%1 (%2)").arg(s.title, when);
        m_session->addItem(text, s.id);
    }
    const int keep = m_session->findData(current);
    m_session->setCurrentIndex(keep >= 0 ? keep : 0);
    m_follow->setEnabled(m_following || m_session->count() > 0);
    retranslate();
}

void LiveDashboard::setFollowing(bool following)
{
    m_following = following;
    m_session->setEnabled(!following);
    m_follow->setEnabled(following || m_session->count() > 0);
    retranslate();
}

void LiveDashboard::setStatus(const QString &text)
{
    m_status->setText(text);
}

void LiveDashboard::showSnapshot(const LiveSnapshot &s)
{
    m_last = s;
    ++m_shown;
    const QLocale locale;
    if (s.valued)
        m_total->setText(EarningsFormat::money(s.minorUnits, s.currency, locale));
    else
        m_total->setText(tr("%Ln diamond(s)", nullptr, int(std::min<qint64>(s.diamonds, 2000000000))));
    m_total->setToolTip(s.valued ? QString() : s.valueProblem);
    m_detail->setText(tr("%1 diamonds · %2 coins · %3 gifts")
                          .arg(EarningsFormat::count(s.diamonds, locale),
                               EarningsFormat::count(s.coins, locale),
                               EarningsFormat::count(s.gifts, locale)));
    m_rate->setText(tr("%1 gifts in the last minute · %2 events, %3 replayed")
                        .arg(EarningsFormat::count(s.giftsPerMinute, locale),
                             EarningsFormat::count(s.events, locale),
                             EarningsFormat::count(s.duplicates, locale)));
    m_gifters->setRowCount(int(s.topGifters.size()));
    for (int row = 0; row < s.topGifters.size(); ++row) {
        const GifterTotal &g = s.topGifters[row];
        const QString name = g.uniqueId.isEmpty() ? g.userId : g.uniqueId;
        const QString cells[] = {QString(QChar(0x200E) + u'@' + name), EarningsFormat::count(g.gifts, locale),
                                 EarningsFormat::count(g.coins, locale)};
        for (int column = 0; column < 3; ++column) {
            QTableWidgetItem *item = m_gifters->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_gifters->setItem(row, column, item);
            }
            item->setText(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        }
    }
    qint64 highest = 1;
    for (int i = 0; i < kMinutes; ++i) {
        const qint64 value = i < s.recentMinutes.size() ? s.recentMinutes[i] : 0;
        highest = std::max(highest, value);
        if (m_minutes->at(i) != double(value))
            m_minutes->replace(i, double(value));
    }
    m_chart->chart()->setLocalizeNumbers(true);
    if (m_chart->chart()->locale() != locale)
        m_chart->chart()->setLocale(locale);
    if (auto *axis = qobject_cast<QValueAxis *>(m_chart->chart()->axes(Qt::Vertical).value(0))) {
        axis->setRange(0, double(highest));
        axis->applyNiceNumbers();
    }
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_chart->chart()->axes(Qt::Horizontal).value(0))) {
        QStringList labels;
        for (int i = 0; i < kMinutes; ++i)
            labels << (i == kMinutes - 1 ? tr("now") : locale.toString(i - kMinutes + 1));
        if (axis->categories() != labels) {
            axis->clear();
            axis->append(labels);
        }
    }
}

} // namespace montaj::ui
