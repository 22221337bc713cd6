#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace montaj {

// Receives every Qt log message (qDebug/qInfo/qWarning/qCritical/qFatal) while installed, masks
// secrets with SecretRedactor, and writes one line per message to a size-rotated file and to
// stderr. One sink is installed at a time by the program's main(); it is not a global you reach
// for — code logs through Qt's logging categories.
class LogSink
{
public:
    struct Options
    {
        QString filePath;                  // empty: stderr only
        qint64 maxBytes = 5 * 1024 * 1024; // rotate when the file grows past this
        int keepFiles = 3;                 // montaj.log.1 … montaj.log.N
        bool echoToStderr = true;
    };

    explicit LogSink(Options options);
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    // Makes this sink Qt's message handler; the destructor restores the previous one.
    void install();
    QString filePath() const { return m_options.filePath; }

    // The line written for one message, after redaction (exposed for tests).
    static QString formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void write(const QString &line);
    void rotateIfNeeded();

    Options m_options;
    QFile m_file;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};

} // namespace montaj
