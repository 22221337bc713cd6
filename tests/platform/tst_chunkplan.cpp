#include "core/platform/chunkplan.h"

#include <QRandomGenerator>
#include <QTest>

using montaj::ChunkPlan;

namespace {

constexpr qint64 MB = 1000 * 1000;
constexpr qint64 MiB = 1024 * 1024;

// Every plan must cover the file exactly, in order, and satisfy both readings of "MB".
void verifyPlan(const ChunkPlan &plan, qint64 size)
{
    QCOMPARE(plan.fileSize(), size);
    QVERIFY2(ChunkPlan::isValidUnderBothReadings(size, plan.chunkSize(), plan.chunkCount()),
             qPrintable(QStringLiteral("size %1 chunk %2 count %3")
                            .arg(size)
                            .arg(plan.chunkSize())
                            .arg(plan.chunkCount())));
    QCOMPARE(plan.chunkCount(), int(size / plan.chunkSize()));
    QCOMPARE(plan.chunk(0).first, qint64(0));
    for (int i = 1; i < plan.chunkCount(); ++i)
        QCOMPARE(plan.chunk(i).first, plan.chunk(i - 1).last + 1);
    QCOMPARE(plan.chunk(plan.chunkCount() - 1).last, size - 1);
    QVERIFY(plan.chunk(plan.chunkCount() - 1).size() <= 128 * MB);
}

} // namespace

class TestChunkPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourMegabytesGoWhole()
    {
        for (qint64 size : {qint64(1), 4 * MB, 4 * MiB, 5 * MB - 1, 5 * MB, 5 * MiB - 1}) {
            const auto plan = ChunkPlan::forFile(size);
            QVERIFY(plan.ok());
            QVERIFY(plan->isWhole());
            QCOMPARE(plan->chunkSize(), size);
            QCOMPARE(plan->chunkCount(), 1);
            verifyPlan(*plan, size);
        }
    }

    void exactly64MiBIsChunked()
    {
        // 64 MiB is over 64 MB (decimal): it must be cut, into chunks valid under both readings.
        const qint64 size = 64 * MiB;
        const auto plan = ChunkPlan::forFile(size);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunkSize(), 10 * MiB);
        QCOMPARE(plan->chunkCount(), 6);
        QCOMPARE(plan->chunk(5).size(), qint64(14680064));
        verifyPlan(*plan, size);
        // Asking for 64 MiB chunks gets two halves instead: 64 MiB is above 64 MB.
        const auto big = ChunkPlan::forFile(size, 64 * MiB);
        QCOMPARE(big->chunkSize(), 32 * MiB);
        QCOMPARE(big->chunkCount(), 2);
        verifyPlan(*big, size);
        // Whole is invalid for 64 MiB under the decimal reading.
        QVERIFY(!ChunkPlan::isValid(size, size, 1, MB));
        QVERIFY(ChunkPlan::isValid(size, size, 1, MiB));
    }

    void requestedTenMillionGivesFiveChunks()
    {
        const auto plan = ChunkPlan::forFile(50000123, 10000000);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunkSize(), qint64(10000000));
        QCOMPARE(plan->chunkCount(), 5);
        QCOMPARE(plan->chunk(4).first, qint64(40000000));
        QCOMPARE(plan->chunk(4).last, qint64(50000122));
        QCOMPARE(plan->chunk(4).size(), qint64(10000123));
        verifyPlan(*plan, 50000123);
    }

    void thousandChunkLimit()
    {
        const qint64 size = 6000000000; // 5 MiB chunks would make 1144 of them
        const auto plan = ChunkPlan::forFile(size, 5 * MiB);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunkCount(), 1000);
        QCOMPARE(plan->chunkSize(), qint64(5994006));
        verifyPlan(*plan, size);
        QVERIFY(!ChunkPlan::isValid(size, 5 * MiB, int(size / (5 * MiB)), MiB)); // 1144 chunks: refused

        const auto largest = ChunkPlan::forFile(ChunkPlan::kMaxFileBytes, 5 * MiB);
        QVERIFY(largest.ok());
        QCOMPARE(largest->chunkCount(), 1000);
        QCOMPARE(largest->chunkSize(), 64 * MB);
        verifyPlan(*largest, ChunkPlan::kMaxFileBytes);
        const auto tooLarge = ChunkPlan::forFile(ChunkPlan::kMaxFileBytes + 1);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().code, QStringLiteral("platform.upload_file_too_large"));
    }

    void fourGigabytes()
    {
        for (qint64 size : {4000 * MB, 4096 * MiB}) {
            const auto plan = ChunkPlan::forFile(size);
            QVERIFY(plan.ok());
            QCOMPARE(plan->chunkSize(), 10 * MiB);
            QCOMPARE(plan->chunkCount(), int(size / (10 * MiB)));
            verifyPlan(*plan, size);
        }
        QCOMPARE(ChunkPlan::forFile(4096 * MiB)->chunkCount(), 409);
        QCOMPARE(ChunkPlan::forFile(4096 * MiB)->chunk(408).size(), qint64(16777216));
    }

    void emptyFileIsRefused()
    {
        QCOMPARE(ChunkPlan::forFile(0).error().code, QStringLiteral("platform.upload_empty_file"));
        QVERIFY(!ChunkPlan::forFile(-5).ok());
    }

    void preferredSizesAreClampedIntoBothRanges()
    {
        // 5,000,000 is 5 MB but under 5 MiB: raised to 5 MiB. 64 MiB is over 64 MB: lowered.
        QCOMPARE(ChunkPlan::forFile(100 * MB, 5 * MB)->chunkSize(), 5 * MiB);
        QCOMPARE(ChunkPlan::forFile(1000 * MB, 64 * MiB)->chunkSize(), 64 * MB);
        QCOMPARE(ChunkPlan::forFile(1000 * MB, 1)->chunkSize(), 5 * MiB);
        QVERIFY(ChunkPlan::isValid(50 * MB, 5 * MB, 10, MB));
        QVERIFY(!ChunkPlan::isValid(50 * MB, 5 * MB, 10, MiB));
        QVERIFY(!ChunkPlan::isValid(640 * MB, 64 * MiB, 9, MB));
        QVERIFY(!ChunkPlan::isValid(50 * MB, 10 * MB, 4, MB)); // count must be floor(size/chunk)
        QVERIFY(!ChunkPlan::isValid(4 * MB, 2 * MB, 2, MB));   // under 5 MB: whole only
    }

    void lastChunkAbsorbsTheRemainder()
    {
        QVERIFY(ChunkPlan::isValid(190 * MB, 64 * MB, 2, MB)); // last chunk 126 MB
        QVERIFY(ChunkPlan::isValid(190 * MB, 64 * MB, 2, MiB));
        QVERIFY(!ChunkPlan::isValid(192 * MB, 64 * MB, 2, MB)); // floor(192/64) is 3
        const auto plan = ChunkPlan::restore(190 * MB, 64 * MB, 2);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunk(1).size(), 126 * MB);
    }

    void exhaustiveGrid()
    {
        const QList<qint64> sizes{1,
                                  4 * MB,
                                  5 * MB,
                                  5 * MiB - 1,
                                  5 * MiB,
                                  5 * MiB + 1,
                                  10 * MB,
                                  10 * MiB,
                                  63 * MB,
                                  64 * MB,
                                  64 * MB + 1,
                                  64 * MiB,
                                  64 * MiB + 1,
                                  100 * MB,
                                  128 * MB,
                                  128 * MiB,
                                  129 * MB,
                                  1000 * MB,
                                  4000 * MB,
                                  4096 * MiB,
                                  10000 * MB,
                                  64000 * MB,
                                  ChunkPlan::kMaxFileBytes};
        const QList<qint64> preferred{1,        5 * MB,  5 * MiB,  10 * MB,   10 * MiB,
                                      32 * MiB, 64 * MB, 64 * MiB, 128 * MiB, qint64(1) << 40};
        for (qint64 size : sizes) {
            for (qint64 chunk : preferred) {
                const auto plan = ChunkPlan::forFile(size, chunk);
                QVERIFY2(plan.ok(), qPrintable(QString::number(size)));
                verifyPlan(*plan, size);
            }
        }
    }

    void randomSizes()
    {
        QRandomGenerator random(20240611); // fixed seed: reproducible
        for (int i = 0; i < 20000; ++i) {
            const int band = int(random.bounded(4u));
            const qint64 limit = band == 0   ? 8 * MiB
                                 : band == 1 ? 200 * MB
                                 : band == 2 ? 5000 * MB
                                             : ChunkPlan::kMaxFileBytes;
            const qint64 size = 1 + qint64(random.bounded(quint64(limit)));
            const qint64 chunk = qint64(random.bounded(quint64(100 * MiB))) + 1;
            const auto plan = ChunkPlan::forFile(size, chunk);
            QVERIFY(plan.ok());
            verifyPlan(*plan, size);
            QCOMPARE(plan->chunkIndexAt(size - 1), plan->chunkCount() - 1);
            QCOMPARE(plan->chunkIndexAt(0), 0);
        }
    }

    void restoreChecksTheRules()
    {
        const auto plan = ChunkPlan::restore(50000123, 10000000, 5);
        QVERIFY(plan.ok());
        QCOMPARE(plan->chunk(1).first, qint64(10000000));
        QCOMPARE(ChunkPlan::restore(50000123, 10000000, 4).error().code,
                 QStringLiteral("platform.upload_plan_invalid"));
        QVERIFY(!ChunkPlan::restore(50 * MB, 5 * MB, 10).ok()); // only valid in decimal
    }
};

QTEST_GUILESS_MAIN(TestChunkPlan)
#include "tst_chunkplan.moc"
