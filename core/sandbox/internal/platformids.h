#pragma once

#include <QByteArrayView>
#include <QString>

namespace montaj::sandbox {

// Makes the platform's opaque strings the way TikTok shapes them: access and refresh tokens
// ("act.…!1234.va", "rft.…"), authorization codes, 19-digit ids, publish ids, upload ids, log ids,
// and hashes secrets for storage. Secrets come from the system CSPRNG. Not a parser of these strings.
class PlatformIds
{
public:
    static QString accessToken();
    static QString refreshToken();
    static QString authCode();
    // Lower-case hex SHA-256 of the UTF-8 text: how secrets are stored and how PKCE is checked.
    static QString sha256Hex(const QString &text);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    // 19 digits: the create time in seconds in the top 32 bits, `low` below.
    static QString videoId(qint64 createTimeSec, quint32 low);
    static QString randomNumericId(); // 19 digits
    // "v_pub_file~v2.<19 digits>", "v_inbox_file~v2.…"; pulled: "v_pub_url~v2.…" ("p_…" for photos).
    static QString publishId(const QString &kind, bool pulled = false, bool photo = false);
    static QString uploadId();          // 32 hex digits
    static QString logId(qint64 nowMs); // yyyyMMddhhmmss + 20 hex digits

private:
    static QString randomAlphanumeric(int length);
    static QString randomDigits(int length);
};

} // namespace montaj::sandbox
