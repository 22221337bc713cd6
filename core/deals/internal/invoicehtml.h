#pragma once

#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"

#include <QJsonObject>
#include <QLocale>

class QTextDocument;

namespace montaj {

// The invoice's page as rich text for QTextDocument: parties, dates, the lines table, the VAT
// breakdown and totals, payment details and mentions, in the labels' language; right-to-left
// languages get mirrored columns and right-to-left blocks. Every outside text is HTML-escaped.
class InvoiceHtml
{
public:
    static Result<QString> build(const Invoice &invoice, const QJsonObject &labels, const QLocale &locale);
    // Font, direction and margins for the labels' language, then the HTML.
    static void setUp(QTextDocument &doc, const QJsonObject &labels, const QString &html);
    // "20 %", "5,5 %", "٢٠٪؜" — a VAT rate in basis points for the locale.
    static QString percent(int basisPoints, const QLocale &locale);
};

} // namespace montaj
