#pragma once

#include "core/platform/chunkplan.h"
#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/tiktokapi.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace montaj {
class Uploader;
}

namespace montaj::bench {

// What the platform benchmarks share: a TikTokApi signed in to a running sandbox (autoApprove)
// through the real authorize and token endpoints, and waiting for one platform callback without
// spinning (the sandbox and the peer need the CPU).

// One signed-in client: its own token store (so several can hold grants of the same creator).
struct SignedInApi
{
    std::unique_ptr<MemoryTokenStore> store;
    std::unique_ptr<TikTokApi> api;
};

inline const QStringList kBenchScopes = {QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                                         QStringLiteral("video.upload"), QStringLiteral("video.list")};

// Signs in to the sandbox at `base` (which must run with autoApprove): authorize, read the code from
// the redirect without following it, exchange it. `http` must outlive the result.
Result<SignedInApi> signIn(const QUrl &base, HttpClient *http, const QStringList &scopes = kBenchScopes);

// Calls `call` and runs the event loop until its callback answers (or `timeoutMs` passes).
template<typename T>
Result<T> await(const std::function<void(PlatformCallback<T>)> &call, int timeoutMs = 60000)
{
    auto result = std::make_shared<std::optional<Result<T>>>();
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([result, &loop](Result<T> r) {
        result->emplace(std::move(r));
        loop.quit();
    });
    if (!result->has_value())
        loop.exec();
    if (!result->has_value())
        return Error(QStringLiteral("bench.timeout"), QStringLiteral("No answer in time."));
    return std::move(**result);
}

// Runs the event loop for `ms` (the sandbox thread and the HTTP worker keep going).
void pause(int ms);

// creator_info, then video/init of a direct post of `plan` (the contract: creator_info before
// every post).
Result<UploadTicket> initPost(TikTokApi *api, const ChunkPlan &plan, const QString &title,
                              const QString &privacy);

// Polls status/fetch (the client's limiter keeps it under 30/min) until the publish has an outcome.
Result<PublishStatus> waitForOutcome(TikTokApi *api, const QString &publishId, int timeoutMs = 60000);

// Calls `begin` (Uploader::start or resume) and runs the event loop until the uploader finishes or
// fails.
Result<void> runUploader(Uploader &uploader, const std::function<Result<void>()> &begin);

} // namespace montaj::bench
