#pragma once

#include "core/platform/oauthloopbacklistener.h"
#include "core/platform/platformapi.h"

#include <QObject>

namespace montaj {

// One desktop sign-in from start to finish: listens on the loopback redirect, builds the
// authorization URL (fresh PKCE verifier and state) for the caller to open in the browser,
// checks the callback and exchanges the code. The caller opens the URL; nothing here touches a
// browser or a window. Not reusable: one object per attempt.
class OAuthLogin : public QObject
{
    Q_OBJECT

public:
    explicit OAuthLogin(PlatformApi *api, QObject *parent = nullptr);

    // Returns the URL to open. port 0 picks a free port (register a wildcard port, or pass yours).
    Result<QUrl> start(const QStringList &scopes, quint16 port = 0,
                       std::chrono::milliseconds timeout = OAuthLoopbackListener::kDefaultTimeout);
    void cancel();
    QUrl redirectUri() const { return m_listener.redirectUri(); }

Q_SIGNALS:
    // Exactly one of these per start(). `session.requestedScopes` vs `grantedScopes` tells which
    // features a partial consent leaves out (ScopeReport).
    void signedIn(const montaj::AccountSession &session);
    void failed(const montaj::Error &error);

private:
    void onCallback(const OAuthCallback &callback);
    void finish(Result<AccountSession> session);

    PlatformApi *m_api = nullptr;
    OAuthLoopbackListener m_listener;
    AuthorizationRequest m_request;
    bool m_active = false;
};

} // namespace montaj
