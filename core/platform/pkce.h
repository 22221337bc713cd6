#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace montaj {

// OAuth 2.0 PKCE and state helpers: a fresh code_verifier per authorization, its code_challenge, a
// CSPRNG `state`, and a constant-time comparison. TikTok's desktop flow wants the challenge as the
// lowercase HEX of SHA-256(verifier); RFC 7636's base64url form is here for other servers. Every
// value made here is secret (the verifier) or security-relevant (the state): never log them.
// Not an OAuth client (TikTokApi) nor the redirect listener (OAuthLoopbackListener).
class Pkce
{
public:
    enum class ChallengeEncoding {
        Hex,       // TikTok Login Kit for Desktop: lowercase hex of SHA-256(verifier)
        Base64Url, // RFC 7636 S256: base64url(SHA-256(verifier)) without padding
    };

    static constexpr int kMinVerifierLength = 43;
    static constexpr int kMaxVerifierLength = 128;
    static constexpr int kDefaultVerifierLength = 64;
    static constexpr int kStateBytes = 32; // 256 bits

    // `length` characters of [A-Za-z0-9-._~] from QRandomGenerator::system(); length is clamped to
    // 43..128.
    static QByteArray generateVerifier(int length = kDefaultVerifierLength);
    static bool isValidVerifier(QByteArrayView verifier);
    static QByteArray challenge(QByteArrayView verifier, ChallengeEncoding encoding = ChallengeEncoding::Hex);
    // kStateBytes random bytes from QRandomGenerator::system(), base64url without padding (43 chars).
    static QByteArray generateState();
    // Compares without an early exit, so timing does not reveal how much of a secret matched.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace montaj
