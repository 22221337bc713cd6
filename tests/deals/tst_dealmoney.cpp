// Money and time around deals: invoice totals exact to the cent (VAT per rate, rounded half to even
// once per rate), overflow refused, overdue status; CSV export in machine format and safe from
// formulas; reminders and stale-deal alerts for a given "now"; the pipeline's allowed moves.
#include "core/deals/dealcsvexport.h"
#include "core/deals/dealpipeline.h"
#include "core/deals/dealreminders.h"
#include "core/deals/invoicemath.h"

#include <QTest>

#include <limits>

using namespace montaj;

Q_DECLARE_METATYPE(montaj::InvoiceLine)

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestDealMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsToTheCent_data()
    {
        QTest::addColumn<QList<InvoiceLine>>("lines");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("vat");
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<int>("groups");
        QTest::newRow("one line 20 %") << QList<InvoiceLine>{{"Video", 1, 150000, 2000}} << "EUR"
                                       << qint64(150000) << qint64(30000) << qint64(180000) << 1;
        // 3 × 0.33 at 20 %: 0.99 → VAT 0.198 → 0.20 (once on the sum, not 3 × 0.07 = 0.21).
        QTest::newRow("VAT on the sum per rate") << QList<InvoiceLine>{{"Sticker", 3, 33, 2000}} << "EUR"
                                                 << qint64(99) << qint64(20) << qint64(119) << 1;
        // 5.5 % of 0.10 = 0.0055 → 0.01; of 0.30 = 0.0165 → 0.02; half-even: 0.25 × 10 % = 0.025 → 0.02.
        QTest::newRow("half to even")
            << QList<InvoiceLine>{{"A", 1, 25, 1000}} << "EUR" << qint64(25) << qint64(2) << qint64(27) << 1;
        QTest::newRow("two rates") << QList<InvoiceLine>{{"Video", 2, 50000, 2000}, {"Book", 1, 1999, 550}}
                                   << "EUR" << qint64(101999) << qint64(20110) << qint64(122109) << 2;
        QTest::newRow("zero rate (reverse charge)") << QList<InvoiceLine>{{"Video", 1, 120000, 0}} << "GBP"
                                                    << qint64(120000) << qint64(0) << qint64(120000) << 1;
        QTest::newRow("yen has no cents") << QList<InvoiceLine>{{"Video", 1, 120000, 1000}} << "JPY"
                                          << qint64(120000) << qint64(12000) << qint64(132000) << 1;
        QTest::newRow("three-digit dinar") << QList<InvoiceLine>{{"Video", 1, 12345, 500}} << "KWD"
                                           << qint64(12345) << qint64(617) << qint64(12962) << 1;
    }

    void totalsToTheCent()
    {
        QFETCH(QList<InvoiceLine>, lines);
        QFETCH(QString, currency);
        QFETCH(qint64, net);
        QFETCH(qint64, vat);
        QFETCH(qint64, gross);
        QFETCH(int, groups);
        Invoice inv;
        inv.currency = currency;
        inv.lines = lines;
        const auto t = InvoiceMath::totals(inv);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        QCOMPARE(t->netMinor, net);
        QCOMPARE(t->vatMinor, vat);
        QCOMPARE(t->grossMinor, gross);
        QCOMPARE(t->vat.size(), groups);
        QCOMPARE(t->balanceMinor, gross);
        qint64 sum = 0;
        for (const InvoiceMath::VatGroup &g : t->vat)
            sum += g.vatMinor;
        QCOMPARE(sum, vat);
    }

    void paymentsAndStatus()
    {
        Invoice inv;
        inv.currency = "EUR";
        inv.status = InvoiceStatus::Issued;
        inv.dueDate = QDate(2026, 4, 30);
        inv.lines = {{"Video", 1, 100000, 2000}};
        inv.payments = {{1, {}, QDate(2026, 4, 2), 60000, "bank", {}, {}}};
        auto t = InvoiceMath::totals(inv).value();
        QCOMPARE(t.paidMinor, qint64(60000));
        QCOMPARE(t.balanceMinor, qint64(60000));
        QCOMPARE(toString(InvoiceMath::statusAfterPayments(inv, t)), toString(InvoiceStatus::PartiallyPaid));
        inv.status = InvoiceStatus::PartiallyPaid;
        QVERIFY(!InvoiceMath::isOverdue(inv, QDate(2026, 4, 30)));
        QVERIFY(InvoiceMath::isOverdue(inv, QDate(2026, 5, 1)));
        inv.payments.append({2, {}, QDate(2026, 5, 2), 60000, "bank", {}, {}});
        t = InvoiceMath::totals(inv).value();
        QCOMPARE(toString(InvoiceMath::statusAfterPayments(inv, t)), toString(InvoiceStatus::Paid));
        inv.status = InvoiceStatus::Paid;
        QVERIFY(!InvoiceMath::isOverdue(inv, QDate(2026, 6, 1)));
    }

    void refusesWhatIsNotExact()
    {
        Invoice inv;
        inv.currency = "EUR";
        inv.lines = {{"Huge", 4, std::numeric_limits<qint64>::max() / 2, 0}};
        QCOMPARE(InvoiceMath::totals(inv).error().code, QString("money.overflow"));
        inv.lines = {{"Bad", 1, 100, 12000}};
        QCOMPARE(InvoiceMath::totals(inv).error().code, QString("deals.bad_vat_rate"));
        inv.currency = "XYZ";
        inv.lines = {{"A", 1, 100, 0}};
        QCOMPARE(InvoiceMath::totals(inv).error().code, QString("money.unknown_currency"));
    }

    void csvIsMachineTextAndSafe()
    {
        Deal d;
        d.id = "d1";
        d.brandId = "b1";
        d.title = "=HYPERLINK(\"http://evil\")";
        d.fee = Money::fromMinor(123456, "EUR").value();
        d.agencyCommissionBp = 1550;
        d.jurisdictions = {"FR", "US"};
        d.createdAt = at("2026-03-01T10:00:00Z");
        Brand b;
        b.name = "+Lumen, Coffee";
        const QByteArray bytes = DealCsvExport::deals({d}, {{"b1", b}});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("deal_id,brand,brand_legal_name,title,stage,fee_type,fee,fee_currency"));
        QVERIFY2(lines[1].startsWith(
                     "d1,\"'+Lumen, Coffee\",,\"'=HYPERLINK(\"\"http://evil\"\")\",lead,flat,1234.56,EUR"),
                 qPrintable(lines[1]));
        QVERIFY(lines[1].contains(",15.50,FR US,paid_partnership,no,no,"));
        QVERIFY(lines[1].contains("2026-03-01T10:00:00Z"));
        QCOMPARE(DealCsvExport::percent(550), QString("5.50"));
        QCOMPARE(DealCsvExport::percent(-5), QString("-0.05"));

        Invoice inv;
        inv.id = "i1";
        inv.dealId = "d1";
        inv.number = 7;
        inv.currency = "EUR";
        inv.status = InvoiceStatus::Issued;
        inv.issueDate = QDate(2026, 3, 20);
        inv.lines = {{"Video", 1, 100000, 2000}};
        inv.payments = {{1, {}, {}, 20000, {}, {}, {}}};
        inv.buyer.name = "@Lumen";
        const QString invoices = QString::fromUtf8(DealCsvExport::invoices({inv}).mid(3));
        QVERIFY2(
            invoices.split("\r\n")[1].startsWith(
                "INV-000007,INV,issued,2026-03-20,,EUR,1000.00,200.00,1200.00,200.00,1000.00,'@Lumen,,d1,i1"),
            qPrintable(invoices));
    }

    void remindersForAGivenNow()
    {
        const QDateTime now = at("2026-03-10T12:00:00Z");
        DealReminders::Input in;
        Deal d;
        d.id = "d1";
        d.brandId = "b1";
        d.stage = DealStage::InProduction;
        d.stageChangedAt = now.addDays(-2);
        d.updatedAt = d.stageChangedAt;
        Deal stale = d;
        stale.id = "d2";
        stale.stage = DealStage::Negotiating;
        stale.stageChangedAt = now.addDays(-8);
        stale.updatedAt = stale.stageChangedAt;
        Deal lead = d;
        lead.id = "d3";
        lead.stage = DealStage::Lead;
        lead.invitationExpiresAt = now.addSecs(20 * 3600);
        Deal closed = stale;
        closed.id = "d4";
        closed.stage = DealStage::Closed;
        in.deals = {d, stale, lead, closed};
        in.brandNames = {{"b1", "Lumen"}};
        DealDeliverable draftSoon;
        draftSoon.id = "v1";
        draftSoon.draftDue = now.addSecs(24 * 3600);
        DealDeliverable draftLate;
        draftLate.id = "v2";
        draftLate.draftDue = now.addSecs(-3600);
        draftLate.postIds = {"p2"};
        DealDeliverable windowMissed;
        windowMissed.id = "v3";
        windowMissed.approvalRequired = false;
        windowMissed.postingStart = now.addDays(-10);
        windowMissed.postingEnd = now.addDays(-1);
        DealDeliverable windowDone = windowMissed;
        windowDone.id = "v4";
        windowDone.postIds = {"p4"};
        DealDeliverable windowOpen;
        windowOpen.id = "v5";
        windowOpen.approvalRequired = false;
        windowOpen.postingStart = now.addDays(-1);
        windowOpen.postingEnd = now.addDays(10);
        in.deliverables = {{"d1", {draftSoon, draftLate, windowMissed, windowDone, windowOpen}}};
        in.postStates = {{"p2", PostState::Draft}, {"p4", PostState::Published}};
        Invoice overdue;
        overdue.id = "i1";
        overdue.dealId = "d1";
        overdue.number = 3;
        overdue.status = InvoiceStatus::PartiallyPaid;
        overdue.dueDate = QDate(2026, 3, 9);
        Invoice notYet = overdue;
        notYet.id = "i2";
        notYet.dueDate = QDate(2026, 3, 10);
        in.invoices = {overdue, notYet};

        const QList<DealReminder> got = DealReminders::compute(in, now);
        QStringList kinds;
        for (const DealReminder &r : got)
            kinds << QString("%1:%2%3")
                         .arg(int(r.kind))
                         .arg(r.dealId, r.deliverableId.isEmpty() ? r.invoiceId : "/" + r.deliverableId);
        using K = DealReminder::Kind;
        QStringList wanted{QString("%1:d1/v3").arg(int(K::PostingWindowMissed)),
                           QString("%1:d1/v5").arg(int(K::PostingWindowOpen)),
                           QString("%1:d2").arg(int(K::StaleDeal)),
                           QString("%1:d1/v2").arg(int(K::DraftOverdue)),
                           QString("%1:d1i1").arg(int(K::InvoiceOverdue)),
                           QString("%1:d3").arg(int(K::InvitationExpiring)),
                           QString("%1:d1/v1").arg(int(K::DraftDueSoon))};
        std::sort(kinds.begin(), kinds.end());
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(kinds, wanted);
        // Ordered by when they are due; messages name the brand.
        for (int i = 1; i < got.size(); ++i)
            QVERIFY(got[i - 1].dueUtc <= got[i].dueUtc);
        for (const DealReminder &r : got)
            if (r.dealId == "d2")
                QVERIFY2(r.message.contains("Lumen") && r.message.contains("8 day"), qPrintable(r.message));
        // A day later the soon-due draft is still only soon; two days later it is late.
        QVERIFY(std::any_of(got.cbegin(), got.cend(),
                            [](const DealReminder &r) { return r.deliverableId == "v1"; }));
        const auto later = DealReminders::compute(in, now.addDays(2));
        QVERIFY(std::any_of(later.cbegin(), later.cend(), [](const DealReminder &r) {
            return r.deliverableId == "v1" && r.kind == DealReminder::Kind::DraftOverdue;
        }));
    }

    void pipelineMoves()
    {
        QVERIFY(DealPipeline::canMove(DealStage::Lead, DealStage::Contracted));
        QVERIFY(DealPipeline::canMove(DealStage::InReview, DealStage::InProduction));
        QVERIFY(DealPipeline::canMove(DealStage::Negotiating, DealStage::Lost));
        QVERIFY(DealPipeline::canMove(DealStage::Lost, DealStage::Lead));
        QVERIFY(!DealPipeline::canMove(DealStage::Lost, DealStage::Paid));
        QVERIFY(!DealPipeline::canMove(DealStage::Closed, DealStage::Lead));
        QVERIFY(!DealPipeline::canMove(DealStage::Paid, DealStage::Lost));
        QVERIFY(!DealPipeline::canMove(DealStage::Published, DealStage::Contracted));
        QVERIFY(!DealPipeline::canMove(DealStage::Lead, DealStage::Lead));
        QCOMPARE(DealPipeline::check(DealStage::Closed, DealStage::Lead).error().message,
                 QString("A deal cannot move from “Closed” to “Lead”."));
        QCOMPARE(DealPipeline::stages().size(), 11);
        for (DealStage s : DealPipeline::stages())
            QCOMPARE(dealStageFromString(toString(s)), std::optional<DealStage>(s));
    }

    // A deal's stage follows its invoices: issued → Invoiced, all paid → Paid, all voided → back.
    void stageFollowsInvoices()
    {
        auto invoice = [](InvoiceStatus status) {
            Invoice inv;
            inv.status = status;
            return inv;
        };
        using S = InvoiceStatus;
        const auto follow = DealPipeline::stageForInvoices;
        QCOMPARE(follow(DealStage::Published, {invoice(S::Issued)}), std::optional(DealStage::Invoiced));
        QCOMPARE(follow(DealStage::Published, {invoice(S::Paid)}), std::optional(DealStage::Paid));
        QCOMPARE(follow(DealStage::Invoiced, {invoice(S::Paid), invoice(S::PartiallyPaid)}),
                 std::optional<DealStage>());
        QCOMPARE(follow(DealStage::Invoiced, {invoice(S::Paid), invoice(S::Void), invoice(S::Draft)}),
                 std::optional(DealStage::Paid));
        QCOMPARE(follow(DealStage::Invoiced, {invoice(S::Void)}), std::optional(DealStage::Published));
        QCOMPARE(follow(DealStage::Contracted, {invoice(S::Draft)}), std::optional<DealStage>());
        QCOMPARE(follow(DealStage::Paid, {invoice(S::Issued)}),
                 std::optional<DealStage>()); // never backwards
        QCOMPARE(follow(DealStage::Closed, {invoice(S::Paid)}),
                 std::optional<DealStage>());                                              // closed is final
        QCOMPARE(follow(DealStage::Lost, {invoice(S::Paid)}), std::optional<DealStage>()); // not allowed
        QCOMPARE(follow(DealStage::Paid, {invoice(S::Paid)}), std::optional<DealStage>()); // already there
    }
};

QTEST_GUILESS_MAIN(TestDealMoney)
#include "tst_dealmoney.moc"
