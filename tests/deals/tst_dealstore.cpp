// The deals store against SQLite and a real PostgreSQL server: its own migrations next to the
// workspace's, brands and contacts, every deal field round-tripped, optimistic concurrency, the
// pipeline with its history, deliverables linked to posts (a deleted draft unlinks itself), posting
// windows, invoices numbered without gaps per series, payments and the seller profile.
#include "core/deals/dealstore.h"
#include "core/deals/invoicemath.h"
#include "tests/publish/store/workspacefixture.h"

#include <QTest>

using namespace montaj;

namespace {

Money eur(qint64 minor)
{
    return Money::fromMinor(minor, "EUR").value();
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestDealStore : public QObject
{
    Q_OBJECT

    WorkspaceFixture m_fx;

    std::unique_ptr<DealStore> openDeals()
    {
        auto store = DealStore::open(m_fx.location());
        if (!store) {
            qWarning() << store.error().toString();
            return nullptr;
        }
        return std::move(store).value();
    }

    static Deal fullDeal(const QString &brandId)
    {
        Deal d;
        d.brandId = brandId;
        d.title = "Autumn blend launch";
        d.agencyName = "Northstar Talent";
        d.agencyCommissionBp = 1500;
        d.brief = "Brew it, show the bag";
        d.talkingPoints = {"single origin", "compostable bag"};
        d.requiredHashtags = {"LumenCoffee"};
        d.requiredHandles = {"lumen.coffee"};
        d.doNotSay = {"cheap"};
        d.feeType = FeeType::Flat;
        d.fee = eur(150000);
        d.giftedValue = eur(4599);
        d.upfrontBp = 5000;
        d.paymentNetDays = 45;
        d.paymentTrigger = PaymentTrigger::OnPublish;
        d.killFee = eur(30000);
        d.usage = UsageRights::PaidAds;
        d.adAuthorizationDays = 30;
        d.usageStart = at("2026-03-01T00:00:00Z");
        d.usageEnd = at("2026-04-01T00:00:00Z");
        d.territories = {"FR", "BE"};
        d.channels = {"tiktok"};
        d.exclusivityCategory = "coffee";
        d.competitors = {"Brewdog Beans"};
        d.exclusivityStart = at("2026-03-01T00:00:00Z");
        d.exclusivityEnd = at("2026-03-31T00:00:00Z");
        d.postTermDays = 30;
        d.jurisdictions = {"FR", "UK"};
        d.disclosure = DisclosureType::PaidPartnership;
        d.requiredLabels = {"Publicité"};
        d.productCategory = "coffee";
        d.contractRequired = true;
        d.contractPath = "/contracts/lumen.pdf";
        d.contractSigned = true;
        d.contractReference = "LC-2026-07";
        d.files = {"/briefs/lumen.pdf"};
        d.campaignId = "7405871234567890123";
        d.campaignStatus = "invited";
        d.invitationExpiresAt = at("2026-02-08T10:00:00Z");
        return d;
    }

private Q_SLOTS:
    void initTestCase_data() { WorkspaceFixture::addBackendRows(); }
    void init() { MONTAJ_WORKSPACE_INIT(m_fx); }
    void cleanup() { m_fx.cleanup(); }

    void migratesNextToTheWorkspace()
    {
        {
            auto deals = openDeals();
            QVERIFY(deals);
            QCOMPARE(deals->schemaVersion(), DealStore::latestSchemaVersion());
        }
        QVERIFY(openDeals()); // again: nothing to do
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM deals_schema_migrations").toInt(), 1);
        QCOMPARE(m_fx.rawValue("SELECT COUNT(*) FROM schema_migrations").toInt(), 1); // the workspace's own
        auto workspace = m_fx.open(); // the publish store opens the same database unchanged
        QVERIFY(workspace);
        QVERIFY(m_fx.rawExec("UPDATE deals_schema_migrations SET version = 99"));
        auto tooNew = DealStore::open(m_fx.location());
        QVERIFY(!tooNew);
        QCOMPARE(tooNew.error().code, QString("deals.schema_too_new"));
    }

    void brandsContactsAndEveryDealField()
    {
        auto store = openDeals();
        QVERIFY(store);
        Brand b;
        b.name = "Lumen Coffee";
        b.legalName = "Lumen Coffee SAS";
        b.vatNumber = "FR12345678901";
        b.country = "FR";
        b.category = "coffee";
        b.platformBrandId = "1234567890123456789";
        auto brand = store->saveBrand(b);
        QVERIFY2(brand.ok(), qPrintable(brand.ok() ? QString() : brand.error().toString()));
        QVERIFY(!brand->id.isEmpty());
        QCOMPARE(store->brandByPlatformId("1234567890123456789")->value().name, QString("Lumen Coffee"));
        QVERIFY(!store->brandByPlatformId("1")->has_value());
        QCOMPARE(store->saveBrand(Brand{}).error().code, QString("deals.missing_field"));

        auto contact =
            store->saveContact({{}, brand->id, "Inès Martin", "Brand manager", "ines@lumen.fr", ""});
        QVERIFY(contact.ok());
        QCOMPARE(store->contacts(brand->id)->size(), 1);

        Deal wanted = fullDeal(brand->id);
        wanted.contactIds = {contact->id};
        auto created = store->createDeal(wanted, "user:alice");
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        const Deal got = store->deal(created->id).value();
        QCOMPARE(got.version, qint64(1));
        QCOMPARE(got.createdBy, QString("user:alice"));
        QCOMPARE(got.contactIds, QStringList{contact->id});
        QCOMPARE(got.agencyCommissionBp, 1500);
        QCOMPARE(got.fee->minorUnits(), qint64(150000));
        QCOMPARE(got.giftedValue->minorUnits(), qint64(4599));
        QCOMPARE(got.killFee->currency(), QString("EUR"));
        QVERIFY(!got.cpmRate.has_value());
        QCOMPARE(toString(got.paymentTrigger), toString(PaymentTrigger::OnPublish));
        QCOMPARE(toString(got.usage), toString(UsageRights::PaidAds));
        QCOMPARE(got.usageEnd, wanted.usageEnd);
        QCOMPARE(got.competitors, wanted.competitors);
        QCOMPARE(got.exclusivityEnd, wanted.exclusivityEnd);
        QCOMPARE(got.postTermDays, 30);
        QCOMPARE(got.jurisdictions, (QStringList{"FR", "UK"}));
        QCOMPARE(got.requiredLabels, QStringList{"Publicité"});
        QCOMPARE(got.contractReference, QString("LC-2026-07"));
        QVERIFY(got.contractSigned);
        QCOMPARE(got.files, wanted.files);
        QCOMPARE(got.campaignId, QString("7405871234567890123"));
        QCOMPARE(got.invitationExpiresAt, wanted.invitationExpiresAt);
        QCOMPARE(store->dealForCampaign("7405871234567890123")->value().id, got.id);

        // Optimistic concurrency: a stale copy is refused; the stage only moves through the pipeline.
        Deal edited = got;
        edited.title = "Autumn blend — final";
        QCOMPARE(store->updateDeal(edited, "user:alice")->version, qint64(2));
        QCOMPARE(store->updateDeal(edited, "user:bob").error().code, QString("deals.conflict"));
        Deal staged = store->deal(got.id).value();
        staged.stage = DealStage::Paid;
        QCOMPARE(store->updateDeal(staged, "user:bob").error().code, QString("deals.stage_via_move"));
    }

    void pipelineHistory()
    {
        auto store = openDeals();
        QVERIFY(store);
        const QString brandId = store->saveBrand({{}, "Northwind", {}, {}, {}, {}, {}, {}, {}, {}})->id;
        Deal d;
        d.brandId = brandId;
        const Deal deal = store->createDeal(d, "user:alice").value();
        const QDateTime t1 = at("2026-02-01T09:00:00Z");
        QVERIFY(store->moveDeal(deal.id, DealStage::Contracted, "user:alice", "signed", t1).ok());
        const auto bad = store->moveDeal(deal.id, DealStage::Lead, "user:bob");
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QString("deals.bad_transition"));
        QVERIFY(store->moveDeal(deal.id, DealStage::Lost, "user:bob", "budget cut").ok());
        const Deal lost = store->deal(deal.id).value();
        QCOMPARE(toString(lost.stage), toString(DealStage::Lost));
        QCOMPARE(lost.lostReason, QString("budget cut"));
        QCOMPARE(lost.version, qint64(3));

        const QList<StageChange> history = store->history(deal.id).value();
        QCOMPARE(history.size(), 3);
        QVERIFY(!history[0].from.has_value());
        QCOMPARE(toString(history[0].to), toString(DealStage::Lead));
        QCOMPARE(history[0].actor, QString("user:alice"));
        QCOMPARE(toString(*history[1].from), toString(DealStage::Lead));
        QCOMPARE(toString(history[1].to), toString(DealStage::Contracted));
        QCOMPARE(history[1].at, t1);
        QCOMPARE(history[1].note, QString("signed"));
        QCOMPARE(toString(*history[2].from), toString(DealStage::Contracted));
        QCOMPARE(toString(history[2].to), toString(DealStage::Lost));
        QCOMPARE(history[2].actor, QString("user:bob"));

        DealFilter open;
        open.stages = {DealStage::Lead, DealStage::Contracted};
        QCOMPARE(store->deals(open)->size(), 0);
        QCOMPARE(store->deals()->size(), 1);
    }

    void deliverablesFollowTheirPosts()
    {
        auto workspace = m_fx.open();
        auto store = openDeals();
        QVERIFY(workspace && store);
        const WorkspaceAccount account = WorkspaceFixture::addAccount(*workspace, "creator");
        Post draft = WorkspaceFixture::scheduledPost(account.id, at("2026-03-10T18:00:00Z"), "Publicité #ad");
        draft.state = PostState::Draft;
        const Post post = workspace->createPost(draft, "user:alice").value();

        const QString brandId = store->saveBrand({{}, "Lumen", {}, {}, {}, {}, {}, {}, {}, {}})->id;
        Deal d;
        d.brandId = brandId;
        const Deal deal = store->createDeal(d, "user:alice").value();
        DealDeliverable v;
        v.dealId = deal.id;
        v.quantity = 2;
        v.minDurationSec = 15;
        v.maxDurationSec = 60;
        v.draftDue = at("2026-03-05T12:00:00Z");
        v.postingStart = at("2026-03-08T00:00:00Z");
        v.postingEnd = at("2026-03-15T00:00:00Z");
        v.retouched = true;
        v.postIds = {post.id};
        auto saved = store->saveDeliverable(v);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved->postIds, QStringList{post.id});
        QCOMPARE(saved->quantity, 2);
        QCOMPARE(saved->maxDurationSec, 60);
        QVERIFY(saved->retouched);
        QCOMPARE(saved->draftDue, v.draftDue);
        QCOMPARE(store->deliverableForPost(post.id)->value().id, saved->id);

        // Posting windows for the calendar: [from, to) meets the window.
        QCOMPARE(store->deliverablesInWindow(at("2026-03-01T00:00:00Z"), at("2026-03-08T00:00:00Z"))->size(),
                 0);
        QCOMPARE(store->deliverablesInWindow(at("2026-03-01T00:00:00Z"), at("2026-03-09T00:00:00Z"))->size(),
                 1);
        QCOMPARE(store->deliverablesInWindow(at("2026-03-15T00:00:00Z"), at("2026-03-20T00:00:00Z"))->size(),
                 1);
        QCOMPARE(store->deliverablesInWindow(at("2026-03-16T00:00:00Z"), at("2026-03-20T00:00:00Z"))->size(),
                 0);

        // A post that does not exist cannot be linked.
        QVERIFY(!store->linkPost(saved->id, "no-such-post"));
        // Deleting the draft post unlinks it.
        QVERIFY(workspace->deletePost(post.id, "user:alice").ok());
        QVERIFY(store->deliverable(saved->id)->postIds.isEmpty());
        QVERIFY(!store->deliverableForPost(post.id)->has_value());
        QVERIFY(store->removeDeliverable(saved->id).ok());
        QVERIFY(store->deliverables(deal.id)->isEmpty());
    }

    void invoicesNumberedWithoutGaps()
    {
        auto store = openDeals();
        QVERIFY(store);
        const QString brandId = store->saveBrand({{}, "Lumen", {}, {}, {}, {}, {}, {}, {}, {}})->id;
        Deal d;
        d.brandId = brandId;
        d.paymentNetDays = 45;
        const Deal deal = store->createDeal(d, "user:alice").value();
        auto draft = [&](const QString &series, qint64 unit) {
            Invoice inv;
            inv.dealId = deal.id;
            inv.series = series;
            inv.lines = {{"Video", 1, unit, 2000}};
            return store->saveInvoiceDraft(inv).value();
        };
        const Invoice a = draft("INV", 100000);
        const Invoice dropped = draft("INV", 5000);
        const Invoice b = draft("INV", 20000);
        const Invoice other = draft("FR", 30000);
        QCOMPARE(a.number, qint64(0));
        QVERIFY(a.displayNumber().isEmpty());
        QVERIFY(store->deleteInvoiceDraft(dropped.id).ok()); // drafts carry no number: no gap

        const QDate issued(2026, 3, 20);
        const Invoice first = store->issueInvoice(b.id, issued).value();
        const Invoice second = store->issueInvoice(a.id, issued).value();
        const Invoice own = store->issueInvoice(other.id, issued).value();
        QCOMPARE(first.number, qint64(1));
        QCOMPARE(second.number, qint64(2));
        QCOMPARE(own.number, qint64(1)); // its own series
        QCOMPARE(second.displayNumber(), QString("INV-000002"));
        QCOMPARE(first.dueDate, issued.addDays(45));
        QCOMPARE(toString(first.status), toString(InvoiceStatus::Issued));
        QCOMPARE(store->issueInvoice(a.id).error().code, QString("deals.invoice_not_draft"));
        Invoice edit = second;
        edit.lines[0].unitPriceMinor = 1;
        QCOMPARE(store->saveInvoiceDraft(edit).error().code, QString("deals.invoice_not_draft"));
        QCOMPARE(store->deleteInvoiceDraft(second.id).error().code, QString("deals.invoice_not_draft"));
        QCOMPARE(store->deleteDeal(deal.id).error().code, QString("deals.has_invoices"));

        // Payments: 1,200.00 incl. 20 % VAT, paid in two parts; an overpayment is refused.
        QCOMPARE(store->recordPayment(second.id, {0, {}, QDate(2026, 4, 1), 0, "bank", {}, {}}).error().code,
                 QString("deals.bad_amount"));
        const Invoice part =
            store->recordPayment(second.id, {0, {}, QDate(2026, 4, 1), 50001, "bank", {}, {}}).value();
        QCOMPARE(toString(part.status), toString(InvoiceStatus::PartiallyPaid));
        QCOMPARE(InvoiceMath::totals(part)->balanceMinor, qint64(69999));
        QCOMPARE(store->recordPayment(second.id, {0, {}, {}, 70000, "bank", {}, {}}).error().code,
                 QString("deals.overpayment"));
        const Invoice paid =
            store->recordPayment(second.id, {0, {}, QDate(2026, 4, 9), 69999, "bank", {}, {}}).value();
        QCOMPARE(toString(paid.status), toString(InvoiceStatus::Paid));
        QCOMPARE(paid.payments.size(), 2);
        QCOMPARE(paid.payments[1].receivedOn, QDate(2026, 4, 9));
        QCOMPARE(store->recordPayment(second.id, {0, {}, {}, 1, "bank", {}, {}}).error().code,
                 QString("deals.invoice_not_payable"));

        // Void keeps the number; the next one continues the series.
        QCOMPARE(toString(store->voidInvoice(first.id)->status), toString(InvoiceStatus::Void));
        const Invoice third = store->issueInvoice(draft("INV", 100).id, issued).value();
        QCOMPARE(third.number, qint64(3));
        QCOMPARE(store->invoices(deal.id)->size(), 4);
        QCOMPARE(m_fx.rawValue("SELECT last_number FROM invoice_series WHERE series = 'INV'").toLongLong(),
                 qint64(3));
    }

    void sellerProfile()
    {
        auto store = openDeals();
        QVERIFY(store);
        QVERIFY(store->sellerProfile()->name.isEmpty());
        InvoiceParty me{"Camille Dupont EI",   "12 rue des Lilas\n75011 Paris",    "FR98765432109", "FR",
                        "camille@example.com", "FR76 3000 6000 0112 3456 7890 189"};
        QVERIFY(store->setSellerProfile(me).ok());
        me.email = "hello@camille.fr";
        QVERIFY(store->setSellerProfile(me).ok());
        const InvoiceParty got = store->sellerProfile().value();
        QCOMPARE(got.email, QString("hello@camille.fr"));
        QCOMPARE(got.address, me.address);
        QCOMPARE(got.iban, me.iban);
    }
};

QTEST_GUILESS_MAIN(TestDealStore)
#include "tst_dealstore.moc"
