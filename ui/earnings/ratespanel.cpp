#include "ui/earnings/ratespanel.h"

#include "core/earnings/microdecimal.h"
#include "ui/earnings/earningsformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

const QList<RateKind> kKinds{RateKind::CreatorShare, RateKind::DiamondValue, RateKind::ExchangeRate};

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

// An amount as an exact six-place decimal of its major unit (US$100.00 → 100000000).
qint64 minorToMicros(const Money &money)
{
    qint64 scale = MicroDecimal::kScale;
    for (int i = 0; i < money.minorDigits(); ++i)
        scale /= 10;
    return money.minorUnits() * scale;
}

} // namespace

RatesPanel::RatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_ratesBox(new QGroupBox(this))
    , m_rates(new QTableWidget(0, 5, this))
    , m_kind(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_quote(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_importRates(new QPushButton(this))
    , m_optionsBox(new QGroupBox(this))
    , m_payoutLabel(new QLabel(this))
    , m_minimumLabel(new QLabel(this))
    , m_taxLabel(new QLabel(this))
    , m_payout(new QComboBox(this))
    , m_minimum(new QLineEdit(this))
    , m_tax(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_catalogBox(new QGroupBox(this))
    , m_catalog(new QTableWidget(0, 4, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ratesPanel"));
    m_rates->setObjectName(QStringLiteral("ratesTable"));
    m_kind->setObjectName(QStringLiteral("rateKind"));
    m_currency->setObjectName(QStringLiteral("rateCurrency"));
    m_quote->setObjectName(QStringLiteral("rateQuoteCurrency"));
    m_value->setObjectName(QStringLiteral("rateValue"));
    m_from->setObjectName(QStringLiteral("rateFrom"));
    m_add->setObjectName(QStringLiteral("addRateButton"));
    m_importRates->setObjectName(QStringLiteral("importRatesButton"));
    m_payout->setObjectName(QStringLiteral("payoutCurrency"));
    m_minimum->setObjectName(QStringLiteral("minimumWithdrawal"));
    m_tax->setObjectName(QStringLiteral("taxRate"));
    m_save->setObjectName(QStringLiteral("saveOptionsButton"));
    m_catalog->setObjectName(QStringLiteral("giftCatalog"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_problem->hide();
    for (RateKind kind : kKinds)
        m_kind->addItem(QString(), int(kind));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its texts change with the language
    for (const QString &c : EarningsFormat::currencies()) {
        m_currency->addItem(c, c);
        m_quote->addItem(c, c);
        m_payout->addItem(c, c);
    }
    m_quote->setCurrentIndex(1);
    m_from->setCalendarPopup(true);
    for (QTableWidget *table : {m_rates, m_catalog}) {
        table->verticalHeader()->hide();
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_rates->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_kind);
    addRow->addWidget(m_currency);
    addRow->addWidget(m_quote);
    addRow->addWidget(m_value, 1);
    addRow->addWidget(m_from);
    addRow->addWidget(m_note, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_importRates);
    auto *ratesLayout = new QVBoxLayout(m_ratesBox);
    ratesLayout->addWidget(m_rates, 1);
    ratesLayout->addLayout(addRow);

    auto *options = new QFormLayout(m_optionsBox);
    options->addRow(m_payoutLabel, m_payout);
    options->addRow(m_minimumLabel, m_minimum);
    options->addRow(m_taxLabel, m_tax);
    options->addRow(QString(), m_save);

    auto *catalogLayout = new QVBoxLayout(m_catalogBox);
    catalogLayout->addWidget(m_catalog);

    auto *lower = new QHBoxLayout;
    lower->addWidget(m_optionsBox, 1);
    lower->addWidget(m_catalogBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ratesBox, 3);
    layout->addWidget(m_problem);
    layout->addLayout(lower, 2);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RatesPanel::updateForm);
    connect(m_add, &QPushButton::clicked, this, &RatesPanel::addRate);
    connect(m_importRates, &QPushButton::clicked, this, &RatesPanel::importRatesRequested);
    connect(m_save, &QPushButton::clicked, this, &RatesPanel::saveOptions);
    connect(m_catalog, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 2 || item->row() >= m_gifts.size())
            return;
        bool ok = false;
        const qint64 coins = QLocale().toLongLong(item->text(), &ok);
        const GiftPrice &gift = m_gifts[item->row()];
        if (!ok || coins < 0) {
            showProblem(tr("A price is a whole number of coins."));
            return;
        }
        Q_EMIT priceEdited(gift.giftId, gift.name, coins);
    });
    retranslate();
    updateForm();
}

void RatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRates(m_shownRates);
        showCatalog(m_gifts);
    }
    QWidget::changeEvent(event);
}

QString RatesPanel::kindText(RateKind kind) const
{
    switch (kind) {
    case RateKind::CreatorShare: return tr("Creator share");
    case RateKind::DiamondValue: return tr("Diamond value");
    case RateKind::ExchangeRate: return tr("Exchange rate");
    }
    return {};
}

void RatesPanel::retranslate()
{
    m_from->setLocale(QLocale()); // dates in the interface language (the format is fixed at construction)
    m_from->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ratesBox->setTitle(tr("Conversion settings (each applies from its date on)"));
    m_optionsBox->setTitle(tr("Payouts and tax"));
    m_catalogBox->setTitle(tr("Gift catalog"));
    for (int i = 0; i < kKinds.size(); ++i)
        m_kind->setItemText(i, kindText(kKinds[i]));
    m_rates->setHorizontalHeaderLabels({tr("Setting"), tr("Currency"), tr("Value"), tr("From"), tr("Note")});
    m_catalog->setHorizontalHeaderLabels({tr("Gift id"), tr("Gift"), tr("Coins"), tr("Price from")});
    m_note->setPlaceholderText(tr("Note"));
    m_add->setText(tr("Add"));
    m_importRates->setText(tr("Import rates…"));
    m_importRates->setToolTip(
        tr("Adds dated exchange rates from a CSV file (base, quote, rate, valid_from)"));
    m_payoutLabel->setText(tr("Payout currency:"));
    m_minimumLabel->setText(tr("Minimum withdrawal:"));
    m_taxLabel->setText(tr("Tax-estimate rate (%):"));
    m_minimum->setPlaceholderText(tr("none"));
    m_save->setText(tr("Save"));
    updateForm();
}

void RatesPanel::updateForm()
{
    const RateKind kind = RateKind(m_kind->currentData().toInt());
    m_currency->setEnabled(kind != RateKind::CreatorShare);
    m_quote->setEnabled(kind == RateKind::ExchangeRate);
    const QLocale locale;
    switch (kind) {
    case RateKind::CreatorShare:
        m_value->setPlaceholderText(tr("share in %, e.g. %1").arg(locale.toString(50)));
        break;
    case RateKind::DiamondValue:
        m_value->setPlaceholderText(
            tr("one diamond, e.g. %1").arg(MicroDecimal::toDisplayString(5000, locale)));
        break;
    case RateKind::ExchangeRate:
        m_value->setPlaceholderText(
            tr("1 unit in the second currency, e.g. %1").arg(MicroDecimal::toDisplayString(920000, locale)));
        break;
    }
}

QString RatesPanel::valueText(const RateSetting &rate) const
{
    const QLocale locale;
    switch (rate.kind) {
    case RateKind::CreatorShare: return EarningsFormat::percent(rate.micros, locale);
    case RateKind::DiamondValue:
        return tr("%1 %2 a diamond").arg(MicroDecimal::toDisplayString(rate.micros, locale), rate.currency);
    case RateKind::ExchangeRate:
        return tr("1 %1 = %2 %3")
            .arg(rate.currency, MicroDecimal::toDisplayString(rate.micros, locale), rate.quoteCurrency);
    }
    return {};
}

void RatesPanel::showRates(const QList<RateSetting> &rates)
{
    m_shownRates = rates;
    m_rates->setRowCount(int(rates.size()));
    for (int row = 0; row < rates.size(); ++row) {
        const RateSetting &r = rates[row];
        const QString currency = r.kind == RateKind::ExchangeRate
                                     ? QString(r.currency + QStringLiteral(" → ") + r.quoteCurrency)
                                     : r.currency;
        m_rates->setItem(row, 0, cell(kindText(r.kind)));
        m_rates->setItem(row, 1, cell(currency));
        m_rates->setItem(row, 2, cell(valueText(r), true));
        m_rates->setItem(row, 3,
                         cell(r.validFromMs <= 0 ? tr("always") : EarningsFormat::date(r.validFromMs)));
        m_rates->setItem(row, 4, cell(r.note));
    }
}

void RatesPanel::showOptions(const QString &payoutCurrency, const std::optional<Money> &minimum,
                             int taxBasisPoints)
{
    const QLocale locale;
    int at = m_payout->findData(payoutCurrency);
    if (at < 0) {
        m_payout->addItem(payoutCurrency, payoutCurrency);
        at = m_payout->count() - 1;
    }
    m_payout->setCurrentIndex(at);
    m_minimum->setText(
        minimum ? MicroDecimal::toDisplayString(minorToMicros(*minimum), locale, minimum->minorDigits())
                : QString());
    m_tax->setText(taxBasisPoints > 0 ? MicroDecimal::toDisplayString(qint64(taxBasisPoints) * 10000, locale)
                                      : QString());
}

void RatesPanel::showCatalog(const QList<GiftPrice> &gifts)
{
    m_filling = true;
    m_gifts = gifts;
    m_catalog->setRowCount(int(gifts.size()));
    const QLocale locale;
    for (int row = 0; row < gifts.size(); ++row) {
        const GiftPrice &g = gifts[row];
        m_catalog->setItem(row, 0, cell(QString::number(g.giftId)));
        m_catalog->setItem(row, 1, cell(g.name));
        auto *coins = new QTableWidgetItem(locale.toString(g.coins));
        coins->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        coins->setToolTip(tr("Double-click to set your own price"));
        m_catalog->setItem(row, 2, coins);
        m_catalog->setItem(row, 3, cell(g.userEdited ? tr("you") : tr("the platform")));
    }
    m_filling = false;
}

void RatesPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RatesPanel::addRate()
{
    RateSetting rate;
    rate.kind = RateKind(m_kind->currentData().toInt());
    rate.currency = rate.kind == RateKind::CreatorShare ? QString() : m_currency->currentData().toString();
    rate.quoteCurrency = rate.kind == RateKind::ExchangeRate ? m_quote->currentData().toString() : QString();
    rate.validFromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
    rate.note = m_note->text().trimmed();
    const Result<qint64> value = MicroDecimal::parse(m_value->text(), QLocale());
    if (!value)
        return showProblem(value.error().message);
    rate.micros = *value;
    if (rate.kind == RateKind::CreatorShare) {
        if (*value % 100 != 0)
            return showProblem(tr("A share has at most four decimal places."));
        rate.micros = *value / 100; // percent → fraction of a whole, in millionths
    }
    if (Result<void> ok = ConversionSettings::validate(rate); !ok)
        return showProblem(ok.error().message);
    showProblem({});
    m_value->clear();
    m_note->clear();
    Q_EMIT rateAdded(rate);
}

void RatesPanel::saveOptions()
{
    const QString currency = m_payout->currentData().toString();
    std::optional<Money> minimum;
    if (!m_minimum->text().trimmed().isEmpty()) {
        const Result<qint64> micros = MicroDecimal::parse(m_minimum->text(), QLocale());
        if (!micros)
            return showProblem(micros.error().message);
        const Result<Money> money = Money::parse(MicroDecimal::toString(*micros), currency);
        if (!money)
            return showProblem(money.error().message);
        minimum = *money;
    }
    int taxBasisPoints = 0;
    if (!m_tax->text().trimmed().isEmpty()) {
        const Result<qint64> percent = MicroDecimal::parse(m_tax->text(), QLocale());
        if (!percent || *percent % 10000 != 0 || *percent < 0 || *percent > 100 * MicroDecimal::kScale)
            return showProblem(
                tr("The tax rate is a percentage between 0 and 100, with at most two decimal places."));
        taxBasisPoints = int(*percent / 10000);
    }
    showProblem({});
    Q_EMIT optionsSaved(currency, minimum, taxBasisPoints);
}

} // namespace montaj::ui
