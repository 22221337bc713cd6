#include "core/platform/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace montaj {
namespace {

constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr quint32 kUnreservedCount = sizeof(kUnreserved) - 1; // 66

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    const int n = std::clamp(length, kMinVerifierLength, kMaxVerifierLength);
    QRandomGenerator *random = QRandomGenerator::system();
    QByteArray verifier(n, '\0');
    for (char &c : verifier)
        c = kUnreserved[random->bounded(kUnreservedCount)]; // bounded(): no modulo bias
    return verifier;
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < kMinVerifierLength || verifier.size() > kMaxVerifierLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}

QByteArray Pkce::challenge(QByteArrayView verifier, ChallengeEncoding encoding)
{
    const QByteArray digest = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256);
    if (encoding == ChallengeEncoding::Hex)
        return digest.toHex(); // lowercase
    return digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::generateState()
{
    QByteArray bytes(kStateBytes, '\0');
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : bytes)
        c = char(random->bounded(256u));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // The length is not secret (states and verifiers have public lengths); the content is.
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= unsigned(quint8(a[i]) ^ quint8(b[i]));
    return difference == 0;
}

} // namespace montaj
