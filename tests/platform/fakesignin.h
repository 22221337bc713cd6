#pragma once

#include "core/platform/oauthlogin.h"
#include "core/platform/pkce.h"
#include "core/platform/scopereport.h"
#include "core/platform/tiktokapi.h"
#include "fakeplatform.h"
#include "platformtesthelpers.h"

#include <QUrlQuery>

namespace montaj::test {

// Signs `api` in against `fake` the way TikTokApi's own test does: authorization URL, a code the
// fake expects for that challenge, exchange. True when a session came back.
inline bool signInToFake(TikTokApi &api, FakePlatform &fake,
                         const QStringList &scopes = ScopeReport::allScopes())
{
    const auto request = api.beginAuthorization(scopes, QUrl("http://127.0.0.1:53682/callback/"));
    if (!request)
        return false;
    const QString code =
        QStringLiteral("Code_%1*2!4133.va").arg(QString::fromLatin1(Pkce::generateState().left(20)));
    fake.expectCode(code, QUrlQuery(request->url).queryItemValue("code_challenge").toLatin1());
    Waiter<AccountSession> session;
    api.exchangeCode(*request,
                     OAuthCallback{code, ScopeReport::parseScopes(fake.grantedScopes), request->state},
                     session.callback());
    return session.wait() && session->ok();
}

} // namespace montaj::test
