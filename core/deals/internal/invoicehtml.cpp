#include "core/deals/internal/invoicehtml.h"

#include "core/deals/invoicemath.h"
#include "core/foundation/money.h"

#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>

namespace montaj {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString label(const QJsonObject &labels, const char *key)
{
    return labels.value(QLatin1String(key)).toString();
}

struct Page
{
    const Invoice &invoice;
    const QJsonObject &labels;
    const QLocale &locale;
    bool rtl = false;

    QString start() const { return rtl ? QStringLiteral("right") : QStringLiteral("left"); }
    QString end() const { return rtl ? QStringLiteral("left") : QStringLiteral("right"); }
    QString money(qint64 minor) const
    {
        auto m = Money::fromMinor(minor, invoice.currency);
        return m ? m->toDisplayString(locale) : QString();
    }
    QString date(const QDate &d) const
    {
        return d.isValid() ? locale.toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("—");
    }
    struct Cell
    {
        QString html;
        bool number = false;
        QString extra; // more attributes
    };
    Cell cell(const QString &html, bool number, const QString &extra = {}) const
    {
        return {html, number, extra};
    }
    // One table row; cells in reading order, mirrored for right-to-left.
    QString row(QList<Cell> cells, const QString &tag = QStringLiteral("td")) const
    {
        if (rtl)
            std::reverse(cells.begin(), cells.end());
        QString html = QStringLiteral("<tr>");
        for (const Cell &c : std::as_const(cells))
            html += QString(u'<' + tag + QStringLiteral(" align=\"") + (c.number ? end() : start()) + u'"'
                            + c.extra + u'>' + c.html + QStringLiteral("</") + tag + u'>');
        return html + QStringLiteral("</tr>");
    }
    QString party(const char *title, const InvoiceParty &p) const
    {
        QString html = QString(QStringLiteral("<p><b>") + esc(label(labels, title))
                               + QStringLiteral("</b><br/>") + esc(p.name));
        if (!p.address.isEmpty())
            html += QString(QStringLiteral("<br/>") + esc(p.address));
        if (!p.country.isEmpty())
            html += QString(QStringLiteral("<br/>") + esc(p.country));
        if (!p.vatNumber.isEmpty())
            html += QString(QStringLiteral("<br/>") + esc(label(labels, "vat_number")) + QStringLiteral(": ")
                            + esc(p.vatNumber));
        if (!p.email.isEmpty())
            html += QString(QStringLiteral("<br/>") + esc(p.email));
        return html + QStringLiteral("</p>");
    }
};

} // namespace

QString InvoiceHtml::percent(int basisPoints, const QLocale &locale)
{
    QString number = locale.toString(basisPoints / 100);
    if (const int fraction = basisPoints % 100; fraction != 0) {
        QString digits = locale.toString(fraction);
        while (digits.size() < 2)
            digits.prepend(locale.zeroDigit());
        if (fraction % 10 == 0)
            digits.chop(1);
        number += locale.decimalPoint() + digits;
    }
    const bool spaced = locale.language() == QLocale::French;
    return number + (spaced ? QStringLiteral("\u202F") : QString()) + locale.percent();
}

Result<QString> InvoiceHtml::build(const Invoice &invoice, const QJsonObject &labels, const QLocale &locale)
{
    auto totals = InvoiceMath::totals(invoice);
    if (!totals)
        return totals.error();
    Page p{invoice, labels, locale,
           labels.value(QStringLiteral("direction")).toString() == QLatin1String("rtl")};
    const QString dir = p.rtl ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString h = QString(QStringLiteral("<html dir=\"") + dir + QStringLiteral("\"><body dir=\"") + dir
                        + QStringLiteral("\">"));
    h += QString(QStringLiteral("<h1 align=\"") + p.start() + QStringLiteral("\">")
                 + esc(label(labels, "title")) + QStringLiteral("</h1>"));
    if (invoice.status == InvoiceStatus::Draft || invoice.status == InvoiceStatus::Void) {
        const char *banner = invoice.status == InvoiceStatus::Draft ? "draft" : "void";
        h += QString(QStringLiteral("<p align=\"") + p.start()
                     + QStringLiteral("\" style=\"color:#b00020\"><b>") + esc(label(labels, banner))
                     + QStringLiteral("</b></p>"));
    }
    // Number and dates.
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    const QString number = invoice.displayNumber().isEmpty() ? QStringLiteral("—") : invoice.displayNumber();
    h += p.row({p.cell(QString(QStringLiteral("<b>") + esc(label(labels, "number")) + QStringLiteral("</b>")),
                       false),
                p.cell(esc(number), false)});
    h += p.row(
        {p.cell(QString(QStringLiteral("<b>") + esc(label(labels, "issue_date")) + QStringLiteral("</b>")),
                false),
         p.cell(esc(p.date(invoice.issueDate)), false)});
    h += p.row(
        {p.cell(QString(QStringLiteral("<b>") + esc(label(labels, "due_date")) + QStringLiteral("</b>")),
                false),
         p.cell(esc(p.date(invoice.dueDate)), false)});
    h += QStringLiteral("</table>");
    // Parties side by side.
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"4\">");
    h += p.row({p.cell(p.party("from", invoice.seller), false, QStringLiteral(" width=\"50%\"")),
                p.cell(p.party("bill_to", invoice.buyer), false, QStringLiteral(" width=\"50%\""))});
    h += QStringLiteral("</table><br/>");
    // Lines.
    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\""
                        " style=\"border-collapse:collapse; border-color:#999999\">");
    h += p.row({p.cell(esc(label(labels, "description")), false),
                p.cell(esc(label(labels, "quantity")), true), p.cell(esc(label(labels, "unit_price")), true),
                p.cell(esc(label(labels, "vat_rate")), true), p.cell(esc(label(labels, "amount")), true)},
               QStringLiteral("th"));
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines.at(i);
        h += p.row({p.cell(esc(line.description), false), p.cell(esc(locale.toString(line.quantity)), true),
                    p.cell(esc(p.money(line.unitPriceMinor)), true),
                    p.cell(esc(percent(line.vatRateBp, locale)), true),
                    p.cell(esc(p.money(totals->lineNetMinor.value(i))), true)});
    }
    h += QStringLiteral("</table><br/>");
    // Totals, on the end side.
    h += QString(QStringLiteral("<table align=\"") + p.end()
                 + QStringLiteral("\" width=\"55%\" cellpadding=\"2\">"));
    auto total = [&p](const QString &name, qint64 minor, bool strong) {
        const QString b = strong ? QStringLiteral("<b>") : QString();
        const QString eb = strong ? QStringLiteral("</b>") : QString();
        return p.row({p.cell(QString(b + esc(name) + eb), false),
                      p.cell(QString(b + esc(p.money(minor)) + eb), true)});
    };
    h += total(label(labels, "subtotal"), totals->netMinor, false);
    for (const InvoiceMath::VatGroup &g : totals->vat)
        h += total(label(labels, "vat_at").arg(percent(g.rateBp, locale)), g.vatMinor, false);
    h += total(label(labels, "total"), totals->grossMinor, true);
    if (totals->paidMinor != 0) {
        h += total(label(labels, "paid"), totals->paidMinor, false);
        h += total(label(labels, "balance"), totals->balanceMinor, true);
    }
    h += QStringLiteral("</table><br/>");
    if (!invoice.seller.iban.isEmpty())
        h +=
            QString(QStringLiteral("<p align=\"") + p.start() + QStringLiteral("\"><b>")
                    + esc(label(labels, "payment")) + QStringLiteral("</b><br/>") + esc(label(labels, "iban"))
                    + QStringLiteral(": ") + esc(invoice.seller.iban) + QStringLiteral("</p>"));
    if (!invoice.notes.isEmpty())
        h += QString(QStringLiteral("<p align=\"") + p.start() + QStringLiteral("\"><b>")
                     + esc(label(labels, "notes")) + QStringLiteral("</b><br/>") + esc(invoice.notes)
                     + QStringLiteral("</p>"));
    if (const QString legal = label(labels, "legal"); !legal.isEmpty())
        h += QString(QStringLiteral("<p align=\"") + p.start()
                     + QStringLiteral("\" style=\"font-size:8pt; color:#555555\">") + esc(legal)
                     + QStringLiteral("</p>"));
    h += QStringLiteral("</body></html>");
    return h;
}

void InvoiceHtml::setUp(QTextDocument &doc, const QJsonObject &labels, const QString &html)
{
    const bool rtl = labels.value(QStringLiteral("direction")).toString() == QLatin1String("rtl");
    QFont font(labels.value(QStringLiteral("font")).toString(QStringLiteral("Noto Sans")));
    font.setPointSizeF(labels.value(QStringLiteral("font_size")).toDouble(10));
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    doc.setDefaultTextOption(option);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    if (!rtl)
        return;
    // Every paragraph (table cells included) reads right to left.
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLayoutDirection(Qt::RightToLeft);
        cursor.setBlockFormat(format);
    }
}

} // namespace montaj
