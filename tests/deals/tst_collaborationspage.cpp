// The Collaborations page on a real workspace (SQLite, offscreen): a new deal shows on the board,
// moves through the pipeline, gets an invoice from its fee that is issued, paid and saved as a PDF;
// a competing deal in the same category is created with its exclusivity clash reported; the deal
// view's compliance checklist follows the selected deal; CSV export writes the deals.
#include "core/deals/dealservice.h"
#include "core/deals/invoicemath.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/deals/collaborationspage.h"
#include "ui/deals/compliancepanel.h"
#include "ui/deals/dealview.h"
#include "ui/deals/pipelineboard.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

class TestCollaborationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void dealFromCreationToPayment()
    {
        WorkspaceService workspace;
        std::optional<Result<void>> opened;
        workspace.open(WorkspaceLocation::sqlite(m_dir.filePath("ws.sqlite")),
                       [&](Result<void> r) { opened = r; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(opened->ok());
        CollaborationsPage page(workspace);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.deals().isOpen());

        Deal deal;
        deal.title = "Autumn blend";
        deal.productCategory = "coffee";
        deal.fee = Money::fromMinor(150000, "EUR").value();
        deal.jurisdictions = {"FR"};
        deal.exclusivityCategory = "coffee";
        deal.exclusivityStart = QDateTime::currentDateTimeUtc().addDays(-1);
        deal.exclusivityEnd = QDateTime::currentDateTimeUtc().addDays(30);
        page.createDeal("Lumen Coffee", deal);
        QTRY_COMPARE(page.statusText(), QString("Deal created."));
        QTRY_COMPARE(page.board()->cardCount(DealStage::Lead), 1);
        const QString id = page.snapshot().deals.first().id;

        page.moveDeal(id, DealStage::Contracted);
        QTRY_COMPARE(page.board()->cardCount(DealStage::Contracted), 1);
        page.moveDeal(id, DealStage::Lead);
        QTRY_VERIFY(page.statusText().contains("cannot move"));

        page.board()->select(id);
        QCOMPARE(page.view()->dealId(), id);
        QCOMPARE(page.view()->tabs()->count(), 6);

        page.createInvoiceFromFee(id);
        QTRY_COMPARE(page.snapshot().invoices.size(), 1);
        const Invoice draft = page.snapshot().invoices.first();
        QCOMPARE(draft.language, QString("en"));
        QCOMPARE(InvoiceMath::totals(draft)->grossMinor, qint64(180000));
        page.issueInvoice(draft.id);
        QTRY_COMPARE(page.snapshot().invoices.first().number, qint64(1));
        page.recordPayment(draft.id, 80000);
        QTRY_COMPARE(toString(page.snapshot().invoices.first().status),
                     toString(InvoiceStatus::PartiallyPaid));
        QVERIFY(page.savePdf(draft.id, m_dir.filePath("INV-000001.pdf")).ok());
        QVERIFY(QFileInfo(m_dir.filePath("INV-000001.pdf")).size() > 1000);

        // A competitor in the same category during Lumen's exclusivity.
        Deal rival;
        rival.title = "Spring roast";
        rival.productCategory = "coffee";
        page.createDeal("Brewdog Beans", rival);
        QTRY_VERIFY2(page.statusText().contains("Lumen Coffee"), qPrintable(page.statusText()));
        QTRY_COMPARE(page.snapshot().deals.size(), 2);

        page.exportCsv(m_dir.filePath("deals.csv"));
        QFile csv(m_dir.filePath("deals.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains("Lumen Coffee"));
        QVERIFY(text.contains("Brewdog Beans"));
        QVERIFY(text.contains("1500.00,EUR"));
    }
};

QTEST_MAIN(TestCollaborationsPage)
#include "tst_collaborationspage.moc"
