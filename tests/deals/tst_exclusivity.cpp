// Exclusivity conflicts as a table: competing brands (same category or named competitor) whose
// periods overlap, post-term periods included, both directions, when a deal is created and when a
// post is scheduled; same brand, lost deals and other categories never clash.
#include "core/deals/exclusivitycheck.h"

#include <QTest>

using namespace montaj;

namespace {

QDateTime day(int month, int d)
{
    return QDateTime(QDate(2026, month, d), QTime(0, 0), Qt::UTC);
}

ExclusivityInput deal(const QString &id, const QString &brand, const QString &category)
{
    ExclusivityInput in;
    in.deal.id = id;
    in.deal.brandId = "b-" + brand;
    in.deal.stage = DealStage::Contracted;
    in.deal.productCategory = category;
    in.deal.createdAt = day(1, 1);
    in.brand.id = in.deal.brandId;
    in.brand.name = brand;
    in.brand.category = category;
    return in;
}

ExclusivityInput exclusive(const QString &id, const QString &brand, const QString &category, QDateTime from,
                           QDateTime to, int postTermDays)
{
    ExclusivityInput in = deal(id, brand, category);
    in.deal.exclusivityCategory = category;
    in.deal.exclusivityStart = from;
    in.deal.exclusivityEnd = to;
    in.deal.postTermDays = postTermDays;
    return in;
}

ExclusivityInput posting(ExclusivityInput in, QDateTime from, QDateTime to)
{
    DealDeliverable v;
    v.postingStart = from;
    v.postingEnd = to;
    in.deliverables = {v};
    return in;
}

} // namespace

class TestExclusivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDeal_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<bool>("postTerm");
        QTest::newRow("same category, overlapping") << "overlap" << 1 << false;
        QTest::newRow("same category, inside the post-term") << "postterm" << 1 << true;
        QTest::newRow("same category, after the post-term") << "after" << 0 << false;
        QTest::newRow("other category") << "othercat" << 0 << false;
        QTest::newRow("named competitor, other category") << "competitor" << 1 << false;
        QTest::newRow("same brand") << "samebrand" << 0 << false;
        QTest::newRow("lost deal binds no one") << "lost" << 0 << false;
        QTest::newRow("the new deal's exclusivity covers an existing deal") << "reverse" << 1 << false;
        QTest::newRow("open-ended exclusivity") << "openended" << 1 << false;
    }

    void newDeal()
    {
        QFETCH(QString, case_);
        QFETCH(int, conflicts);
        QFETCH(bool, postTerm);
        // Lumen: coffee exclusivity in March, 30 days post-term (to 30 April).
        ExclusivityInput lumen = exclusive("lumen", "Lumen Coffee", "coffee", day(3, 1), day(3, 31), 30);
        ExclusivityInput candidate = posting(deal("new", "Brewdog Beans", "coffee"), day(3, 10), day(3, 20));
        if (case_ == "postterm")
            candidate = posting(candidate, day(4, 20), day(4, 25));
        else if (case_ == "after")
            candidate = posting(candidate, day(5, 1), day(5, 5));
        else if (case_ == "othercat")
            candidate = posting(deal("new", "Northwind", "outdoor_gear"), day(3, 10), day(3, 20));
        else if (case_ == "competitor") {
            candidate = posting(deal("new", "Brewdog Beans", "tea"), day(3, 10), day(3, 20));
            lumen.deal.competitors = {"brewdog beans"};
        } else if (case_ == "samebrand")
            candidate.deal.brandId = lumen.deal.brandId;
        else if (case_ == "lost")
            lumen.deal.stage = DealStage::Lost;
        else if (case_ == "reverse") {
            // The existing deal only posts; the new one brings an exclusivity that covers it.
            lumen = posting(deal("lumen", "Lumen Coffee", "coffee"), day(6, 2), day(6, 5));
            candidate = exclusive("new", "Brewdog Beans", "coffee", day(6, 1), day(6, 30), 0);
        } else if (case_ == "openended") {
            lumen.deal.exclusivityEnd = {};
            candidate = posting(candidate, day(11, 1), day(11, 2));
        }
        const QList<ExclusivityConflict> found = ExclusivityCheck::forDeal(candidate, {lumen});
        QCOMPARE(found.size(), conflicts);
        if (conflicts) {
            QCOMPARE(found[0].dealId, QString("lumen"));
            QCOMPARE(found[0].brandName, QString("Lumen Coffee"));
            QCOMPARE(found[0].postTerm, postTerm);
            QVERIFY(!found[0].message.isEmpty());
        }
    }

    void overlapIsReported()
    {
        const ExclusivityInput lumen =
            exclusive("lumen", "Lumen Coffee", "coffee", day(3, 1), day(3, 31), 30);
        const ExclusivityInput candidate =
            posting(deal("new", "Brewdog Beans", "coffee"), day(2, 20), day(3, 5));
        const auto found = ExclusivityCheck::forDeal(candidate, {lumen});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].fromUtc, day(3, 1));
        QCOMPARE(found[0].toUtc, day(3, 5));
        QCOMPARE(ExclusivityCheck::window(lumen.deal).second, day(4, 30));
    }

    void postScheduling_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<bool>("postTerm");
        QTest::newRow("before the exclusivity") << day(2, 27) << 0 << false;
        QTest::newRow("during") << day(3, 15) << 1 << false;
        QTest::newRow("post-term") << day(4, 29) << 1 << true;
        QTest::newRow("after the post-term") << day(5, 2) << 0 << false;
    }

    void postScheduling()
    {
        QFETCH(QDateTime, when);
        QFETCH(int, conflicts);
        QFETCH(bool, postTerm);
        const ExclusivityInput lumen =
            exclusive("lumen", "Lumen Coffee", "coffee", day(3, 1), day(3, 31), 30);
        const ExclusivityInput other =
            exclusive("nw", "Northwind", "outdoor_gear", day(1, 1), day(12, 31), 0);
        const ExclusivityInput brewdog = deal("new", "Brewdog Beans", "coffee");
        const auto found = ExclusivityCheck::forPost(brewdog, when, {lumen, other});
        QCOMPARE(found.size(), conflicts);
        if (conflicts) {
            QCOMPARE(found[0].postTerm, postTerm);
            QVERIFY(found[0].message.contains("Lumen Coffee"));
        }
        // A post of the exclusive brand itself never clashes with its own deal.
        QVERIFY(ExclusivityCheck::forPost(lumen, when, {lumen}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExclusivity)
#include "tst_exclusivity.moc"
