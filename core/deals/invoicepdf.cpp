#include "core/deals/invoicepdf.h"

#include "core/deals/internal/invoicehtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace montaj {
namespace {

QJsonObject labelsFor(const QString &language)
{
    QFile file(QStringLiteral(":/montaj/deals/invoice-labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("languages")).toObject();
    return all.value(language).toObject();
}

} // namespace

QStringList InvoicePdf::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QLocale InvoicePdf::locale(const QString &language)
{
    const QString name = labelsFor(language).value(QStringLiteral("locale")).toString();
    return name.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(name);
}

bool InvoicePdf::isRightToLeft(const QString &language)
{
    return labelsFor(language).value(QStringLiteral("direction")).toString() == QLatin1String("rtl");
}

Result<QTextDocument *> InvoicePdf::document(const Invoice &invoice)
{
    const QJsonObject labels = labelsFor(invoice.language);
    if (labels.isEmpty())
        return Error(QStringLiteral("deals.invoice_language"),
                     tr("Invoices can be written in English, French or Arabic."),
                     {{QStringLiteral("language"), invoice.language}});
    auto html = InvoiceHtml::build(invoice, labels, locale(invoice.language));
    if (!html)
        return html.error();
    auto doc = std::make_unique<QTextDocument>();
    InvoiceHtml::setUp(*doc, labels, *html);
    return doc.release();
}

Result<void> InvoicePdf::write(const Invoice &invoice, const QString &path)
{
    auto doc = document(invoice);
    if (!doc)
        return doc.error();
    std::unique_ptr<QTextDocument> owned(*doc);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("deals.pdf_write_failed"),
                     tr("The invoice could not be saved: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), QFileInfo(path).fileName()}});
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(invoice.displayNumber().isEmpty() ? tr("Invoice") : invoice.displayNumber());
        writer.setCreator(QStringLiteral("Montaj"));
        // Laid out for the page's printable area at the writer's resolution, so print() prints it as
        // it is: its other path adds 2 cm margins that tables aligned to the end ignore (the totals ran
        // past the lines' right edge).
        owned->documentLayout()->setPaintDevice(&writer);
        owned->setPageSize(QSizeF(writer.width(), writer.height()));
        owned->print(&writer);
        owned->documentLayout()->setPaintDevice(nullptr);
    }
    if (!file.commit())
        return Error(QStringLiteral("deals.pdf_write_failed"),
                     tr("The invoice could not be saved: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), QFileInfo(path).fileName()}});
    return {};
}

QString InvoicePdf::suggestedFileName(const Invoice &invoice)
{
    const QString number = invoice.displayNumber();
    return number.isEmpty() ? QString(QStringLiteral("draft-") + invoice.id.left(8) + QStringLiteral(".pdf"))
                            : QString(number + QStringLiteral(".pdf"));
}

} // namespace montaj
