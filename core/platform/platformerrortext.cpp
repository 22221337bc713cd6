// The translated messages of PlatformError, one per kind (kept apart from the mapping tables).
#include "core/platform/platformerror.h"

namespace montaj {

QString PlatformError::messageFor(PlatformErrorKind kind)
{
    using K = PlatformErrorKind;
    switch (kind) {
    case K::Unknown: return tr("The platform reported an unexpected error.");
    case K::AccessTokenInvalid: return tr("Your sign-in has expired. Montaj will renew it and try again.");
    case K::ScopeNotAuthorized:
        return tr("You did not give Montaj permission for this. Sign in again and allow it.");
    case K::ScopePermissionMissed: return tr("Montaj's app is not allowed to do this on the platform yet.");
    case K::RateLimitExceeded: return tr("Too many requests to the platform. Montaj will try again shortly.");
    case K::InvalidParams: return tr("The platform refused the request as invalid.");
    case K::InvalidFileUpload: return tr("The video file does not meet the platform's upload requirements.");
    case K::InternalError: return tr("The platform had a temporary problem. Montaj will try again.");
    case K::SpamRiskTooManyPosts: return tr("You have posted too many times today. Try again tomorrow.");
    case K::SpamRiskUserBannedFromPosting: return tr("This account is currently not allowed to post.");
    case K::ReachedActiveUserCap:
        return tr("Montaj's app has reached its daily limit of users. Try again tomorrow.");
    case K::UnauditedClientCanOnlyPostToPrivateAccounts:
        return tr("This app is not reviewed yet: it can only post to private accounts, visible only to you.");
    case K::UrlOwnershipUnverified:
        return tr("The platform cannot fetch media from this address: its domain is not verified.");
    case K::PrivacyLevelOptionMismatch:
        return tr("The chosen audience is not available for this account. Choose another one.");
    case K::SpamRiskTooManyPendingShare:
        return tr("Too many uploads are waiting in your inbox. Finish or delete some, then try again.");
    case K::OAuthInvalidRequest: return tr("The sign-in request was malformed.");
    case K::OAuthInvalidClient: return tr("The platform does not recognise Montaj's app credentials.");
    case K::OAuthInvalidGrant:
        return tr("Your sign-in is no longer valid (expired, revoked or already used). Sign in again.");
    case K::OAuthUnauthorizedClient: return tr("Montaj's app is not allowed to sign in this way.");
    case K::OAuthUnsupportedGrantType: return tr("The platform does not support this kind of sign-in.");
    case K::OAuthInvalidScope: return tr("Montaj asked for a permission the platform does not know.");
    case K::OAuthAccessDenied: return tr("Sign-in was cancelled or permission was refused.");
    case K::OAuthServerError: return tr("The platform's sign-in service had a problem. Try again.");
    case K::OAuthTemporarilyUnavailable:
        return tr("The platform's sign-in service is temporarily unavailable. Try again.");
    case K::OAuthStateMismatch:
        return tr(
            "The sign-in answer did not belong to this sign-in attempt and was ignored. Sign in again.");
    case K::OAuthTimedOut: return tr("Sign-in took too long and was stopped. Sign in again.");
    case K::NotSignedIn: return tr("You are not signed in to the platform.");
    case K::UploadBadRequest: return tr("The platform refused the upload request.");
    case K::UploadUrlExpired: return tr("The upload link has expired. The upload must be started again.");
    case K::UploadNotFound: return tr("The platform no longer knows this upload. It must be started again.");
    case K::UploadRangeMismatch:
        return tr(
            "The platform has a different part of the video than expected. Montaj will resume from there.");
    case K::UploadServerError: return tr("The upload server had a temporary problem. Montaj will try again.");
    case K::UploadFileChanged:
        return tr("The video file changed since the upload started. The upload must be started again.");
    case K::FailFileFormat:
        return tr("The platform could not read the video's format. Export it as MP4 (H.264).");
    case K::FailDuration: return tr("The video is too long or too short for this account.");
    case K::FailFrameRate: return tr("The video's frame rate is not accepted (23 to 60 frames per second).");
    case K::FailPictureSize:
        return tr("The video's picture size is not accepted (360 to 4096 pixels on each side).");
    case K::FailInternal: return tr("The platform failed to process the video. Montaj will try again.");
    case K::FailVideoPull: return tr("The platform could not download the video from its address.");
    case K::FailPhotoPull: return tr("The platform could not download a photo from its address.");
    case K::FailPublishCancelled: return tr("The post was cancelled.");
    case K::FailAuthRemoved: return tr("Montaj's access to the account was removed. Sign in again.");
    case K::FailSpamText:
        return tr("The platform flagged the post's text. Change the caption and try again.");
    case K::FailSpamRisk: return tr("The platform refused the post as a spam risk.");
    case K::NetworkTimeout: return tr("The platform did not answer in time.");
    case K::NetworkFailure: return tr("The platform could not be reached. Check the internet connection.");
    case K::TlsFailure: return tr("The platform's secure connection could not be verified.");
    case K::Cancelled: return tr("The request was cancelled.");
    case K::MalformedResponse: return tr("The platform sent an answer Montaj does not understand.");
    case K::FileReadFailed: return tr("The video file could not be read.");
    case K::InvalidRequest: return tr("Montaj cannot send this request.");
    }
    return tr("The platform reported an unexpected error.");
}

} // namespace montaj
