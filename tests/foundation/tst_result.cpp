#include "core/foundation/result.h"

#include <QTest>

#include <memory>

using montaj::Error;
using montaj::Result;

namespace {
Result<int> half(int v)
{
    if (v % 2)
        return Error(QStringLiteral("test.odd"), QStringLiteral("%1 is odd").arg(v),
                     {{QStringLiteral("field"), QStringLiteral("v")}});
    return v / 2;
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOrError()
    {
        const auto ok = half(8);
        QVERIFY(ok.ok());
        QCOMPARE(*ok, 4);
        QCOMPARE(ok.valueOr(-1), 4);
        const auto bad = half(7);
        QVERIFY(!bad);
        QCOMPARE(bad.valueOr(-1), -1);
        QCOMPARE(bad.error().code, QStringLiteral("test.odd"));
    }

    void errorSaysWhere()
    {
        Error e(QStringLiteral("captions.bad_timestamp"), QStringLiteral("Bad timestamp"));
        e.with(QStringLiteral("file"), QStringLiteral("a.srt")).with(QStringLiteral("line"), 12);
        QCOMPARE(e.toString(), QStringLiteral("Bad timestamp (file: a.srt, line: 12)"));
        QCOMPARE(Error(QStringLiteral("x"), QStringLiteral("Plain")).toString(), QStringLiteral("Plain"));
    }

    void voidResult()
    {
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> broken = Error(QStringLiteral("io.failed"), QStringLiteral("Disk full"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().message, QStringLiteral("Disk full"));
    }

    void moveOnlyValues()
    {
        Result<std::unique_ptr<int>> r(std::make_unique<int>(42));
        QVERIFY(r.ok());
        std::unique_ptr<int> taken = std::move(r).value();
        QCOMPARE(*taken, 42);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
