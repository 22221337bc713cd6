#include "core/foundation/currency.h"
#include "core/foundation/money.h"

#include <QTest>

#include <limits>

using montaj::Currency;
using montaj::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private:
    static Money m(qint64 minor, const char *currency = "USD")
    {
        auto r = Money::fromMinor(minor, QString::fromLatin1(currency));
        if (!r)
            qFatal("bad test money");
        return *r;
    }

private Q_SLOTS:
    void minorDigitsFollowIso4217()
    {
        QCOMPARE(Currency::minorDigits(u"USD"), 2);
        QCOMPARE(Currency::minorDigits(u"EUR"), 2);
        QCOMPARE(Currency::minorDigits(u"JPY"), 0);
        QCOMPARE(Currency::minorDigits(u"KRW"), 0);
        QCOMPARE(Currency::minorDigits(u"KWD"), 3);
        QCOMPARE(Currency::minorDigits(u"TND"), 3);
        QCOMPARE(Currency::minorDigits(u"CLF"), 4);
        QCOMPARE(Currency::minorDigits(u"SAR"), 2);
        QCOMPARE(Currency::minorDigits(u"MAD"), 2);
        QVERIFY(!Currency::minorDigits(u"usd"));
        QVERIFY(!Currency::minorDigits(u"XXX"));
        QVERIFY(!Currency::minorDigits(u"US"));
        QVERIFY(!Currency::minorDigits(u""));
    }

    void unknownCurrencyIsAnError()
    {
        const auto r = Money::fromMinor(100, QStringLiteral("ABC"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("money.unknown_currency"));
        QCOMPARE(r.error().context.value(QStringLiteral("currency")).toString(), QStringLiteral("ABC"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << "12.34"
                               << "USD" << qint64(1234);
        QTest::newRow("no fraction") << "12"
                                     << "USD" << qint64(1200);
        QTest::newRow("one digit") << "12.3"
                                   << "EUR" << qint64(1230);
        QTest::newRow("leading dot") << ".5"
                                     << "EUR" << qint64(50);
        QTest::newRow("negative") << "-0.01"
                                  << "USD" << qint64(-1);
        QTest::newRow("plus sign") << "+7.00"
                                   << "USD" << qint64(700);
        QTest::newRow("half even down") << "0.125"
                                        << "USD" << qint64(12);
        QTest::newRow("half even up") << "0.135"
                                      << "USD" << qint64(14);
        QTest::newRow("above half") << "0.1251"
                                    << "USD" << qint64(13);
        QTest::newRow("negative half even") << "-0.125"
                                            << "USD" << qint64(-12);
        QTest::newRow("negative half up") << "-0.135"
                                          << "USD" << qint64(-14);
        QTest::newRow("yen rounds to whole") << "2.5"
                                             << "JPY" << qint64(2);
        QTest::newRow("yen 3.5") << "3.5"
                                 << "JPY" << qint64(4);
        QTest::newRow("dinar three digits") << "1.234"
                                            << "KWD" << qint64(1234);
        QTest::newRow("spaces trimmed") << "  4.20 "
                                        << "USD" << qint64(420);
        QTest::newRow("max") << "92233720368547758.07"
                             << "USD" << std::numeric_limits<qint64>::max();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto r = Money::parse(text, currency);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->minorUnits(), minor);
        QCOMPARE(r->currency(), currency);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "money.invalid_amount";
        QTest::newRow("comma") << "12,34"
                               << "money.invalid_amount";
        QTest::newRow("grouping") << "1,234.00"
                                  << "money.invalid_amount";
        QTest::newRow("letters") << "12a"
                                 << "money.invalid_amount";
        QTest::newRow("two dots") << "1.2.3"
                                  << "money.invalid_amount";
        QTest::newRow("sign only") << "-"
                                   << "money.invalid_amount";
        QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << "money.invalid_amount";
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "money.overflow";
        QTest::newRow("huge") << "999999999999999999999999999999999999999999"
                              << "money.overflow";
    }

    void parseRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto r = Money::parse(text, QStringLiteral("USD"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
    }

    void decimalStringRoundTrips()
    {
        QCOMPARE(m(123456).toDecimalString(), QStringLiteral("1234.56"));
        QCOMPARE(m(-5).toDecimalString(), QStringLiteral("-0.05"));
        QCOMPARE(m(0).toDecimalString(), QStringLiteral("0.00"));
        QCOMPARE(m(1500, "JPY").toDecimalString(), QStringLiteral("1500"));
        QCOMPARE(m(1005, "KWD").toDecimalString(), QStringLiteral("1.005"));
        QCOMPARE(m(std::numeric_limits<qint64>::min()).toDecimalString(),
                 QStringLiteral("-92233720368547758.08"));
        for (qint64 v : {qint64(0), qint64(1), qint64(-99), qint64(1234567890123), qint64(-7)}) {
            const Money original = m(v, "KWD");
            QCOMPARE(*Money::parse(original.toDecimalString(), QStringLiteral("KWD")), original);
        }
    }

    void arithmeticIsExactAndChecked()
    {
        QCOMPARE(m(150).plus(m(275))->minorUnits(), 425);
        QCOMPARE(m(150).minus(m(275))->minorUnits(), -125);
        QCOMPARE(m(333).times(3)->minorUnits(), 999);
        const auto mixed = m(100).plus(m(100, "EUR"));
        QVERIFY(!mixed);
        QCOMPARE(mixed.error().code, QStringLiteral("money.currency_mismatch"));
        QVERIFY(!m(std::numeric_limits<qint64>::max()).plus(m(1)));
        QCOMPARE(m(std::numeric_limits<qint64>::max()).plus(m(1)).error().code,
                 QStringLiteral("money.overflow"));
        QVERIFY(!m(std::numeric_limits<qint64>::min()).minus(m(1)));
        QVERIFY(!m(std::numeric_limits<qint64>::max()).times(2));
        QCOMPARE(*m(5).compare(m(7)), -1);
        QCOMPARE(*m(7).compare(m(7)), 0);
        QVERIFY(!m(7).compare(m(7, "EUR")));
    }

    void scaledRoundsHalfToEven_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(1000) << qint64(15) << qint64(100) << qint64(150);
        QTest::newRow("half to even down") << qint64(5) << qint64(1) << qint64(2) << qint64(2);
        QTest::newRow("half to even up") << qint64(7) << qint64(1) << qint64(2) << qint64(4);
        QTest::newRow("third") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
        QTest::newRow("two thirds") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
        QTest::newRow("negative half") << qint64(-5) << qint64(1) << qint64(2) << qint64(-2);
        QTest::newRow("negative half odd") << qint64(-7) << qint64(1) << qint64(2) << qint64(-4);
        QTest::newRow("negative denominator") << qint64(7) << qint64(1) << qint64(-2) << qint64(-4);
        QTest::newRow("wide intermediate") << qint64(9'000'000'000'000'000'000) << qint64(3) << qint64(4)
                                           << qint64(6'750'000'000'000'000'000);
    }

    void scaledRoundsHalfToEven()
    {
        QFETCH(qint64, amount);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        const auto r = m(amount).scaled(num, den);
        QVERIFY(r.ok());
        QCOMPARE(r->minorUnits(), expected);
    }

    void scaledByZeroIsAnError()
    {
        QCOMPARE(m(5).scaled(1, 0).error().code, QStringLiteral("money.division_by_zero"));
    }

    void allocationSumsExactly_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QList<qint64>>("weights");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("thirds") << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
        QTest::newRow("70/30") << qint64(1001) << QList<qint64>{70, 30} << QList<qint64>{701, 300};
        QTest::newRow("largest remainder") << qint64(10) << QList<qint64>{1, 2, 3} << QList<qint64>{2, 3, 5};
        QTest::newRow("zero weight") << qint64(5) << QList<qint64>{0, 1, 1} << QList<qint64>{0, 3, 2};
        QTest::newRow("negative amount")
            << qint64(-100) << QList<qint64>{1, 1, 1} << QList<qint64>{-34, -33, -33};
        QTest::newRow("one cent seven ways")
            << qint64(1) << QList<qint64>{1, 1, 1, 1, 1, 1, 1} << QList<qint64>{1, 0, 0, 0, 0, 0, 0};
    }

    void allocationSumsExactly()
    {
        QFETCH(qint64, amount);
        QFETCH(QList<qint64>, weights);
        QFETCH(QList<qint64>, expected);
        const auto parts = m(amount).allocate(weights);
        QVERIFY(parts.ok());
        QList<qint64> got;
        qint64 sum = 0;
        for (const Money &p : *parts) {
            got << p.minorUnits();
            sum += p.minorUnits();
            QCOMPARE(p.currency(), QStringLiteral("USD"));
        }
        QCOMPARE(got, expected);
        QCOMPARE(sum, amount);
    }

    void allocationPropertyHoldsForManyCases()
    {
        for (qint64 amount :
             {qint64(0), qint64(1), qint64(997), qint64(-1234567), qint64(4'611'686'018'427'387'903)}) {
            for (const QList<qint64> &w :
                 {QList<qint64>{1}, QList<qint64>{3, 7}, QList<qint64>{1, 1, 1, 1, 1, 1},
                  QList<qint64>{5, 0, 9, 2}, QList<qint64>{1'000'000'007, 3}}) {
                const auto parts = m(amount).allocate(w);
                QVERIFY(parts.ok());
                qint64 sum = 0;
                for (const Money &p : *parts)
                    sum += p.minorUnits();
                QCOMPARE(sum, amount);
            }
        }
    }

    void allocationRejectsBadWeights()
    {
        QCOMPARE(m(5).allocate({}).error().code, QStringLiteral("money.no_weights"));
        QCOMPARE(m(5).allocate({0, 0}).error().code, QStringLiteral("money.no_weights"));
        QCOMPARE(m(5).allocate({1, -1}).error().code, QStringLiteral("money.negative_weight"));
    }

    void displayUsesTheLocale()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(m(123456).toDisplayString(en), QStringLiteral("$1,234.56"));
        // Negative amounts follow the locale's own pattern (en_US: accounting parentheses).
        QCOMPARE(m(-5).toDisplayString(en), en.toCurrencyString(-0.05, QStringLiteral("$"), 2));
        // A foreign currency is shown with its ISO code, never with the locale's own symbol.
        QVERIFY(m(123456, "EUR").toDisplayString(en).contains(QStringLiteral("EUR")));
        QVERIFY(!m(123456, "EUR").toDisplayString(en).contains(u'$'));
        const QLocale fr(QLocale::French, QLocale::France);
        const QString eur = m(123456, "EUR").toDisplayString(fr);
        // Built from the locale, not hard-coded: grouping, decimal comma, symbol.
        QVERIFY2(eur.contains(fr.toString(1234) + fr.decimalPoint() + fr.toString(56)), qPrintable(eur));
        QVERIFY(eur.contains(QStringLiteral("€")));
        const QLocale ar(QLocale::Arabic, QLocale::SaudiArabia);
        const QString sar = m(1050, "SAR").toDisplayString(ar);
        QVERIFY2(sar.contains(ar.toString(10) + ar.decimalPoint() + ar.toString(50)), qPrintable(sar));
        const QString yen = m(1500, "JPY").toDisplayString(en);
        QVERIFY2(yen.contains(en.toString(1500)) && !yen.contains(en.decimalPoint()), qPrintable(yen));
        // Beyond double precision the digits stay exact.
        const QString big = m(std::numeric_limits<qint64>::max()).toDisplayString(en);
        QVERIFY2(big.contains(QStringLiteral("92,233,720,368,547,758.07")), qPrintable(big));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
