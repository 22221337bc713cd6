#pragma once

#include "core/sandbox/internal/faultinjector.h"
#include "core/sandbox/internal/ratelimiter.h"
#include "core/sandbox/internal/sandboxstore.h"
#include "core/sandbox/sandboxserver.h"

#include <QDateTime>
#include <QUrl>

namespace montaj::sandbox {

// What every endpoint of one running sandbox shares: its options, state database, clock, faults,
// rate limits and public address. Owned by SandboxServer; plain state, no logic beyond lookups.
struct SandboxContext
{
    explicit SandboxContext(SandboxOptions sandboxOptions, const QString &connectionName)
        : options(std::move(sandboxOptions))
        , store(connectionName)
    {}

    SandboxOptions options;
    SandboxStore store;
    QString stateDir;
    QUrl baseUrl;
    qint64 clockOffsetMs = 0;
    FaultInjector faults;
    RateLimiter limiter;

    // The sandbox's clock: wall time moved forward by advanceClock().
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; }
    QSqlDatabase db() const { return store.database(); }
    QString uploadPath(const QString &uploadId) const
    {
        return stateDir + QStringLiteral("/uploads/") + uploadId + QStringLiteral(".part");
    }
    QByteArray base() const { return baseUrl.toEncoded(); }
    // Stored media paths ("/media/…") become URLs of this run (the port can change between runs).
    QString absoluteUrl(const QString &pathOrUrl) const
    {
        return pathOrUrl.startsWith(u'/') ? QString(QString::fromLatin1(base()) + pathOrUrl) : pathOrUrl;
    }

    bool rotatingTokens() const { return options.tokenProfile == QLatin1String("rotating"); }
    qint64 accessLifetimeSec() const { return rotatingTokens() ? 7200 : 86400; }
    qint64 refreshLifetimeSec() const { return rotatingTokens() ? 180LL * 86400 : 365LL * 86400; }
};

} // namespace montaj::sandbox
