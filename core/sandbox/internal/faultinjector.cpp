#include "core/sandbox/internal/faultinjector.h"

#include <QLocale>

namespace montaj::sandbox {
namespace {

bool parseProbability(const QString &text, double &out)
{
    bool ok = false;
    out = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok && out >= 0.0 && out <= 1.0;
}

} // namespace

Result<FaultInjector> FaultInjector::parse(const QString &spec, quint64 seed)
{
    FaultInjector faults;
    faults.m_random = SeededRandom(seed);
    const auto bad = [&](const QString &part, const QString &why) {
        return Error(QStringLiteral("sandbox.bad_fault_spec"),
                     tr("The sandbox fault “%1” is not understood: %2").arg(part, why),
                     {{QStringLiteral("fault_spec"), spec}});
    };
    const QStringList parts = spec.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        const QString key = (equals < 0 ? part : part.first(equals)).trimmed();
        const QString value = equals < 0 ? QString() : part.sliced(equals + 1).trimmed();
        double probability = 0;
        if (key == QLatin1String("latency")) {
            QString number = value;
            if (number.endsWith(QLatin1String("ms")))
                number.chop(2);
            bool ok = false;
            const int ms = QLocale::c().toInt(number, &ok);
            if (!ok || ms < 0 || ms > 60000)
                return bad(part, tr("give the delay as milliseconds, e.g. latency=50ms."));
            faults.m_latencyMs = ms;
        } else if (key == QLatin1String("error_rate")) {
            const qsizetype colon = value.lastIndexOf(u':');
            if (colon <= 0 || !value.startsWith(u'/')
                || !parseProbability(value.sliced(colon + 1), probability))
                return bad(part,
                           tr("give a path prefix and a probability, e.g. error_rate=/v2/video/list/:0.2."));
            faults.m_errorRates.append({value.first(colon), probability});
        } else if (key == QLatin1String("drop_reply")) {
            const qsizetype colon = value.lastIndexOf(u':');
            if (colon <= 0 || !value.startsWith(u'/')
                || !parseProbability(value.sliced(colon + 1), probability))
                return bad(part, tr("give a path prefix and a probability, e.g. "
                                    "drop_reply=/v2/post/publish/video/init/:0.1."));
            faults.m_dropReplies.append({value.first(colon), probability});
        } else if (key == QLatin1String("http_429") || key == QLatin1String("reset_mid_chunk")
                   || key == QLatin1String("moderation_fail")) {
            if (!parseProbability(value, probability))
                return bad(part, tr("give a probability between 0 and 1."));
            if (key == QLatin1String("http_429"))
                faults.m_http429 = probability;
            else if (key == QLatin1String("reset_mid_chunk"))
                faults.m_resetMidChunk = probability;
            else
                faults.m_moderationFail = probability;
        } else if (key == QLatin1String("expire_tokens")) {
            if (!value.isEmpty() && value != QLatin1String("access") && value != QLatin1String("all"))
                return bad(part, tr("use expire_tokens, expire_tokens=access or expire_tokens=all."));
            faults.m_expireAccess = true;
            faults.m_expireRefresh = value == QLatin1String("all");
        } else {
            return bad(part, tr("unknown fault."));
        }
    }
    return faults;
}

bool FaultInjector::failWithServerError(const QString &path)
{
    for (const ErrorRate &rule : std::as_const(m_errorRates))
        if (path.startsWith(rule.prefix) && m_random.chance(rule.probability))
            return true;
    return false;
}

bool FaultInjector::dropReply(const QString &path)
{
    for (const ErrorRate &rule : std::as_const(m_dropReplies))
        if (path.startsWith(rule.prefix) && m_random.chance(rule.probability))
            return true;
    return false;
}

bool FaultInjector::failWithRateLimit()
{
    return m_random.chance(m_http429);
}

bool FaultInjector::resetMidChunk()
{
    return m_random.chance(m_resetMidChunk);
}

bool FaultInjector::failModeration()
{
    return m_random.chance(m_moderationFail);
}

} // namespace montaj::sandbox
