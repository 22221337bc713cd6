// The compliance engine as rule tables per jurisdiction (US, UK, FR): the platform toggles, the
// caption label at the start of the caption in the right language, France's in-video labels for the
// whole duration (and the one-click overlays that complete them), "Images retouchées",
// "Images virtuelles" and is_aigc, the €1,000 written-contract threshold, prohibited categories and
// the brief's warnings; and proof that the rules are data (a changed rules file changes the answer).
#include "core/deals/compliancecheck.h"
#include "core/deals/contractthreshold.h"
#include "core/deals/disclosureoverlay.h"

#include <QFile>
#include <QTest>

using namespace montaj;

namespace {

constexpr qint64 kSecond = 1000000;

ProjectState project(qint64 seconds, const QList<TextOverlay> &overlays = {})
{
    ProjectState p;
    Clip a;
    a.id = "a";
    a.inUs = 0;
    a.outUs = seconds * kSecond / 2;
    Clip b = a;
    b.id = "b";
    b.outUs = seconds * kSecond - a.outUs;
    p.clips = {a, b};
    p.overlays = overlays;
    return p;
}

TextOverlay overlay(const QString &text, qint64 fromSec, qint64 toSec)
{
    TextOverlay o;
    o.id = text;
    o.text = text;
    o.startUs = fromSec * kSecond;
    o.endUs = toSec * kSecond;
    return o;
}

ComplianceInput input(const QStringList &jurisdictions, const QString &caption, bool brandContent = true)
{
    ComplianceInput in;
    in.deal.id = "deal-1";
    in.deal.brandId = "brand-1";
    in.deal.jurisdictions = jurisdictions;
    in.deal.disclosure = DisclosureType::PaidPartnership;
    in.deal.fee = Money::fromMinor(50000, "EUR").value();
    in.post.caption = caption;
    in.post.brandContent = brandContent;
    in.post.privacyLevel = "PUBLIC_TO_EVERYONE";
    in.onDate = QDate(2026, 3, 10);
    return in;
}

QStringList failedCodes(const ComplianceReport &report, bool blockingOnly = true)
{
    QStringList out;
    for (const ComplianceItem &i : report.items)
        if (!i.passed && (i.blocking || !blockingOnly))
            out << i.code;
    return out;
}

} // namespace

class TestCompliance : public QObject
{
    Q_OBJECT

    ComplianceRules m_rules;

private Q_SLOTS:
    void initTestCase()
    {
        auto rules = ComplianceRules::builtIn();
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
        m_rules = *rules;
        QCOMPARE(m_rules.codes(), (QStringList{"US", "UK", "FR"}));
        QCOMPARE(m_rules.jurisdiction("FR")->contractThreshold->minorUnits(), qint64(100000));
        QCOMPARE(m_rules.jurisdiction("FR")->contractFrom, QDate(2026, 1, 1));
        QVERIFY(m_rules.jurisdiction("fr")); // codes are case-insensitive
    }

    void captionTable_data()
    {
        QTest::addColumn<QStringList>("jurisdictions");
        QTest::addColumn<int>("disclosure");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QStringList>("failed");
        const int paid = int(DisclosureType::PaidPartnership);
        const int gifted = int(DisclosureType::Gifted);
        const int affiliate = int(DisclosureType::Affiliate);
        QTest::newRow("US #ad first")
            << QStringList{"US"} << paid << "#ad New autumn blend ☕" << QStringList{};
        QTest::newRow("US Sponsored first")
            << QStringList{"US"} << paid << "Sponsored: my morning cup" << QStringList{};
        QTest::newRow("US #ad buried")
            << QStringList{"US"} << paid << "My morning cup #coffee #ad" << QStringList{"US.caption_label"};
        QTest::newRow("US #adventure is not #ad")
            << QStringList{"US"} << paid << "#adventure awaits" << QStringList{"US.caption_label"};
        QTest::newRow("US #sp not enough")
            << QStringList{"US"} << paid << "#sp new blend" << QStringList{"US.caption_label"};
        QTest::newRow("US gifted #gifted")
            << QStringList{"US"} << gifted << "#gifted thanks Lumen" << QStringList{};
        QTest::newRow("UK #ad") << QStringList{"UK"} << paid << "Ad | my new blend" << QStringList{};
        QTest::newRow("UK #sponsored not enough")
            << QStringList{"UK"} << paid << "#sponsored my new blend" << QStringList{"UK.caption_label"};
        QTest::newRow("UK affiliate alone")
            << QStringList{"UK"} << affiliate << "#affiliate link in bio" << QStringList{"UK.caption_label"};
        QTest::newRow("UK affiliate with #ad")
            << QStringList{"UK"} << affiliate << "#ad #affiliate link in bio" << QStringList{};
        QTest::newRow("FR Publicité")
            << QStringList{"FR"} << paid << "Publicité – mon café du matin" << QStringList{};
        QTest::newRow("FR Collaboration commerciale")
            << QStringList{"FR"} << paid << "collaboration commerciale avec Lumen" << QStringList{};
        QTest::newRow("FR #ad is English")
            << QStringList{"FR"} << paid << "#ad mon café" << QStringList{"FR.caption_label"};
        QTest::newRow("FR buried") << QStringList{"FR"} << paid << "Mon café du matin. Publicité"
                                   << QStringList{"FR.caption_label"};
        QTest::newRow("FR+US both at the start")
            << QStringList{"FR", "US"} << paid << "Publicité #ad mon café" << QStringList{};
        QTest::newRow("FR+US English only")
            << QStringList{"FR", "US"} << paid << "#ad mon café" << QStringList{"FR.caption_label"};
        QTest::newRow("FR+UK+US nothing")
            << QStringList{"FR", "UK", "US"} << paid << "mon café"
            << QStringList{"UK.caption_label", "US.caption_label", "FR.caption_label"};
    }

    void captionTable()
    {
        QFETCH(QStringList, jurisdictions);
        QFETCH(int, disclosure);
        QFETCH(QString, caption);
        QFETCH(QStringList, failed);
        ComplianceInput in = input(jurisdictions, caption);
        in.deal.disclosure = DisclosureType(disclosure);
        in.project = project(20, {overlay("Publicité", 0, 20)});
        QStringList got;
        for (const QString &code : failedCodes(ComplianceCheck::check(m_rules, in)))
            if (code.endsWith(".caption_label"))
                got << code;
        std::sort(got.begin(), got.end());
        std::sort(failed.begin(), failed.end());
        QCOMPARE(got, failed);
    }

    void problemsInPlainWords()
    {
        ComplianceInput in = input({"FR"}, "Mon café du matin. Publicité");
        in.project = project(20, {overlay("Publicité", 0, 20)});
        const QStringList problems = ComplianceCheck::canSchedule(m_rules, in);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains("“Publicité” is in the caption but not at its start"),
                 qPrintable(problems[0]));
        in.post.caption = "Publicité Mon café";
        QVERIFY(ComplianceCheck::canSchedule(m_rules, in).isEmpty());
    }

    void platformToggles()
    {
        ComplianceInput in = input({"US"}, "#ad my blend", false);
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)), QStringList{"platform.branded_content"});
        in.post.brandContent = true;
        in.post.privacyLevel = "SELF_ONLY";
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)),
                 QStringList{"platform.branded_not_private"});
        in.post.privacyLevel = "PUBLIC_TO_EVERYONE";
        in.deal.disclosure = DisclosureType::OwnBrand;
        in.post.brandContent = false;
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)), QStringList{"platform.your_brand"});
        in.post.brandOrganic = true;
        QVERIFY(ComplianceCheck::check(m_rules, in).canSchedule());
        // US recommends an in-video label: a warning, not a blocker.
        const ComplianceReport report = ComplianceCheck::check(m_rules, in);
        QCOMPARE(failedCodes(report, false), QStringList{"US.in_video"});
        QVERIFY(report.warnings().first().contains("recommended"));
    }

    void frenchOverlayForTheWholeDuration()
    {
        ComplianceInput in = input({"FR"}, "Publicité mon café");
        in.project = project(30, {overlay("Publicité", 0, 10), overlay("Collaboration commerciale", 12, 30)});
        const DisclosureOverlay::Coverage c =
            DisclosureOverlay::coverage(*in.project, m_rules.jurisdiction("FR")->inVideoTexts);
        QCOMPARE(c.durationUs, 30 * kSecond);
        QCOMPARE(c.coveredUs, 28 * kSecond);
        QCOMPARE(c.gaps.size(), 1);
        QCOMPARE(c.gaps.first(), qMakePair(10 * kSecond, 12 * kSecond));
        ComplianceReport report = ComplianceCheck::check(m_rules, in);
        QCOMPARE(failedCodes(report), QStringList{"FR.in_video"});
        QVERIFY2(report.problems().first().contains("2.0 s"), qPrintable(report.problems().first()));

        // One click: the overlay that covers everything, from the first to the last frame.
        const QList<TextOverlay> add = ComplianceCheck::overlaysToAdd(m_rules, in);
        QCOMPARE(add.size(), 1);
        QCOMPARE(add[0].text, QString("Publicité"));
        QCOMPARE(add[0].startUs, qint64(0));
        QCOMPARE(add[0].endUs, 30 * kSecond);
        in.project->overlays.append(add);
        QVERIFY(ComplianceCheck::check(m_rules, in).canSchedule());

        // "Publicités" or "Publicitaire" are not the label; an overlay ending early is not enough.
        in.project = project(30, {overlay("Publicitaire", 0, 30)});
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)), QStringList{"FR.in_video"});
        // A plain video file cannot be checked: the creator confirms it.
        in.project.reset();
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)), QStringList{"FR.in_video"});
        QVERIFY(ComplianceCheck::overlaysToAdd(m_rules, in).isEmpty());
        in.overlaysConfirmed = true;
        QVERIFY(ComplianceCheck::check(m_rules, in).canSchedule());
    }

    void retouchedAndVirtualImages()
    {
        ComplianceInput in = input({"FR", "US"}, "Publicité #ad");
        in.project = project(15, {overlay("Publicité", 0, 15)});
        in.retouched = true; // the filters marked the project
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)), QStringList{"FR.retouched"});
        in.deliverable.aiGenerated = true;
        QCOMPARE(failedCodes(ComplianceCheck::check(m_rules, in)),
                 (QStringList{"platform.is_aigc", "FR.retouched", "FR.virtual"}));
        const QList<TextOverlay> add = ComplianceCheck::overlaysToAdd(m_rules, in);
        QCOMPARE(add.size(), 2);
        QCOMPARE(add[0].text, QString("Images retouchées"));
        QCOMPARE(add[1].text, QString("Images virtuelles"));
        QVERIFY(add[1].position.y() > add[0].position.y()); // stacked, not on top of each other
        in.project->overlays.append(add);
        in.post.isAigc = true;
        QVERIFY(ComplianceCheck::check(m_rules, in).canSchedule());
        // US and UK have no retouching rule.
        ComplianceInput us = input({"US"}, "#ad");
        us.retouched = true;
        QVERIFY(!ComplianceCheck::check(m_rules, us).item("US.retouched"));
    }

    void frenchWrittenContract_data()
    {
        QTest::addColumn<qint64>("otherDealMinor");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("signed_");
        QTest::addColumn<bool>("blocked");
        // This deal: €500 fee; another deal with the same advertiser the same year.
        QTest::newRow("€999.99 a year") << qint64(49999) << QDate(2026, 3, 10) << false << false;
        QTest::newRow("€1,000.00 a year") << qint64(50000) << QDate(2026, 3, 10) << false << true;
        QTest::newRow("€1,000.00 signed") << qint64(50000) << QDate(2026, 3, 10) << true << false;
        QTest::newRow("before 2026") << qint64(90000) << QDate(2025, 12, 31) << false << false;
    }

    void frenchWrittenContract()
    {
        QFETCH(qint64, otherDealMinor);
        QFETCH(QDate, on);
        QFETCH(bool, signed_);
        QFETCH(bool, blocked);
        ComplianceInput in = input({"FR"}, "Publicité");
        in.overlaysConfirmed = true;
        in.onDate = on;
        in.deal.contractSigned = signed_;
        in.deal.createdAt = on.startOfDay(Qt::UTC);
        Deal other;
        other.id = "deal-2";
        other.brandId = "brand-1";
        other.fee = Money::fromMinor(otherDealMinor, "EUR").value();
        other.createdAt = on.startOfDay(Qt::UTC);
        Deal lost = other; // lost deals and other advertisers do not count
        lost.id = "deal-3";
        lost.stage = DealStage::Lost;
        Deal elsewhere = other;
        elsewhere.id = "deal-4";
        elsewhere.brandId = "brand-2";
        in.advertiserDeals = {other, lost, elsewhere};
        const ComplianceReport report = ComplianceCheck::check(m_rules, in);
        QCOMPARE(failedCodes(report).contains("FR.written_contract"), blocked);
        if (blocked)
            QVERIFY(report.problems().first().contains("signed written contract"));
    }

    void contractThresholdLeavesOtherCurrenciesToPeople()
    {
        Deal a;
        a.brandId = "b";
        a.fee = Money::fromMinor(90000, "EUR").value();
        a.giftedValue = Money::fromMinor(10000, "EUR").value();
        a.createdAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        Deal b = a;
        b.fee = Money::fromMinor(50000, "USD").value();
        b.giftedValue.reset();
        Deal lastYear = a;
        lastYear.createdAt = QDateTime(QDate(2025, 5, 1), QTime(10, 0), Qt::UTC);
        const auto assessed =
            ContractThreshold::assess(*m_rules.jurisdiction("FR"), "b", {a, b, lastYear}, QDate(2026, 6, 1));
        QVERIFY(assessed.applies);
        QVERIFY(assessed.required); // 900 + 100 gifted = 1,000
        QCOMPARE(assessed.totalMinor, qint64(100000));
        QCOMPARE(assessed.otherCurrencies, QStringList{"USD"});
        QVERIFY(!ContractThreshold::assess(*m_rules.jurisdiction("US"), "b", {a}, QDate(2026, 6, 1)).applies);
    }

    void prohibitedCategories_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("FR cosmetic surgery") << "FR"
                                             << "cosmetic_surgery" << true;
        QTest::newRow("FR therapeutic abstention") << "FR"
                                                   << "therapeutic_abstention" << true;
        QTest::newRow("FR unlicensed gambling") << "FR"
                                                << "unlicensed_gambling" << true;
        QTest::newRow("FR unregulated crypto") << "FR"
                                               << "Unregulated_Crypto " << true;
        QTest::newRow("FR coffee") << "FR"
                                   << "coffee" << false;
        QTest::newRow("UK prescription medicines") << "UK"
                                                   << "prescription_only_medicines" << true;
        QTest::newRow("UK cosmetic surgery") << "UK"
                                             << "cosmetic_surgery" << false;
        QTest::newRow("US cosmetic surgery") << "US"
                                             << "cosmetic_surgery" << false;
    }

    void prohibitedCategories()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QString, category);
        QFETCH(bool, blocked);
        const QString label = jurisdiction == "FR" ? "Publicité" : "#ad";
        ComplianceInput in = input({jurisdiction}, label + " text");
        in.overlaysConfirmed = true;
        in.deal.productCategory = category;
        const ComplianceReport report = ComplianceCheck::check(m_rules, in);
        QCOMPARE(failedCodes(report).contains(jurisdiction + ".prohibited_category"), blocked);
        QCOMPARE(report.canSchedule(), !blocked);
    }

    void briefWarnings()
    {
        ComplianceInput in = input({"US"}, "#ad cheap and cheerful @lumen.coffee");
        in.deal.requiredHashtags = {"LumenCoffee"};
        in.deal.requiredHandles = {"lumen.coffee"};
        in.deal.doNotSay = {"cheap"};
        const ComplianceReport report = ComplianceCheck::check(m_rules, in);
        QVERIFY(report.canSchedule()); // warnings only
        QVERIFY(!report.item("brief.required_tags")->passed);
        QVERIFY(report.item("brief.required_tags")->problem.contains("#LumenCoffee"));
        QVERIFY(!report.item("brief.required_tags")->problem.contains("@lumen.coffee"));
        QVERIFY(!report.item("brief.do_not_say")->passed);
        in.deal.jurisdictions = {"DE"};
        QVERIFY(!ComplianceCheck::check(m_rules, in).item("deal.unknown_jurisdiction")->passed);
    }

    void rulesAreData()
    {
        QFile file(":/montaj/deals/compliance-rules.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        json.replace("\"threshold\": {\"minor\": 100000", "\"threshold\": {\"minor\": 200000");
        json.replace("\"Publicité\", \"Collaboration commerciale\"]\n        },\n        \"insufficient\"",
                     "\"Collaboration commerciale\"]\n        },\n        \"insufficient\"");
        auto changed = ComplianceRules::fromJson(json, "test");
        QVERIFY(changed.ok());
        QCOMPARE(changed->jurisdiction("FR")->contractThreshold->minorUnits(), qint64(200000));
        QCOMPARE(changed->jurisdiction("FR")->captionLabels.value(DisclosureType::OwnBrand),
                 QStringList{"Collaboration commerciale"});
        QVERIFY(!ComplianceRules::fromJson("{\"format\":\"other\"}").ok());
        QCOMPARE(ComplianceRules::fromJson("not json").error().code, QString("deals.rules_invalid"));
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
