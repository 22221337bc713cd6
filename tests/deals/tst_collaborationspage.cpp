// The Collaborations page on a real workspace (SQLite, offscreen): a new deal shows on the board,
// moves through the pipeline, gets an invoice from its fee that is issued, paid and saved as a PDF
// while the deal's stage follows (invoiced, then paid); a competing deal in the same category is
// created with its exclusivity clash reported; the deal view's compliance checklist follows the
// selected deal; CSV export writes the deals. Cards dragged between columns move the deal, and a
// move the pipeline refuses says why; terms, deliverables, contacts and files are edited from the
// deal view, with the history kept.
#include "core/deals/dealservice.h"
#include "core/deals/invoicemath.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/deals/collaborationspage.h"
#include "ui/deals/compliancepanel.h"
#include "ui/deals/contactspanel.h"
#include "ui/deals/dealview.h"
#include "ui/deals/deliverabledialog.h"
#include "ui/deals/deliverablespanel.h"
#include "ui/deals/filespanel.h"
#include "ui/deals/pipelineboard.h"

#include <QElapsedTimer>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

// A card dropped on a column, as a drag from another column delivers it.
bool dropOn(QListWidget *column, const QString &dealId)
{
    QMimeData data;
    data.setData(PipelineBoard::mimeType(), dealId.toUtf8());
    const QPoint pos = column->viewport()->rect().center();
    QDragEnterEvent enter(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column->viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column->viewport(), &drop);
    return drop.isAccepted();
}

bool openWorkspace(WorkspaceService &workspace, const QString &path)
{
    std::optional<Result<void>> opened;
    workspace.open(WorkspaceLocation::sqlite(path), [&](Result<void> r) { opened = r; });
    QElapsedTimer timer;
    timer.start();
    while (!opened && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return opened && opened->ok();
}

} // namespace

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
        QCOMPARE(page.view()->tabs()->count(), 7);

        page.createInvoiceFromFee(id);
        QTRY_COMPARE(page.snapshot().invoices.size(), 1);
        const Invoice draft = page.snapshot().invoices.first();
        QCOMPARE(draft.language, QString("en"));
        QCOMPARE(InvoiceMath::totals(draft)->grossMinor, qint64(180000));
        page.issueInvoice(draft.id);
        QTRY_COMPARE(page.snapshot().invoices.first().number, qint64(1));
        // Issued: the deal is invoiced.
        QTRY_COMPARE(toString(page.snapshot().deal(id)->stage), toString(DealStage::Invoiced));
        QVERIFY(page.statusText().contains("“Invoiced”"));
        page.recordPayment(draft.id, 80000);
        QTRY_COMPARE(toString(page.snapshot().invoices.first().status),
                     toString(InvoiceStatus::PartiallyPaid));
        QCOMPARE(toString(page.snapshot().deal(id)->stage), toString(DealStage::Invoiced));
        QVERIFY(page.savePdf(draft.id, m_dir.filePath("INV-000001.pdf")).ok());
        QVERIFY(QFileInfo(m_dir.filePath("INV-000001.pdf")).size() > 1000);
        // Fully paid: so is the deal, and its history says why.
        page.recordPayment(draft.id, 100000);
        QTRY_COMPARE(toString(page.snapshot().deal(id)->stage), toString(DealStage::Paid));
        QVERIFY(page.statusText().contains("“Paid”"));
        QCOMPARE(page.snapshot().history.value(id).last().note, QString("payment on INV-000001"));

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

    void boardDragAndDrop()
    {
        WorkspaceService workspace;
        QVERIFY(openWorkspace(workspace, m_dir.filePath("board.sqlite")));
        CollaborationsPage page(workspace);
        page.resize(1400, 800);
        page.show();
        QTRY_VERIFY(page.deals().isOpen());
        Deal deal;
        deal.title = "Trail shoes";
        deal.productCategory = "outdoor_gear";
        page.createDeal("Peak Outfitters", deal);
        QTRY_COMPARE(page.board()->cardCount(DealStage::Lead), 1);
        const QString id = page.snapshot().deals.first().id;

        // Lead → Contracted by drag and drop: moved and recorded.
        QVERIFY(dropOn(page.board()->column(DealStage::Contracted), id));
        QTRY_COMPARE(page.board()->cardCount(DealStage::Contracted), 1);
        QCOMPARE(page.board()->cardCount(DealStage::Lead), 0);
        QCOMPARE(page.snapshot().history.value(id).size(), 2);
        QCOMPARE(page.statusText(), QString("Moved to “Contracted”."));

        // Contracted → Lead is not a move the pipeline allows: refused with the reason and the way.
        QSignalSpy asked(page.board(), &PipelineBoard::moveRequested);
        QVERIFY(dropOn(page.board()->column(DealStage::Lead), id));
        QCOMPARE(asked.size(), 0);
        QVERIFY2(page.statusText().startsWith("A deal cannot move from “Contracted” to “Lead”."),
                 qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains("From “Contracted” it can go to: Negotiating, In production"));
        QTest::qWait(50);
        QCOMPARE(page.board()->cardCount(DealStage::Contracted), 1);
        QCOMPARE(page.snapshot().history.value(id).size(), 2);
        // Dropped where it is: nothing.
        dropOn(page.board()->column(DealStage::Contracted), id);
        QCOMPARE(asked.size(), 0);
        QVERIFY(!page.board()->dropDeal(id, DealStage::Contracted));
        QVERIFY(page.board()->dropDeal(id, DealStage::Paid)); // forward moves may skip stages
        QTRY_COMPARE(page.board()->cardCount(DealStage::Paid), 1);
        QVERIFY(!page.board()->dropDeal(id, DealStage::Lost)); // a paid deal is closed, not lost
        QVERIFY(page.statusText().contains("it can go to: Closed"));
    }

    void dealViewEdits()
    {
        WorkspaceService workspace;
        QVERIFY(openWorkspace(workspace, m_dir.filePath("edits.sqlite")));
        CollaborationsPage page(workspace);
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY(page.deals().isOpen());
        Deal deal;
        deal.title = "Summer menu";
        deal.productCategory = "food";
        deal.jurisdictions = {"FR"};
        page.createDeal("Maison Lumière", deal);
        QTRY_COMPARE(page.snapshot().deals.size(), 1);
        const Deal created = page.snapshot().deals.first();
        page.showDeal(created.id);
        QCOMPARE(page.view()->dealId(), created.id);

        // Terms.
        Deal terms = created;
        terms.title = "Summer menu 2030";
        terms.brief = "Three dishes, one per video.";
        terms.requiredHashtags = {"MaisonLumiere"};
        page.saveTerms(terms);
        QTRY_COMPARE(page.snapshot().deals.first().title, QString("Summer menu 2030"));
        QCOMPARE(page.snapshot().deals.first().requiredHashtags, QStringList{"MaisonLumiere"});
        QCOMPARE(page.statusText(), QString("Terms saved."));
        // A stale copy is refused, not written over the newer terms.
        page.saveTerms(terms);
        QTRY_VERIFY(page.statusText() != QString("Terms saved."));

        // Deliverables: add, edit, remove.
        DeliverableDialog dialog;
        DealDeliverable v;
        v.dealId = created.id;
        v.format = "video";
        v.platform = "tiktok";
        v.postingStart = QDateTime(QDate(2030, 7, 1), QTime(8, 0), Qt::UTC);
        v.postingEnd = QDateTime(QDate(2030, 7, 10), QTime(20, 0), Qt::UTC);
        dialog.setDeliverable(v);
        QVERIFY(dialog.problem().isEmpty());
        DealDeliverable entered = dialog.deliverable();
        QCOMPARE(entered.postingStart, v.postingStart);
        QCOMPARE(entered.postingEnd, v.postingEnd);
        QCOMPARE(entered.platform, QString("tiktok"));
        v.postingEnd = v.postingStart.addSecs(-60);
        dialog.setDeliverable(v);
        QCOMPARE(dialog.problem(), QString("The posting window must end after it starts."));
        page.saveDeliverable(entered);
        QTRY_COMPARE(page.snapshot().deliverables.value(created.id).size(), 1);
        QTableWidget *table = page.view()->deliverables()->table();
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QString("TikTok"));
        DealDeliverable stored = page.snapshot().deliverables.value(created.id).first();
        stored.platform = "instagram";
        stored.quantity = 2;
        page.saveDeliverable(stored);
        QTRY_COMPARE(table->item(0, 1)->text(), QString("Instagram"));
        QVERIFY(table->item(0, 0)->text().startsWith("2"));
        page.removeDeliverable(stored.id);
        QTRY_COMPARE(table->rowCount(), 0);

        // Contacts of the brand.
        Contact c;
        c.brandId = created.brandId;
        c.name = "Inès Moreau";
        c.email = "ines@example.com";
        page.saveContact(c);
        QTRY_COMPARE(page.view()->contacts()->table()->rowCount(), 1);
        QCOMPARE(page.view()->contacts()->table()->item(0, 0)->text(), QString("Inès Moreau"));

        // Files: paths stored, shown, the contract first; a missing one cannot be opened.
        QFile brief(m_dir.filePath("brief.txt"));
        QVERIFY(brief.open(QIODevice::WriteOnly));
        brief.write("brief");
        brief.close();
        page.attachFile(created.id, brief.fileName(), false);
        QTRY_COMPARE(page.snapshot().deals.first().files, QStringList{QFileInfo(brief).absoluteFilePath()});
        page.attachFile(created.id, m_dir.filePath("contract.pdf"), true);
        QTRY_COMPARE(page.snapshot().deals.first().contractPath, m_dir.filePath("contract.pdf"));
        QListWidget *files = page.view()->files()->list();
        QTRY_COMPARE(files->count(), 2);
        QVERIFY(files->item(0)->text().contains("contract.pdf"));
        QCOMPARE(files->item(1)->text(), QString("brief.txt"));
        QVERIFY(!FilesPanel::open(m_dir.filePath("contract.pdf"))); // not on disk
        page.removeFile(created.id, m_dir.filePath("contract.pdf"));
        QTRY_COMPARE(files->count(), 1);
        QVERIFY(page.snapshot().deals.first().contractPath.isEmpty());

        // The history tab keeps the pipeline's moves.
        page.moveDeal(created.id, DealStage::Negotiating);
        QTRY_COMPARE(page.view()->history()->count(), 2);
        QVERIFY(page.view()->history()->item(1)->text().contains("Lead → Negotiating"));
    }
};

QTEST_MAIN(TestCollaborationsPage)
#include "tst_collaborationspage.moc"
