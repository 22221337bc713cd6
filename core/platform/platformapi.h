#pragma once

#include "core/platform/oauthloopbacklistener.h"
#include "core/platform/platformprofile.h"
#include "core/platform/platformtypes.h"

#include <QObject>

namespace montaj {

// The platform as the rest of Montaj sees it: sign-in (authorization code + PKCE), the session
// (tokens kept inside, refreshed as needed), Content Posting and Display calls. Every call answers
// once through its callback, in this object's thread, with a value or a PlatformError Error
// (see PlatformError::actionOf() for what to do about it). Implemented over HTTP by TikTokApi;
// tests may fake it. Not the uploader (Uploader PUTs the bytes to UploadTicket::uploadUrl).
class PlatformApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const PlatformProfile &profile() const = 0;
    virtual AccountSession session() const = 0;

    // Sign-in: build the URL (fresh PKCE verifier and state) for `redirectUri` (the loopback
    // listener's), then exchange the code that came back to it.
    virtual Result<AuthorizationRequest> beginAuthorization(const QStringList &scopes,
                                                            const QUrl &redirectUri) = 0;
    virtual void exchangeCode(const AuthorizationRequest &request, const OAuthCallback &callback,
                              PlatformCallback<AccountSession> done) = 0;
    // Signs in again from the refresh token kept in the TokenStore for this profile and open_id.
    virtual void restoreSession(const QString &openId, PlatformCallback<AccountSession> done) = 0;
    virtual void refreshSession(PlatformCallback<AccountSession> done) = 0;
    virtual void signOut(PlatformCallback<void> done) = 0;

    // Content Posting
    virtual void creatorInfo(PlatformCallback<CreatorInfo> done) = 0;
    virtual void initDirectPost(const PostInfo &post, const VideoSource &source,
                                PlatformCallback<UploadTicket> done) = 0;
    virtual void initInboxUpload(const VideoSource &source, PlatformCallback<UploadTicket> done) = 0;
    // content/init: a photo post, direct or to the inbox; the ticket has a publish id and no upload URL.
    virtual void initPhotoPost(const PhotoPost &post, PlatformCallback<UploadTicket> done) = 0;
    virtual void fetchStatus(const QString &publishId, PlatformCallback<PublishStatus> done) = 0;
    virtual void cancelPublish(const QString &publishId, PlatformCallback<void> done) = 0;

    // Display
    virtual void userInfo(const QStringList &fields, PlatformCallback<UserInfo> done) = 0;
    virtual void listVideos(qint64 cursorMs, int maxCount, const QStringList &fields,
                            PlatformCallback<VideoPage> done) = 0;
    // Pages through video/list while has_more (pages may hold fewer than asked), up to maxVideos.
    virtual void listAllVideos(const QStringList &fields, int maxVideos,
                               PlatformCallback<QList<VideoItem>> done) = 0;
    virtual void queryVideos(const QStringList &videoIds, const QStringList &fields,
                             PlatformCallback<QList<VideoItem>> done) = 0;

Q_SIGNALS:
    void sessionChanged();
    // The session cannot be renewed (refresh token expired or revoked): the user must sign in.
    void signInRequired(const montaj::Error &reason);
};

} // namespace montaj
