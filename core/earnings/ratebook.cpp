#include "core/earnings/ratebook.h"

#include "core/foundation/currency.h"

#include <QDateTime>
#include <QVariant>

namespace montaj {
namespace {

const QString kPayoutCurrency = QStringLiteral("payout_currency");
const QString kMinimumWithdrawal = QStringLiteral("minimum_withdrawal_minor");
const QString kTaxBasisPoints = QStringLiteral("tax_basis_points");

} // namespace

RateBook::RateBook(EarningsLedger &ledger)
    : m_ledger(ledger)
{}

Result<qint64> RateBook::add(const RateSetting &rate)
{
    if (Result<void> ok = ConversionSettings::validate(rate); !ok)
        return ok.error();
    auto query =
        m_ledger.prepare(QStringLiteral("INSERT INTO rates (kind, currency, quote_currency, micros, "
                                        "valid_from_ms, note, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(RateSetting::kindName(rate.kind));
    q.addBindValue(EarningsLedger::text(rate.kind == RateKind::CreatorShare ? QString() : rate.currency));
    q.addBindValue(
        EarningsLedger::text(rate.kind == RateKind::ExchangeRate ? rate.quoteCurrency : QString()));
    q.addBindValue(rate.micros);
    q.addBindValue(rate.validFromMs);
    q.addBindValue(EarningsLedger::text(rate.note));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("add rate")); !ok)
        return ok.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<RateSetting>> RateBook::list() const
{
    auto query =
        m_ledger.prepare(QStringLiteral("SELECT id, kind, currency, quote_currency, micros, valid_from_ms, "
                                        "note FROM rates ORDER BY kind, currency, quote_currency, "
                                        "valid_from_ms, id"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("list rates")); !ok)
        return ok.error();
    QList<RateSetting> rates;
    while (q.next()) {
        const auto kind = RateSetting::kindFromName(q.value(1).toString());
        if (!kind)
            continue;
        rates.append({q.value(0).toLongLong(), *kind, q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()});
    }
    return rates;
}

Result<ConversionSettings> RateBook::settings() const
{
    Result<QList<RateSetting>> rates = list();
    if (!rates)
        return rates.error();
    return ConversionSettings(std::move(rates).value());
}

Result<bool> RateBook::seedCommonDefaults()
{
    Result<QList<RateSetting>> rates = list();
    if (!rates)
        return rates.error();
    if (!rates->isEmpty())
        return false;
    const QString note = tr("Commonly quoted figure; check your own.");
    Result<void> seeded = m_ledger.transaction([&]() -> Result<void> {
        for (const RateSetting &rate :
             {RateSetting{0, RateKind::CreatorShare, {}, {}, 500000, 0, note},
              RateSetting{0, RateKind::DiamondValue, QStringLiteral("USD"), {}, 5000, 0, note}})
            if (Result<qint64> id = add(rate); !id)
                return id.error();
        if (Result<QString> minimum = option(kMinimumWithdrawal); !minimum)
            return minimum.error();
        else if (minimum->isEmpty())
            return setMinimumWithdrawal(*Money::fromMinor(10000, QStringLiteral("USD")));
        return {};
    });
    if (!seeded)
        return seeded.error();
    return true;
}

Result<QString> RateBook::option(const QString &key) const
{
    auto query = m_ledger.prepare(QStringLiteral("SELECT value FROM options WHERE key = ?"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(key);
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("read option")); !ok)
        return ok.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> RateBook::setOption(const QString &key, const QString &value)
{
    auto query = m_ledger.prepare(QStringLiteral("INSERT INTO options (key, value) VALUES (?, ?) ON CONFLICT "
                                                 "(key) DO UPDATE SET value = excluded.value"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(key);
    q.addBindValue(EarningsLedger::text(value));
    return EarningsLedger::exec(q, QStringLiteral("write option"));
}

Result<QString> RateBook::payoutCurrency() const
{
    Result<QString> value = option(kPayoutCurrency);
    if (!value)
        return value;
    return value->isEmpty() ? QStringLiteral("USD") : *value;
}

Result<void> RateBook::setPayoutCurrency(const QString &currency)
{
    if (!Currency::isKnown(currency))
        return Error(QStringLiteral("money.unknown_currency"),
                     tr("“%1” is not an ISO 4217 currency code.").arg(currency),
                     {{QStringLiteral("currency"), currency}});
    return setOption(kPayoutCurrency, currency);
}

Result<std::optional<Money>> RateBook::minimumWithdrawal() const
{
    Result<QString> stored = option(kMinimumWithdrawal);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return std::optional<Money>();
    // "<minor units> <currency>"
    const QStringList parts = stored->split(u' ');
    bool ok = false;
    const qint64 minor = parts.value(0).toLongLong(&ok);
    Result<Money> money = Money::fromMinor(minor, parts.value(1));
    if (!ok || !money)
        return std::optional<Money>();
    return std::optional<Money>(*money);
}

Result<void> RateBook::setMinimumWithdrawal(const std::optional<Money> &minimum)
{
    if (minimum && minimum->isNegative())
        return Error(QStringLiteral("earnings.invalid_minimum"),
                     tr("The minimum withdrawal cannot be negative."));
    return setOption(kMinimumWithdrawal,
                     minimum ? QString(QString::number(minimum->minorUnits()) + u' ' + minimum->currency())
                             : QString());
}

Result<int> RateBook::taxRateBasisPoints() const
{
    Result<QString> stored = option(kTaxBasisPoints);
    if (!stored)
        return stored.error();
    return stored->toInt();
}

Result<void> RateBook::setTaxRateBasisPoints(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return Error(QStringLiteral("earnings.invalid_tax_rate"),
                     tr("The tax rate must be between 0 % and 100 %."),
                     {{QStringLiteral("field"), QStringLiteral("tax_rate")}});
    return setOption(kTaxBasisPoints, QString::number(basisPoints));
}

} // namespace montaj
