#include "core/platform/pkce.h"

#include <QSet>
#include <QTest>

using montaj::Pkce;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexChallengeOfKnownVerifier()
    {
        // RFC 7636 appendix B's verifier; SHA-256 computed independently (sha256sum).
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(Pkce::challenge(verifier, Pkce::ChallengeEncoding::Hex),
                 QByteArray("13d31e961a1ad8ec2f16b10c4c982e0876a878ad6df144566ee1894acb70f9c3"));
        QCOMPARE(Pkce::challenge(verifier),
                 Pkce::challenge(verifier, Pkce::ChallengeEncoding::Hex)); // TikTok default
        QCOMPARE(Pkce::challenge("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void base64UrlChallengeMatchesRfc7636()
    {
        QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                                 Pkce::ChallengeEncoding::Base64Url),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierLengthAndAlphabet_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("expected");
        QTest::newRow("min") << 43 << 43;
        QTest::newRow("default") << Pkce::kDefaultVerifierLength << 64;
        QTest::newRow("max") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void verifierLengthAndAlphabet()
    {
        QFETCH(int, asked);
        QFETCH(int, expected);
        const QByteArray verifier = Pkce::generateVerifier(asked);
        QCOMPARE(verifier.size(), expected);
        QVERIFY(Pkce::isValidVerifier(verifier));
        for (char c : verifier)
            QVERIFY2(
                QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c),
                verifier.constData());
    }

    void verifierValidation()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(43, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(128, '~')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(QByteArray(50, 'a') + '+')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(QByteArray(50, 'a') + '/')));
    }

    void everyVerifierIsNewAndUsesTheWholeAlphabet()
    {
        QSet<QByteArray> seen;
        QSet<char> chars;
        for (int i = 0; i < 300; ++i) {
            const QByteArray verifier = Pkce::generateVerifier(128);
            seen.insert(verifier);
            for (char c : verifier)
                chars.insert(c);
        }
        QCOMPARE(seen.size(), 300);
        QCOMPARE(chars.size(), 66); // 38,400 draws: each of the 66 characters shows up
    }

    void stateHasAtLeast128Bits()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray state = Pkce::generateState();
            QCOMPARE(state.size(), 43); // 32 bytes, base64url without padding
            const QByteArray raw = QByteArray::fromBase64(state, QByteArray::Base64UrlEncoding);
            QCOMPARE(raw.size(), 32);
            QVERIFY(!state.contains('=') && !state.contains('+') && !state.contains('/'));
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 200);
    }

    void constantTimeEquals()
    {
        QVERIFY(Pkce::constantTimeEquals("same-state", "same-state"));
        QVERIFY(!Pkce::constantTimeEquals("same-state", "same-statf"));
        QVERIFY(!Pkce::constantTimeEquals("Same-state", "same-state"));
        QVERIFY(!Pkce::constantTimeEquals("short", "shorter"));
        QVERIFY(!Pkce::constantTimeEquals("", "x"));
        QVERIFY(Pkce::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
