#include "ui/earnings/historypanel.h"

#include "ui/earnings/earningsformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace montaj::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_period(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_total(new QLabel(this))
    , m_tax(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->addItem(QString(), QStringLiteral("day"));
    m_period->addItem(QString(), QStringLiteral("month"));
    m_period->setCurrentIndex(1);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // texts change with the language
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_total->setObjectName(QStringLiteral("historyTotal"));
    m_tax->setObjectName(QStringLiteral("taxEstimate"));
    m_total->setWordWrap(true);
    m_tax->setWordWrap(true);
    m_tax->setForegroundRole(QPalette::PlaceholderText);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_period);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_tax);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    retranslate();
}

bool HistoryPanel::byMonth() const
{
    return m_period->currentData().toString() == QLatin1String("month");
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw();
    }
    QGroupBox::changeEvent(event);
}

void HistoryPanel::retranslate()
{
    setTitle(tr("History"));
    m_period->setItemText(0, tr("By day"));
    m_period->setItemText(1, tr("By month"));
}

void HistoryPanel::showHistory(const Breakdown &days, const Breakdown &months, int taxBasisPoints)
{
    m_days = days;
    m_months = months;
    m_taxBasisPoints = taxBasisPoints;
    redraw();
}

void HistoryPanel::redraw()
{
    const QLocale locale;
    const Breakdown &b = byMonth() ? m_months : m_days;
    const QList<BreakdownRow> rows =
        b.rows.mid(std::max<qsizetype>(0, b.rows.size() - (byMonth() ? 24 : 31)));
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    auto *series = new QBarSeries(chart);
    auto *set = new QBarSet(b.currency, series);
    QStringList labels;
    double highest = 0;
    const bool valued = !b.valueError.has_value();
    for (const BreakdownRow &row : rows) {
        const double height =
            valued ? EarningsFormat::chartHeight(row.minorUnits, b.currency) : double(row.coins);
        highest = std::max(highest, height);
        *set << height;
        labels << (byMonth() ? locale.toString(row.date, QStringLiteral("MMM yyyy"))
                             : locale.toString(row.date, QStringLiteral("d MMM")));
    }
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(labels);
    x->setLabelsAngle(rows.size() > 12 ? -60 : 0);
    auto *y = new QValueAxis(chart);
    y->setMin(0);
    y->setMax(highest > 0 ? highest * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    y->setTitleText(valued ? b.currency : tr("Coins"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    if (!valued) {
        m_total->setText(tr("Total: %1 coins").arg(EarningsFormat::count(b.total.coins, locale)));
        m_tax->setText(b.valueError ? b.valueError->message : QString());
        return;
    }
    const Result<Money> total = Money::fromMinor(b.total.minorUnits, b.currency);
    m_total->setText(tr("Total: %1 · %2 diamonds · %3 gifts")
                         .arg(EarningsFormat::money(b.total.minorUnits, b.currency, locale),
                              EarningsFormat::count(b.total.diamonds, locale),
                              EarningsFormat::count(b.total.gifts, locale)));
    if (total && m_taxBasisPoints > 0)
        m_tax->setText(
            tr("Estimated tax at %1: %2 (an estimate, not tax advice)")
                .arg(EarningsFormat::percent(qint64(m_taxBasisPoints) * 100, locale),
                     EarningsFormat::isolate(
                         EarningsReport::taxEstimate(*total, m_taxBasisPoints).toDisplayString(locale))));
    else
        m_tax->setText(tr("Set a tax rate in Settings to see an estimate."));
}

} // namespace montaj::ui
