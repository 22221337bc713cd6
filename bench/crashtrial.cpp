#include "bench/crashtrial.h"

#include "bench/benchplatform.h"
#include "bench/wirecounter.h"
#include "core/platform/uploader.h"
#include "core/platform/uploadstate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <map>

namespace montaj::bench {
namespace {

Error failure(const QString &why)
{
    return Error(QStringLiteral("bench.crash_trial_failed"), why);
}

} // namespace

Result<CrashTrial> CrashTrial::run(TikTokApi *api, HttpClient *http, quint16 sandboxPort, const QString &file,
                                   const ChunkPlan &plan, const QString &statePath, int killDelayMs)
{
    WireCounter counter(QHostAddress::LocalHost, sandboxPort);
    if (Result<void> listening = counter.listen(); !listening)
        return listening.error();
    const Result<UploadTicket> ticket = initPost(
        api, plan, QStringLiteral("bench_upload crash %1").arg(killDelayMs), QStringLiteral("SELF_ONLY"));
    if (!ticket)
        return ticket.error();
    QUrl relayed = ticket->uploadUrl;
    relayed.setPort(counter.port());
    const qint64 killAt = plan.fileSize() / 2 + plan.chunkSize() / 2; // half-way, mid-chunk

    CrashTrial trial;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    bool killScheduled = false;
    const auto readLines = [&] {
        while (child.canReadLine()) {
            const QList<QByteArray> fields = child.readLine().trimmed().split(' ');
            for (const QByteArray &field : fields)
                if (field.startsWith("sent="))
                    trial.childLastPrinted = std::max(trial.childLastPrinted, field.sliced(5).toLongLong());
            if (trial.childLastPrinted >= killAt && !killScheduled) {
                killScheduled = true;
                QTimer::singleShot(killDelayMs, Qt::PreciseTimer, &child, [&child] {
                    if (child.state() == QProcess::Running)
                        child.kill(); // SIGKILL
                });
            }
        }
    };
    QObject::connect(&child, &QProcess::readyReadStandardOutput, &loop, readLines);
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    child.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_upload_child")),
                {relayed.toString(), ticket->publishId, file, statePath, QString::number(plan.chunkSize())});
    loop.exec();
    readLines();
    if (child.state() != QProcess::NotRunning || child.exitStatus() != QProcess::CrashExit)
        return failure(QStringLiteral("The child was not killed half-way (did it fail or finish?)."));
    pause(300); // let the relay see the connection drop
    trial.childRequests = counter.requests().size();
    trial.childSent = counter.bodyBytes();

    const Result<PublishStatus> atCrash = await<PublishStatus>(
        [api, &ticket](PlatformCallback<PublishStatus> done) { api->fetchStatus(ticket->publishId, done); });
    const Result<UploadState> saved = UploadState::load(statePath);
    if (!atCrash || !saved)
        return failure(
            QStringLiteral("Cannot read the server's or the state file's progress after the crash."));
    trial.serverHad = atCrash->uploadedBytes;
    trial.stateHad = saved->confirmedBytes;

    Uploader resumed(http);
    QElapsedTimer timer;
    timer.start();
    if (Result<void> done = runUploader(resumed, [&] { return resumed.resume(statePath); }); !done)
        return done.error();
    trial.resumeSeconds = double(timer.nsecsElapsed()) / 1e9;
    pause(300);

    std::map<int, int> sends; // chunk index → requests that carried some of its bytes
    for (qsizetype i = 0; i < counter.requests().size(); ++i) {
        const WireCounter::Request &request = counter.requests().at(i);
        if (i >= trial.childRequests)
            trial.resumeSent += request.bodyBytes;
        if (request.first < 0 || request.bodyBytes <= 0)
            continue;
        const qint64 lastSent = request.first + request.bodyBytes - 1;
        for (int c = plan.chunkIndexAt(request.first); c <= plan.chunkIndexAt(lastSent); ++c)
            ++sends[c];
    }
    trial.resumeRequests = counter.requests().size() - trial.childRequests;
    trial.resentBytes = trial.childSent + trial.resumeSent - plan.fileSize();
    for (const auto &[chunk, count] : sends)
        if (count > 1)
            trial.chunksSentTwice << chunk;
    trial.resentChunks = int(trial.chunksSentTwice.size());

    const Result<PublishStatus> outcome = waitForOutcome(api, ticket->publishId);
    if (!outcome)
        return outcome.error();
    trial.outcome = *outcome;
    return trial;
}

} // namespace montaj::bench
