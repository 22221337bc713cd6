#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace montaj::test {

// One montajctl run: its exit code (-1 if it crashed), its stdout as JSON objects (one per line:
// progress, results) and its stderr.
struct MontajctlRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

inline MontajctlRun runMontajctl(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(timeoutMs);
    MontajctlRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                   {},
                   QString::fromUtf8(p.readAllStandardError())};
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(line).object();
    return r;
}

} // namespace montaj::test
