#include "bench/logtally.h"

#include <QRegularExpression>

#include <atomic>

namespace montaj::bench {
namespace {

std::atomic<LogTally *> g_active{nullptr};

QString quotedPath(const QString &message)
{
    static const QRegularExpression kQuoted(QStringLiteral("\"(/[^\"]*)\"\\s*$"));
    return kQuoted.match(message).captured(1);
}

} // namespace

LogTally::LogTally()
{
    g_active = this;
    m_previous = qInstallMessageHandler(&LogTally::handle);
}

LogTally::~LogTally()
{
    qInstallMessageHandler(m_previous);
    g_active = nullptr;
}

void LogTally::setCounting(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_counting = on;
}

LogTally::Counts LogTally::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

QString LogTally::endpointOf(const QString &path)
{
    if (path.startsWith(QLatin1String("/upload/")))
        return QStringLiteral("upload PUT");
    static const QRegularExpression kV2(QStringLiteral("^/v2/(?:post/publish/)?(.*?)/?$"));
    const auto match = kV2.match(path);
    return match.hasMatch() ? match.captured(1) : path;
}

void LogTally::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogTally *self = g_active;
    const QLatin1String category(context.category ? context.category : "");
    if (self && category.startsWith(QLatin1String("montaj."))) {
        QMutexLocker lock(&self->m_mutex);
        const bool chatter = type == QtDebugMsg || type == QtInfoMsg;
        if (!self->m_counting) {
            if (chatter)
                return;
        } else {
            self->count(category, message);
            if (chatter || category.startsWith(QLatin1String("montaj.platform.upload"))
                || category == QLatin1String("montaj.platform.api"))
                return; // expected under injected faults: counted
        }
    }
    if (self && self->m_previous)
        self->m_previous(type, context, message);
}

void LogTally::count(QLatin1String category, const QString &message)
{
    static const QRegularExpression kRequest(QStringLiteral("^[A-Z]+ (\\S+) -> \\d+"));
    static const QRegularExpression kWait(QStringLiteral("^(\\S+) waits (\\d+) ms"));
    if (category == QLatin1String("montaj.sandbox")) {
        if (message.startsWith(QLatin1String("fault: internal error")))
            ++m_counts.faults500[endpointOf(quotedPath(message))];
        else if (message.startsWith(QLatin1String("fault: rate limit")))
            ++m_counts.faults429[endpointOf(quotedPath(message))];
        else if (message.startsWith(QLatin1String("fault: resetting")))
            ++m_counts.resets;
        else if (const auto m = kRequest.match(message); m.hasMatch())
            ++m_counts.requests[endpointOf(m.captured(1))];
    } else if (category == QLatin1String("montaj.platform.api")) {
        if (const auto m = kWait.match(message); m.hasMatch()) {
            if (m.captured(2).toLongLong() > 2000) // a budget wait, not a retry backoff
                ++m_counts.longWaits[endpointOf(m.captured(1))];
        } else if (message.contains(QLatin1String(", retry "))) {
            ++m_counts.apiRetries;
            ++m_counts.apiRetriesByEndpoint[endpointOf(message.section(u':', 0, 0))];
        }
    } else if (category == QLatin1String("montaj.platform.upload")
               && message.contains(QLatin1String(", retry "))) {
        ++m_counts.uploadRetries;
    }
}

} // namespace montaj::bench
