#pragma once

#include "core/foundation/result.h"
#include "core/sandbox/internal/seededrandom.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace montaj::sandbox {

// The faults the sandbox injects, parsed from SandboxOptions::faultSpec ("key=value;…"):
// latency=NNms, error_rate=<path-prefix>:<p> (may repeat), drop_reply=<path-prefix>:<p> (may repeat),
// http_429=<p>, reset_mid_chunk=<p>, expire_tokens[=all], moderation_fail=<p>. Each decision draws from one
// seeded generator, so the same requests in the same order meet the same faults. Not the code that acts on
// them.
class FaultInjector
{
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    FaultInjector()
        : m_random(0)
    {}
    static Result<FaultInjector> parse(const QString &spec, quint64 seed);

    int latencyMs() const { return m_latencyMs; }
    bool expireAccessTokens() const { return m_expireAccess; }
    bool expireRefreshTokens() const { return m_expireRefresh; }

    bool failWithServerError(const QString &path); // error_rate rules matching this path
    bool dropReply(const QString &path);           // drop_reply rules matching this path
    bool failWithRateLimit();                      // http_429
    bool resetMidChunk();                          // reset_mid_chunk
    bool failModeration();                         // moderation_fail

private:
    struct ErrorRate
    {
        QString prefix;
        double probability = 0;
    };

    SeededRandom m_random;
    int m_latencyMs = 0;
    QList<ErrorRate> m_errorRates;
    QList<ErrorRate> m_dropReplies;
    double m_http429 = 0;
    double m_resetMidChunk = 0;
    double m_moderationFail = 0;
    bool m_expireAccess = false;
    bool m_expireRefresh = false;
};

} // namespace montaj::sandbox
