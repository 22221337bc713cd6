#pragma once

#include "core/foundation/result.h"
#include "core/platform/chunkplan.h"
#include "core/platform/httpclient.h"
#include "core/platform/tiktokapi.h"

namespace montaj::bench {

// One crash-and-resume of bench_upload: a fresh upload is started by a child process
// (bench_upload_child, which keeps an Uploader state file), SIGKILLed `killDelayMs` after it first
// reports having sent half the file plus half a chunk, then finished here with Uploader::resume
// from that state file. Both go through a WireCounter relay, which sees every request body, so the
// bytes sent twice are all body bytes minus the file size, and the chunks sent twice are the chunk
// ranges more than one request carried bytes of. Not a throughput measurement (the relay adds a hop).
struct CrashTrial
{
    qint64 childSent = 0;        // body bytes the child got onto the wire
    qint64 childLastPrinted = 0; // what it last reported before the kill
    qint64 serverHad = 0;        // uploaded_bytes the sandbox reported after the kill
    qint64 stateHad = 0;         // bytes_confirmed in the state file after the kill
    qint64 resumeSent = 0;       // body bytes the resumed Uploader sent
    qint64 resentBytes = 0;      // childSent + resumeSent − file size
    int resentChunks = 0;
    QList<int> chunksSentTwice; // 0-based chunk indices
    qsizetype childRequests = 0;
    qsizetype resumeRequests = 0;
    double resumeSeconds = 0;
    PublishStatus outcome; // after the resumed upload

    // `api` inits the post; `sandboxPort` is where the relay forwards to; the state file is made at
    // `statePath`.
    static Result<CrashTrial> run(TikTokApi *api, HttpClient *http, quint16 sandboxPort, const QString &file,
                                  const ChunkPlan &plan, const QString &statePath, int killDelayMs);
};

} // namespace montaj::bench
