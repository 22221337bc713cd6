#pragma once

// A sandbox platform over loopback with the demo app signed in (the sandbox approves at once):
// what the reach tests that read from the platform start from. Test support only.

#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/oauthlogin.h"
#include "core/platform/tiktokapi.h"
#include "core/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace reachtest {

struct SandboxSession
{
    std::unique_ptr<montaj::SandboxServer> server;
    std::unique_ptr<montaj::HttpClient> http;
    std::unique_ptr<montaj::MemoryTokenStore> tokens;
    std::unique_ptr<montaj::TikTokApi> api;

    // Starts the sandbox and signs in with `scopes`; the error says which step failed.
    montaj::Result<void> start(const QStringList &scopes)
    {
        using namespace montaj;
        SandboxOptions options;
        options.autoApprove = true;
        server = std::make_unique<SandboxServer>(options);
        if (auto started = server->start(); !started)
            return started.error();
        auto profile = PlatformProfile::load(QStringLiteral("sandbox"), server->baseUrl());
        if (!profile)
            return profile.error();
        http = std::make_unique<HttpClient>();
        tokens = std::make_unique<MemoryTokenStore>();
        api = std::make_unique<TikTokApi>(
            *profile, ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()},
            http.get(), tokens.get());
        OAuthLogin login(api.get());
        QSignalSpy signedIn(&login, &OAuthLogin::signedIn);
        QSignalSpy failed(&login, &OAuthLogin::failed);
        const auto url = login.start(scopes);
        if (!url)
            return url.error();
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(*url)));
        QElapsedTimer timer;
        timer.start();
        while ((signedIn.count() + failed.count() == 0 || !reply->isFinished()) && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (signedIn.count() == 0)
            return Error(QStringLiteral("test.sign_in"),
                         QStringLiteral("the sandbox sign-in did not complete"));
        return {};
    }

    void stop()
    {
        api.reset();
        http.reset();
        server.reset();
    }
};

} // namespace reachtest
