#include "core/deals/dealcsvexport.h"

#include "core/deals/invoicemath.h"
#include "core/publish/csvwriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace montaj {
namespace {

QString amount(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QString currency(const std::optional<Money> &money)
{
    return money ? money->currency() : QString();
}

QString time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString minor(qint64 value, const QString &code)
{
    auto m = Money::fromMinor(value, code);
    return m ? m->toDecimalString() : QString::number(value);
}

} // namespace

QString DealCsvExport::percent(int basisPoints)
{
    const int magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
    return QString((basisPoints < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100)
                   + u'.' + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')));
}

QByteArray DealCsvExport::deals(const QList<Deal> &deals, const QHash<QString, Brand> &brandsById)
{
    CsvWriter csv(u',', true);
    csv.addRow({QStringLiteral("deal_id"),
                QStringLiteral("brand"),
                QStringLiteral("brand_legal_name"),
                QStringLiteral("title"),
                QStringLiteral("stage"),
                QStringLiteral("fee_type"),
                QStringLiteral("fee"),
                QStringLiteral("fee_currency"),
                QStringLiteral("gifted_value"),
                QStringLiteral("gifted_currency"),
                QStringLiteral("agency"),
                QStringLiteral("agency_commission_percent"),
                QStringLiteral("jurisdictions"),
                QStringLiteral("disclosure"),
                QStringLiteral("contract_required"),
                QStringLiteral("contract_signed"),
                QStringLiteral("exclusivity_category"),
                QStringLiteral("exclusivity_start"),
                QStringLiteral("exclusivity_end"),
                QStringLiteral("post_term_days"),
                QStringLiteral("campaign_id"),
                QStringLiteral("created_at"),
                QStringLiteral("stage_changed_at")});
    for (const Deal &d : deals) {
        const Brand brand = brandsById.value(d.brandId);
        csv.addRow({d.id,
                    brand.name,
                    brand.legalName,
                    d.title,
                    toString(d.stage),
                    toString(d.feeType),
                    amount(d.fee),
                    currency(d.fee),
                    amount(d.giftedValue),
                    currency(d.giftedValue),
                    d.agencyName,
                    percent(d.agencyCommissionBp),
                    d.jurisdictions.join(u' '),
                    toString(d.disclosure),
                    d.contractRequired ? QStringLiteral("yes") : QStringLiteral("no"),
                    d.contractSigned ? QStringLiteral("yes") : QStringLiteral("no"),
                    d.exclusivityCategory,
                    time(d.exclusivityStart),
                    time(d.exclusivityEnd),
                    QString::number(d.postTermDays),
                    d.campaignId,
                    time(d.createdAt),
                    time(d.stageChangedAt)});
    }
    return csv.data();
}

QByteArray DealCsvExport::invoices(const QList<Invoice> &invoices)
{
    CsvWriter csv(u',', true);
    csv.addRow({QStringLiteral("invoice_number"), QStringLiteral("series"), QStringLiteral("status"),
                QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("currency"),
                QStringLiteral("net"), QStringLiteral("vat"), QStringLiteral("total"), QStringLiteral("paid"),
                QStringLiteral("balance"), QStringLiteral("buyer"), QStringLiteral("buyer_vat_number"),
                QStringLiteral("deal_id"), QStringLiteral("invoice_id")});
    for (const Invoice &inv : invoices) {
        const auto t = InvoiceMath::totals(inv);
        const auto figure = [&t, &inv](qint64 InvoiceMath::Totals::*field) {
            return t ? minor((*t).*field, inv.currency) : QString();
        };
        csv.addRow({inv.displayNumber(), inv.series, toString(inv.status), date(inv.issueDate),
                    date(inv.dueDate), inv.currency, figure(&InvoiceMath::Totals::netMinor),
                    figure(&InvoiceMath::Totals::vatMinor), figure(&InvoiceMath::Totals::grossMinor),
                    figure(&InvoiceMath::Totals::paidMinor), figure(&InvoiceMath::Totals::balanceMinor),
                    inv.buyer.name, inv.buyer.vatNumber, inv.dealId, inv.id});
    }
    return csv.data();
}

Result<void> DealCsvExport::writeFile(const QString &path, const QByteArray &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error(QStringLiteral("deals.csv_write_failed"),
                     tr("The file could not be saved: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), QFileInfo(path).fileName()}});
    return {};
}

} // namespace montaj
