#include "core/foundation/logsink.h"
#include "core/foundation/secretredactor.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using montaj::LogSink;
using montaj::SecretRedactor;

Q_LOGGING_CATEGORY(lcTest, "montaj.test")

namespace {
// Fake secrets: each must never appear in a log line.
const QString kAccess = QStringLiteral("act.1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuV!4321.va");
const QString kRefresh = QStringLiteral("rft.ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210.va");
const QString kCode = QStringLiteral("X7mQ2pL9vR4tK8nB3cW6yZ1aS5dF0gH*2!4133.va");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk~abc.def");
const QString kSecret = QStringLiteral("cs_4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c");
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer ") + kAccess << kAccess;
        QTest::newRow("bare bearer") << QStringLiteral("sent bearer ") + kAccess + QStringLiteral(" ok")
                                     << kAccess;
        QTest::newRow("json access") << QStringLiteral("{\"access_token\":\"") + kAccess
                                            + QStringLiteral("\",\"expires_in\":86400}")
                                     << kAccess;
        QTest::newRow("json refresh spaced")
            << QStringLiteral("{ \"refresh_token\" : \"") + kRefresh + QStringLiteral("\" }") << kRefresh;
        QTest::newRow("form body") << QStringLiteral("client_key=abc&client_secret=") + kSecret
                                          + QStringLiteral("&code=") + kCode
                                          + QStringLiteral("&grant_type=authorization_code&code_verifier=")
                                          + kVerifier
                                   << kCode;
        QTest::newRow("form verifier")
            << QStringLiteral("grant_type=authorization_code&code_verifier=") + kVerifier << kVerifier;
        QTest::newRow("form secret") << QStringLiteral("client_secret=") + kSecret + QStringLiteral("&x=1")
                                     << kSecret;
        QTest::newRow("callback url") << QStringLiteral("GET /callback/?code=") + kCode
                                             + QStringLiteral("&scopes=user.info.basic&state=s1")
                                      << kCode;
        QTest::newRow("key colon value") << QStringLiteral("refresh_token: ") + kRefresh << kRefresh;
        QTest::newRow("debug stream") << QStringLiteral("\"access_token\" \"") + kAccess + u'"' << kAccess;
        QTest::newRow("json code") << QStringLiteral("{\"code\":\"") + kCode + QStringLiteral("\"}") << kCode;
        QTest::newRow("json code mixed case")
            << QStringLiteral("{\"code\":\"AbCdEfGhIjKlMnOp\"}") << QStringLiteral("AbCdEfGhIjKlMnOp");
    }

    void redacts()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString clean = SecretRedactor::redact(text);
        QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY2(clean.contains(SecretRedactor::kMask), qPrintable(clean));
        QVERIFY(SecretRedactor::containsSecret(text));
        QCOMPARE(SecretRedactor::redact(clean), clean); // idempotent
    }

    void keepsWhatIsNotSecret()
    {
        const QString envelope = QStringLiteral("{\"data\":{},\"error\":{\"code\":\"rate_limit_exceeded\","
                                                "\"message\":\"slow down\",\"log_id\":\"2024\"}}");
        QCOMPARE(SecretRedactor::redact(envelope), envelope);
        const QString plain = QStringLiteral("uploaded chunk 3/7 of video.mp4 (barcode=123, zipcode: 75001)");
        QCOMPARE(SecretRedactor::redact(plain), plain);
        QCOMPARE(SecretRedactor::redact(QStringLiteral("error code 404")), QStringLiteral("error code 404"));
        QVERIFY(!SecretRedactor::containsSecret(plain));
    }

    void fakeTokenThroughTheLoggerComesOutMasked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("logs/montaj.log"));
        {
            LogSink sink({path, 5 * 1024 * 1024, 3, false});
            sink.install();
            qCWarning(lcTest) << "token response"
                              << QStringLiteral("{\"access_token\":\"") + kAccess
                                     + QStringLiteral("\",\"refresh_token\":\"") + kRefresh
                                     + QStringLiteral("\"}");
            qCInfo(lcTest).noquote() << QStringLiteral("POST /v2/oauth/token/ body: client_secret=") + kSecret
                                            + QStringLiteral("&code=") + kCode
                                            + QStringLiteral("&code_verifier=") + kVerifier;
            qCDebug(lcTest).noquote() << "Authorization: Bearer" << kAccess;
            qCCritical(lcTest) << "refresh failed for" << kRefresh;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(file.readAll());
        QCOMPARE(log.count(u'\n'), 4);
        for (const QString &secret : {kAccess, kRefresh, kCode, kVerifier, kSecret})
            QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("leaked %1 in:\n%2").arg(secret, log)));
        QVERIFY(log.contains(QStringLiteral(" W montaj.test: token response")));
        QVERIFY(log.count(SecretRedactor::kMask) >= 6);
    }

    void rotatesBySize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("montaj.log"));
        {
            LogSink sink({path, 2000, 2, false});
            sink.install();
            for (int i = 0; i < 200; ++i)
                qCInfo(lcTest) << "line" << i << QString(40, u'x');
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(QFileInfo(path).size() <= 2200);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
