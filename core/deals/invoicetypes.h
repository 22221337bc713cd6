#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace montaj {

// Plain values of an invoice to a brand: lines with their VAT rate, payments received, and the
// parties as they were when it was issued. Amounts are minor units of the invoice's currency
// (exact; InvoiceMath adds them up). Issued invoices are numbered without gaps per series and are
// never deleted: a mistake is voided. Not the arithmetic (InvoiceMath) nor the document (InvoicePdf).

// Stored status; "overdue" is computed for a date (InvoiceMath::isOverdue), never stored.
enum class InvoiceStatus { Draft, Issued, PartiallyPaid, Paid, Void };
QString toString(InvoiceStatus status);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString &name);

struct InvoiceLine
{
    QString description;
    qint64 quantity = 1;       // whole units
    qint64 unitPriceMinor = 0; // excl. VAT
    int vatRateBp = 0;         // 20 % = 2000
};

struct InvoicePayment
{
    qint64 id = 0;
    QString invoiceId;
    QDate receivedOn;
    qint64 amountMinor = 0;
    QString method; // "bank_transfer", "paypal" … free text
    QString note;
    QDateTime recordedAt;
};

// Who sends the invoice (the creator or their company), kept on the invoice as issued.
struct InvoiceParty
{
    QString name;
    QString address; // several lines
    QString vatNumber;
    QString country;
    QString email;
    QString iban;
};

struct Invoice
{
    QString id;
    QString dealId;
    QString series = QStringLiteral("INV");  // numbering runs per series, without gaps
    qint64 number = 0;                       // 0 while a draft
    QString language = QStringLiteral("en"); // "en", "fr", "ar": the document's language
    QString currency = QStringLiteral("EUR");
    QDate issueDate;
    QDate dueDate;
    InvoiceParty seller;
    InvoiceParty buyer;
    QList<InvoiceLine> lines;
    QString notes; // VAT mentions ("Autoliquidation", "TVA non applicable, art. 293 B du CGI") …
    InvoiceStatus status = InvoiceStatus::Draft;
    QList<InvoicePayment> payments;
    QDateTime createdAt;
    QDateTime updatedAt;

    // "INV-000042" once numbered, empty for a draft.
    QString displayNumber() const;
};

} // namespace montaj
