#include "core/sandbox/internal/platformids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace montaj::sandbox {

QString PlatformIds::randomAlphanumeric(int length)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(62)]);
    return out;
}

QString PlatformIds::randomDigits(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(char('0' + QRandomGenerator::system()->bounded(10)));
    return out;
}

QString PlatformIds::accessToken()
{
    return QStringLiteral("act.") + randomAlphanumeric(48) + u'!' + randomDigits(4) + QStringLiteral(".va");
}

QString PlatformIds::refreshToken()
{
    return QStringLiteral("rft.") + randomAlphanumeric(48) + u'!' + randomDigits(4) + QStringLiteral(".va");
}

QString PlatformIds::authCode()
{
    return randomAlphanumeric(48) + QStringLiteral("*3!") + randomDigits(4) + QStringLiteral(".va");
}

QString PlatformIds::sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool PlatformIds::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (a.at(i) ^ b.at(i)));
    return diff == 0;
}

QString PlatformIds::videoId(qint64 createTimeSec, quint32 low)
{
    const quint64 id = (quint64(createTimeSec) << 32) | low;
    return QString::number(id);
}

QString PlatformIds::randomNumericId()
{
    return QString::number(1 + QRandomGenerator::system()->bounded(8)) + randomDigits(18);
}

QString PlatformIds::publishId(const QString &kind, bool pulled, bool photo)
{
    return QString(QLatin1String(photo ? "p_" : "v_")
                   + QLatin1String(kind == QLatin1String("inbox") ? "inbox_" : "pub_")
                   + QLatin1String(pulled ? "url~v2." : "file~v2.") + randomNumericId());
}

QString PlatformIds::uploadId()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

QString PlatformIds::logId(qint64 nowMs)
{
    QByteArray bytes(10, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::system()->bounded(256));
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
                                 QStringLiteral("yyyyMMddhhmmss"))
           + QString::fromLatin1(bytes.toHex().toUpper());
}

} // namespace montaj::sandbox
