#pragma once

#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QLocale>

class QTextDocument;

namespace montaj {

// The invoice as a PDF (QTextDocument printed on a QPdfWriter, A4): in the invoice's own language,
// English, French or Arabic, whatever the interface language. The document's words are data
// (rules/invoice-labels.json, with France's mandatory late-payment mention), amounts and dates are
// formatted with the QLocale of that language, and the Arabic one is laid out right to left (the
// table's columns mirrored) in Noto Naskh Arabic. Needs a QGuiApplication (fonts). Not the figures
// (InvoiceMath) and not storage.
class InvoicePdf
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePdf)

public:
    static QStringList languages(); // "en", "fr", "ar"
    static QLocale locale(const QString &language);
    static bool isRightToLeft(const QString &language);
    // The laid-out document (for a preview); the caller owns it.
    static Result<QTextDocument *> document(const Invoice &invoice);
    // Writes the PDF atomically (a temporary file renamed when complete).
    static Result<void> write(const Invoice &invoice, const QString &path);
    // The file name people expect: "INV-000042.pdf", "draft-<id>.pdf".
    static QString suggestedFileName(const Invoice &invoice);
};

} // namespace montaj
