#include "ui/earnings/breakdownpanel.h"

#include "ui/earnings/breakdownmodel.h"
#include "ui/earnings/earningsformat.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

enum class Period { All, ThisMonth, LastMonth, Last30Days, ThisYear };

} // namespace

BreakdownPanel::BreakdownPanel(QWidget *parent)
    : QWidget(parent)
    , m_grouping(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_model(new BreakdownModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("breakdownPanel"));
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    for (Grouping g : {Grouping::Session, Grouping::Gifter, Grouping::Gift, Grouping::Day, Grouping::Month})
        m_grouping->addItem(QString(), int(g));
    m_period->setObjectName(QStringLiteral("periodCombo"));
    for (Period p : {Period::All, Period::ThisMonth, Period::LastMonth, Period::Last30Days, Period::ThisYear})
        m_period->addItem(QString(), int(p));
    for (QComboBox *combo : {m_grouping, m_period})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // texts change with the language
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Name, QHeaderView::Stretch);
    m_total->setObjectName(QStringLiteral("breakdownTotal"));
    m_total->setWordWrap(true);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_grouping);
    bar->addWidget(m_period);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &BreakdownPanel::queryChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &BreakdownPanel::queryChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &BreakdownPanel::queryChanged);
    retranslate();
}

void BreakdownPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showBreakdown(m_model->breakdown());
    }
    QWidget::changeEvent(event);
}

void BreakdownPanel::retranslate()
{
    const QStringList groupings{tr("Per session"), tr("Per gifter"), tr("Per gift"), tr("Per day"),
                                tr("Per month")};
    for (int i = 0; i < groupings.size(); ++i)
        m_grouping->setItemText(i, groupings[i]);
    const QStringList periods{tr("All time"), tr("This month"), tr("Last month"), tr("Last 30 days"),
                              tr("This year")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    m_search->setPlaceholderText(tr("Search a gifter, a gift or an id"));
    m_model->relabel();
}

Grouping BreakdownPanel::grouping() const
{
    return Grouping(m_grouping->currentData().toInt());
}

ReportFilter BreakdownPanel::filter(qint64 nowMs) const
{
    ReportFilter filter;
    filter.search = m_search->text().trimmed();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const auto start = [](QDate d) { return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch(); };
    switch (Period(m_period->currentData().toInt())) {
    case Period::All: break;
    case Period::ThisMonth: filter.fromMs = start(QDate(today.year(), today.month(), 1)); break;
    case Period::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        filter.fromMs = start(first.addMonths(-1));
        filter.toMs = start(first);
        break;
    }
    case Period::Last30Days: filter.fromMs = start(today.addDays(-29)); break;
    case Period::ThisYear: filter.fromMs = start(QDate(today.year(), 1, 1)); break;
    }
    return filter;
}

const Breakdown &BreakdownPanel::breakdown() const
{
    return m_model->breakdown();
}

void BreakdownPanel::showBreakdown(const Breakdown &b)
{
    m_model->setBreakdown(b);
    const QLocale locale;
    if (b.valueError)
        m_total->setText(tr("%Ln row(s) · %1 coins · %2", nullptr, int(b.rows.size()))
                             .arg(EarningsFormat::count(b.total.coins, locale), b.valueError->message));
    else
        m_total->setText(tr("%Ln row(s) · total %1 · %2 diamonds · %3 coins", nullptr, int(b.rows.size()))
                             .arg(EarningsFormat::money(b.total.minorUnits, b.currency, locale),
                                  EarningsFormat::count(b.total.diamonds, locale),
                                  EarningsFormat::count(b.total.coins, locale)));
}

} // namespace montaj::ui
