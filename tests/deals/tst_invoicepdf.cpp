// The invoice PDF in English, French and Arabic: written with QPdfWriter, read back with pdftotext
// (amounts formatted with the invoice language's QLocale, the French late-payment mention, escaped
// text) and with its word boxes (the Arabic title sits on the right of the page), then rendered to
// PNG with pdftoppm under the build tree for people to look at, and checked for ink beyond the
// lines table's edges (the totals block once ran past its right edge).
#include "core/deals/invoicemath.h"
#include "core/deals/invoicepdf.h"
#include "core/foundation/money.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cstdlib>

using namespace montaj;

namespace {

Invoice sample(const QString &language)
{
    Invoice inv;
    inv.id = "5b0c2f1e-aaaa-bbbb-cccc-000000000001";
    inv.language = language;
    inv.series = "INV";
    inv.number = 42;
    inv.currency = "EUR";
    inv.status = InvoiceStatus::PartiallyPaid;
    inv.issueDate = QDate(2026, 3, 20);
    inv.dueDate = QDate(2026, 5, 4);
    inv.seller = {"Camille Dupont EI",   "12 rue des Lilas\n75011 Paris",    "FR98765432109", "FR",
                  "camille@example.com", "FR76 3000 6000 0112 3456 7890 189"};
    inv.buyer = {"Lumen Coffee SAS <b>", "3 quai de Bercy\n75012 Paris", "FR12345678901", "FR", {}, {}};
    if (language == "ar") {
        inv.lines = {{"فيديو ترويجي على تيك توك (٦٠ ثانية)", 1, 150000, 2000},
                     {"حقوق الإعلان المدفوع ٣٠ يومًا", 2, 12345, 2000},
                     {"كتاب الوصفات", 3, 1999, 550}};
        inv.notes = "شكرًا لتعاونكم.";
    } else if (language == "fr") {
        inv.lines = {{"Vidéo TikTok sponsorisée (60 s)", 1, 150000, 2000},
                     {"Droits publicitaires 30 jours", 2, 12345, 2000},
                     {"Livre de recettes", 3, 1999, 550}};
        inv.notes = "Référence contrat : LC-2026-07";
    } else {
        inv.lines = {{"Sponsored TikTok video (60 s)", 1, 150000, 2000},
                     {"Paid usage rights, 30 days", 2, 12345, 2000},
                     {"Recipe book", 3, 1999, 550}};
        inv.notes = "Contract reference: LC-2026-07";
    }
    inv.payments = {{1, inv.id, QDate(2026, 4, 2), 50000, "bank", {}, {}}};
    return inv;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Where the lines table's borders are (the outermost columns with a vertical run of ink at least 40
// pixels long, at 60 dpi) and where dark ink (text) is, across the page.
struct Bounds
{
    int tableLeft = 0;
    int tableRight = -1;
    int inkLeft = 0;
    int inkRight = -1;
};

Bounds bounds(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    Bounds b{gray.width(), -1, gray.width(), -1};
    for (int x = 0; x < gray.width(); ++x) {
        int run = 0;
        int longest = 0;
        for (int y = 0; y < gray.height(); ++y) {
            const int v = gray.constScanLine(y)[x];
            run = v < 235 ? run + 1 : 0;
            longest = std::max(longest, run);
            if (v < 128) {
                b.inkLeft = std::min(b.inkLeft, x);
                b.inkRight = std::max(b.inkRight, x);
            }
        }
        if (longest >= 40) {
            b.tableLeft = std::min(b.tableLeft, x);
            b.tableRight = std::max(b.tableRight, x);
        }
    }
    return b;
}

QString normalised(QString text)
{
    text.replace(QChar(0x202F), ' ').replace(QChar(0x00A0), ' ');
    // Bidi and directional marks from the PDF text layer.
    text.remove(QRegularExpression("[\\x{200E}\\x{200F}\\x{061C}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return text.simplified();
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

    QString m_dir = QStringLiteral(MONTAJ_DEALS_OUTPUT_DIR);
    bool m_poppler = false;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir));
        m_poppler = !QStandardPaths::findExecutable("pdftoppm").isEmpty()
                    && !QStandardPaths::findExecutable("pdftotext").isEmpty();
    }

    void documentPerLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("fr") << "fr";
        QTest::newRow("ar") << "ar";
    }

    void documentPerLanguage()
    {
        QFETCH(QString, language);
        const Invoice inv = sample(language);
        const auto totals = InvoiceMath::totals(inv).value();
        QCOMPARE(totals.netMinor, qint64(150000 + 24690 + 5997));
        QCOMPARE(totals.vatMinor, qint64(34938 + 330));
        QCOMPARE(totals.grossMinor, qint64(215955));
        QCOMPARE(totals.balanceMinor, qint64(165955));
        const QString pdf = m_dir + "/invoice-" + language + ".pdf";
        QFile::remove(pdf);
        auto written = InvoicePdf::write(inv, pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(QFileInfo(pdf).size() > 1000);

        // The document itself: the words of the language and the amounts of its locale.
        std::unique_ptr<QTextDocument> doc(InvoicePdf::document(inv).value());
        const QString text = normalised(doc->toPlainText());
        const QLocale locale = InvoicePdf::locale(language);
        const QString gross = normalised(Money::fromMinor(totals.grossMinor, "EUR")->toDisplayString(locale));
        const QString balance =
            normalised(Money::fromMinor(totals.balanceMinor, "EUR")->toDisplayString(locale));
        QVERIFY2(text.contains(gross), qPrintable(gross + " not in " + text));
        QVERIFY(text.contains(balance));
        QVERIFY(text.contains("INV-000042"));
        QVERIFY(text.contains("Lumen Coffee SAS <b>")); // escaped, shown as text
        if (language == "fr") {
            QVERIFY(text.contains("Total TTC"));
            QVERIFY(text.contains("TVA à 5,5 %"));
            QVERIFY(text.contains("indemnité forfaitaire pour frais de recouvrement de 40 €"));
            QVERIFY(text.contains("20 mars 2026"));
            QCOMPARE(gross, QString("2 159,55 €"));
        } else if (language == "ar") {
            QVERIFY(text.contains("فاتورة"));
            QVERIFY(text.contains("المبلغ المستحق"));
            QVERIFY(InvoicePdf::isRightToLeft("ar"));
            QCOMPARE(doc->begin().blockFormat().layoutDirection(), Qt::RightToLeft);
        } else {
            QVERIFY(text.contains("Balance due"));
            QVERIFY(text.contains("VAT at 5.5%"));
        }

        if (!m_poppler)
            QSKIP(
                "poppler-utils (pdftoppm, pdftotext) is not installed: the PDF was written but not rendered");
        // Read back from the PDF.
        const QString extracted = normalised(run("pdftotext", {"-enc", "UTF-8", pdf, "-"}));
        QVERIFY2(extracted.contains("INV-000042"), qPrintable(extracted.left(400)));
        // Where the title (the page's first words) sits: right half for Arabic, left half otherwise.
        // pdftotext gives Arabic letter by letter in presentation forms, so only the place is compared.
        const QString boxes = run("pdftotext", {"-bbox", "-enc", "UTF-8", pdf, "-"});
        const QRegularExpression page("<page width=\"([0-9.]+)\"");
        const QRegularExpression word(
            "<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"[^>]*>([^<]*)</word>");
        const auto pageMatch = page.match(boxes);
        const auto wordMatch = word.match(boxes);
        QVERIFY2(pageMatch.hasMatch() && wordMatch.hasMatch(), qPrintable(boxes.left(600)));
        const double width = pageMatch.captured(1).toDouble();
        const double centre = (wordMatch.captured(1).toDouble() + wordMatch.captured(2).toDouble()) / 2;
        if (language != "ar")
            QCOMPARE(wordMatch.captured(3), QString(language == "fr" ? "Facture" : "Invoice"));
        if (language == "ar")
            QVERIFY2(centre > width * 0.6, qPrintable(QString::number(centre)));
        else
            QVERIFY2(centre < width * 0.4, qPrintable(QString::number(centre)));

        // The picture, for people to look at.
        const QString base = m_dir + "/invoice-" + language;
        QFile::remove(base + ".png");
        run("pdftoppm", {"-png", "-r", "110", "-singlefile", "-f", "1", "-l", "1", pdf, base});
        QImage png(base + ".png");
        QVERIFY2(!png.isNull(), qPrintable(base + ".png"));
        QVERIFY(png.width() > 800 && png.height() > png.width());
        qInfo("%s", qPrintable("rendered " + base + ".png"));

        // Nothing printed beyond the lines table's edges (the totals once ran past its right edge),
        // and the table fills the printable width (A4 at 60 dpi: 496 px, 18 mm margins: 43 px).
        const QString small = m_dir + "/invoice-" + language + "-60dpi";
        QFile::remove(small + ".png");
        run("pdftoppm", {"-png", "-r", "60", "-singlefile", "-f", "1", "-l", "1", pdf, small});
        const Bounds b = bounds(QImage(small + ".png"));
        QVERIFY2(b.tableRight > b.tableLeft, qPrintable(small + ".png"));
        QVERIFY2(b.inkRight <= b.tableRight + 1 && b.inkLeft >= b.tableLeft - 1,
                 qPrintable(QString("ink %1..%2, table %3..%4 in %5")
                                .arg(b.inkLeft)
                                .arg(b.inkRight)
                                .arg(b.tableLeft)
                                .arg(b.tableRight)
                                .arg(small + ".png")));
        QVERIFY2(std::abs(b.tableLeft - 43) <= 3 && std::abs(b.tableRight - 453) <= 3,
                 qPrintable(QString("table %1..%2").arg(b.tableLeft).arg(b.tableRight)));
    }

    void unknownLanguageIsRefused()
    {
        Invoice inv = sample("en");
        inv.language = "de";
        QCOMPARE(InvoicePdf::write(inv, m_dir + "/de.pdf").error().code, QString("deals.invoice_language"));
        QCOMPARE(InvoicePdf::suggestedFileName(sample("en")), QString("INV-000042.pdf"));
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
