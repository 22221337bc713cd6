#include "core/foundation/logsink.h"

#include "core/foundation/secretredactor.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>

namespace montaj {
namespace {

std::atomic<LogSink *> g_active{nullptr}; // Qt's handler is a plain function: it needs one hook.

QChar levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u'D';
    case QtInfoMsg: return u'I';
    case QtWarningMsg: return u'W';
    case QtCriticalMsg: return u'E';
    case QtFatalMsg: return u'F';
    }
    return u'?';
}

} // namespace

LogSink::LogSink(Options options)
    : m_options(std::move(options))
{}

LogSink::~LogSink()
{
    if (m_installed) {
        qInstallMessageHandler(m_previous);
        g_active.store(nullptr);
    }
}

void LogSink::install()
{
    if (!m_options.filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.filePath).absolutePath());
        m_file.setFileName(m_options.filePath);
        if (!m_file.open(QIODevice::Append | QIODevice::Text))
            std::fprintf(stderr, "montaj: cannot open log file %s\n", qPrintable(m_options.filePath));
    }
    g_active.store(this);
    m_previous = qInstallMessageHandler(&LogSink::handle);
    m_installed = true;
}

QString LogSink::formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString category = context.category ? QString::fromUtf8(context.category) : QString();
    return when + QLatin1Char(' ') + levelLetter(type) + QLatin1Char(' ') + category + QStringLiteral(": ")
           + SecretRedactor::redact(message);
}

void LogSink::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink *sink = g_active.load();
    if (sink)
        sink->write(formatLine(type, context, message));
}

void LogSink::write(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (m_options.echoToStderr) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        std::fflush(stderr);
    }
    if (m_file.isOpen()) {
        m_file.write(bytes);
        m_file.flush();
        rotateIfNeeded();
    }
}

void LogSink::rotateIfNeeded()
{
    if (m_file.size() < m_options.maxBytes)
        return;
    m_file.close();
    const QString base = m_options.filePath;
    QFile::remove(base + QLatin1Char('.') + QString::number(m_options.keepFiles));
    for (int i = m_options.keepFiles - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i),
                      base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    m_file.setFileName(base);
    if (!m_file.open(QIODevice::Append | QIODevice::Text))
        std::fprintf(stderr, "montaj: cannot reopen log file %s\n", qPrintable(base));
}

} // namespace montaj
