#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <map>

namespace montaj::bench {

// Counts, while it exists and counting is on, what the sandbox and the platform client say in their
// logging categories: requests and injected faults per endpoint (montaj.sandbox, with its debug
// lines on), calls the client re-sent and calls its rate limiter held back (montaj.platform.api),
// chunks the Uploader re-sent (montaj.platform.upload). Swallows that chatter and the client's
// expected warnings; passes everything else on. Thread-safe (the sandbox logs from its thread).
// One at a time: it installs the process's Qt message handler.
class LogTally
{
public:
    struct Counts
    {
        std::map<QString, int> requests;  // by endpoint, as the sandbox answered them
        std::map<QString, int> faults500; // injected 500s
        std::map<QString, int> faults429; // injected 429s
        int resets = 0;                   // connections dropped half-way through a PUT body
        int apiRetries = 0;
        std::map<QString, int> apiRetriesByEndpoint;
        int uploadRetries = 0;
        std::map<QString, int> longWaits; // calls the client's rate limiter held back over 2 s
    };

    LogTally();
    ~LogTally();
    LogTally(const LogTally &) = delete;
    LogTally &operator=(const LogTally &) = delete;

    void setCounting(bool on);
    Counts counts() const;
    // "/v2/post/publish/video/init/" → "video/init", "/upload/…" → "upload PUT".
    static QString endpointOf(const QString &path);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void count(QLatin1String category, const QString &message); // with m_mutex held

    mutable QMutex m_mutex;
    bool m_counting = false;
    Counts m_counts;
    QtMessageHandler m_previous = nullptr;
};

} // namespace montaj::bench
