// CSV in and out: importing older history (byte-order mark, "," or ";", quoted fields, ISO times,
// the streak rule, prices from the catalog, re-import adds nothing), errors with their line
// numbers and nothing imported, and the export's escaping against formula injection.

#include "core/earnings/earningscsvexport.h"
#include "core/earnings/earningsledger.h"
#include "core/earnings/giftcatalog.h"
#include "core/earnings/giftcsvimport.h"
#include "core/earnings/internal/csvreader.h"
#include "core/earnings/ratebook.h"
#include "core/earnings/ratecsvimport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

class TestEarningsCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<EarningsLedger> open()
    {
        auto opened = EarningsLedger::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

private Q_SLOTS:
    void importsRecordedEventsWithTheStreakRule()
    {
        auto ledger = open();
        const QByteArray csv =
            "\xEF\xBB\xBFsession_id,time_ms,msg_id,user_id,unique_id,gift_id,gift_name,gift_type,"
            "unit_coins,repeat_count,repeat_end,group_id\r\n"
            "s1,1000,a1,u1,sunny,5655,Rose,1,1,1,0,g1\r\n"
            "s1,1100,a2,u1,sunny,5655,Rose,1,1,2,0,g1\r\n"
            "s1,1200,a3,u1,sunny,5655,Rose,1,1,2,1,g1\r\n"
            "s1,1300,a4,u2,kofi,6267,Corgi,2,299,1,0,g2\r\n"
            "\r\n"
            "s2,5000,b1,u2,kofi,6267,Corgi,2,299,1,0,g3\r\n"
            "s1,1200,a3-again,u1,sunny,5655,Rose,1,1,2,1,g1\r\n";
        GiftCsvImport importer(*ledger);
        const Result<CsvImportReport> report = importer.importData(csv, "history.csv");
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rows, 6);
        QCOMPARE(report->streakSteps, 2);
        QCOMPARE(report->inserted, 3);
        QCOMPARE(report->duplicates, 1); // the repeated streak end
        QCOMPARE(report->sessions, 2);
        QCOMPARE(ledger->sessionTotals("s1")->coins, 2 + 299);
        QCOMPARE(ledger->sessionTotals("s1")->gifts, 3);
        QCOMPARE(ledger->sessions()->size(), 2);
        QCOMPARE((*GiftCatalog(*ledger).find(6267))->coins, 299);
        // Importing the same file again adds nothing.
        const Result<CsvImportReport> again = importer.importData(csv, "history.csv");
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 4);
    }

    void semicolonsQuotesIsoTimesAndCatalogPrices()
    {
        auto ledger = open();
        QVERIFY(GiftCatalog(*ledger).setPrice(5487, "Finger Heart", 5).ok());
        const QByteArray csv = "Session_ID;Time;User_ID;Unique_ID;Gift_ID;Gift_Name;Repeat_Count\n"
                               "s9;2024-06-01T20:15:00Z;u1;\"lea; the \"\"cook\"\"\";5487;;3\n"
                               "s9;2024-06-01T23:15:00+02:00;u2;\"two\nlines\";6064;GG;1\n";
        GiftCsvImport importer(*ledger);
        // GG (6064) has no price anywhere: refused, with the line.
        Result<CsvImportReport> report = importer.importData(csv, "old.csv");
        QVERIFY(!report.ok());
        QCOMPARE(importer.lineErrors().size(), 1);
        QCOMPARE(importer.lineErrors()[0].context.value("line").toInt(), 3);
        QCOMPARE(*ledger->entryCount(), 0);
        QVERIFY(GiftCatalog(*ledger).setPrice(6064, "GG", 1).ok());
        report = importer.importData(csv, "old.csv");
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->inserted, 2);
        QCOMPARE(ledger->sessionTotals("s9")->coins, 3 * 5 + 1);
        const Result<LedgerEntry> first = ledger->entry(1);
        QCOMPARE(first->record.uniqueId, QString("lea; the \"cook\""));
        QCOMPARE(first->record.giftName, QString("Finger Heart")); // from the catalog
        QCOMPARE(first->record.timeMs, 1717272900000);
        QCOMPARE(ledger->entry(2)->record.timeMs, 1717272900000 + 3600000);
        QCOMPARE(ledger->entry(2)->record.uniqueId, QString("two\nlines"));
        QVERIFY(first->record.eventKey.startsWith("c:"));
    }

    void badRowsAreReportedWithTheirLinesAndNothingIsImported()
    {
        auto ledger = open();
        const QByteArray csv =
            "session_id,time_ms,msg_id,user_id,gift_id,unit_coins,repeat_count,repeat_end\n"
            "s1,1000,m1,u1,5655,1,1,0\n"     // line 2: fine
            "s1,10x0,m2,u1,5655,1,1,0\n"     // line 3: time
            "s1,1000,m3,u1,5655,1,0,0\n"     // line 4: count below 1
            "s1,1000,m4,,5655,1,1,0\n"       // line 5: user missing
            "s1,1000,m5,u1,5655,1,1,maybe\n" // line 6: not yes or no
            "s1,1000,m6,u1,5655,1,1\n"       // line 7: a field short
            "s1,1000,m7,u1,5655,1,1,0\n";    // line 8: fine
        GiftCsvImport importer(*ledger);
        const Result<CsvImportReport> report = importer.importData(csv, "broken.csv");
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QString("earnings.csv_invalid"));
        QCOMPARE(report.error().context.value("line").toInt(), 3);
        QList<int> lines;
        for (const Error &e : importer.lineErrors())
            lines << e.context.value("line").toInt();
        QCOMPARE(lines, QList<int>({3, 4, 5, 6, 7}));
        QCOMPARE(importer.lineErrors()[0].context.value("column").toString(), QString("time_ms"));
        QVERIFY(importer.lineErrors()[0].message.contains("10x0"));
        QVERIFY(importer.lineErrors()[0].message.contains("3"));
        QCOMPARE(*ledger->entryCount(), 0); // all or nothing

        const Result<CsvImportReport> missing = importer.importData("session_id,time_ms,gift_id\n", "x.csv");
        QCOMPARE(missing.error().code, QString("earnings.csv_missing_column"));
        QVERIFY(missing.error().message.contains("user_id"));
        const Result<CsvImportReport> unclosed = importer.importData(
            "session_id,time_ms,user_id,gift_id,unit_coins\ns1,1,u1,2,3\ns1,1,\"u1,2,3\n", "q.csv");
        QVERIFY(!unclosed.ok());
        QCOMPARE(importer.lineErrors().back().context.value("line").toInt(), 3);
        QCOMPARE(importer.importData("", "empty.csv").error().code, QString("earnings.csv_empty"));
        // Without a session column the importer needs a default session.
        importer.setDefaultSession("old-export");
        QVERIFY(importer.importData("time_ms,user_id,gift_id,unit_coins\n5,u1,1,3\n", "n.csv").ok());
        QCOMPARE(ledger->sessionTotals("old-export")->coins, 3);
    }

    void exchangeRatesFromCsv()
    {
        auto ledger = open();
        RateCsvImport importer(*ledger);
        const Result<int> added = importer.importData("\xEF\xBB\xBF"
                                                      "Base;Quote;Rate;Valid_From;Note\r\n"
                                                      "usd;EUR;0.92;2024-06-01;ECB\r\n"
                                                      "USD;EUR;0,9315;2024-07-01T00:00:00Z;\r\n",
                                                      "rates.csv");
        QVERIFY(!added.ok()); // "0,9315" is not a machine decimal
        QCOMPARE(added.error().context.value("line").toInt(), 3);
        QCOMPARE(RateBook(*ledger).list()->size(), 0); // all or nothing
        const Result<int> fixed = importer.importData("base,quote,rate,valid_from,note\n"
                                                      "usd,EUR,0.92,2024-06-01,ECB\n"
                                                      "USD,EUR,0.9315,2024-07-01T00:00:00Z,\n",
                                                      "rates.csv");
        QVERIFY2(fixed.ok(), fixed.ok() ? "" : qPrintable(fixed.error().toString()));
        QCOMPARE(*fixed, 2);
        const ConversionSettings settings = *RateBook(*ledger).settings();
        QCOMPARE(settings.rates().size(), 2);
        QCOMPARE(settings.rates()[0].currency, QString("USD"));
        QCOMPARE(settings.rates()[0].micros, 920000);
        QCOMPARE(settings.rates()[0].validFromMs, 1717200000000);
        QCOMPARE(settings.rates()[1].micros, 931500);
        QCOMPARE(importer.importData("base,quote,rate\n", "x.csv").error().code,
                 QString("earnings.csv_missing_column"));
        const Result<int> same =
            importer.importData("base,quote,rate,valid_from\nUSD,USD,1,2024-01-01\n", "y.csv");
        QCOMPARE(same.error().context.value("line").toInt(), 2);
        QVERIFY(!importer.importData("base,quote,rate,valid_from\nUSD,EUR,1,June\n", "z.csv").ok());
    }

    void csvReaderHandlesEdges()
    {
        CsvReader reader("a;\"b;\"\"c\"\"\"\r\n\r\n1;2\r\nlast;\"x\ny\"");
        QList<QByteArrayView> f;
        QCOMPARE(reader.delimiter(), ';');
        QVERIFY(reader.next(f));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[1].toByteArray(), QByteArray("b;\"c\""));
        QVERIFY(reader.next(f));
        QCOMPARE(reader.line(), 3);
        QCOMPARE(f[0].toByteArray(), QByteArray("1"));
        QVERIFY(reader.next(f));
        QCOMPARE(reader.line(), 4);
        QCOMPARE(f[1].toByteArray(), QByteArray("x\ny"));
        QVERIFY(!reader.next(f));
        QVERIFY(!reader.malformed());
    }

    void exportEscapesFormulas()
    {
        QCOMPARE(EarningsCsvExport::cell("=HYPERLINK(\"http://x\",\"y\")"),
                 QString("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        QCOMPARE(EarningsCsvExport::cell("+cmd|' /C calc'!A0"), QString("'+cmd|' /C calc'!A0"));
        QCOMPARE(EarningsCsvExport::cell("@SUM(A1:A9)"), QString("'@SUM(A1:A9)"));
        QCOMPARE(EarningsCsvExport::cell("-2+3"), QString("'-2+3"));
        QCOMPARE(EarningsCsvExport::cell("\tx"), QString("'\tx"));
        QCOMPARE(EarningsCsvExport::cell(QString(QChar(0xFF1D)) + "1+1"),
                 QString("'") + QChar(0xFF1D) + "1+1");
        QCOMPARE(EarningsCsvExport::cell("-12.50"), QString("-12.50")); // a plain number stays a number
        QCOMPARE(EarningsCsvExport::cell("lea, the cook"), QString("\"lea, the cook\""));
        QCOMPARE(EarningsCsvExport::cell("ليلى"), QString("ليلى"));

        Breakdown b;
        b.grouping = Grouping::Gifter;
        b.currency = "EUR";
        b.rows.append({"u1", "=1+1", {}, 3, 30, 15, 7, 1000, 2000});
        b.rows.append({"u2", "kofi", {}, 1, 1, 0, 0, 1500, 1500});
        b.total = {4, 31, 15, 7, "EUR"};
        const QByteArray csv = EarningsCsvExport::breakdown(b);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFgifter,label,"));
        QVERIFY(csv.contains(
            "\r\nu1,'=1+1,1970-01-01T00:00:01.000Z,1970-01-01T00:00:02.000Z,3,30,15,0.07,EUR\r\n"));
        QVERIFY(csv.endsWith("total,,,,4,31,15,0.07,EUR\r\n"));
        // What we export, we can read back.
        CsvReader reader(csv);
        QList<QByteArrayView> f;
        int rows = 0;
        while (reader.next(f))
            ++rows;
        QCOMPARE(rows, 4);
        const QString path = m_dir.filePath("out.csv");
        QVERIFY(EarningsCsvExport::writeFile(path, csv).ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), csv);
        QVERIFY(!EarningsCsvExport::writeFile(m_dir.filePath("no/such/dir/x.csv"), csv).ok());
    }
};

QTEST_GUILESS_MAIN(TestEarningsCsv)
#include "tst_earningscsv.moc"
