#pragma once

#include "core/foundation/error.h"

#include <QCoreApplication>
#include <QStringView>

#include <optional>

namespace montaj {

// Every failure the platform contract names (shared/PLATFORM_API.md), plus local ones.
enum class PlatformErrorKind {
    Unknown,
    // v2 envelope error.code
    AccessTokenInvalid,
    ScopeNotAuthorized,
    ScopePermissionMissed,
    RateLimitExceeded,
    InvalidParams, // "invalid_params" and "invalid_param"
    InvalidFileUpload,
    InternalError,
    SpamRiskTooManyPosts,
    SpamRiskUserBannedFromPosting,
    ReachedActiveUserCap,
    UnauditedClientCanOnlyPostToPrivateAccounts,
    UrlOwnershipUnverified,
    PrivacyLevelOptionMismatch,
    SpamRiskTooManyPendingShare,
    // token endpoint {"error","error_description"} and the authorization callback's error
    OAuthInvalidRequest,
    OAuthInvalidClient,
    OAuthInvalidGrant,
    OAuthUnauthorizedClient,
    OAuthUnsupportedGrantType,
    OAuthInvalidScope,
    OAuthAccessDenied,
    OAuthServerError,
    OAuthTemporarilyUnavailable,
    OAuthStateMismatch,
    OAuthTimedOut,
    NotSignedIn,
    // upload PUT statuses
    UploadBadRequest,    // 400
    UploadUrlExpired,    // 403
    UploadNotFound,      // 404
    UploadRangeMismatch, // 416
    UploadServerError,   // 5xx
    UploadFileChanged,   // local: the file is not the one the upload started with
    // status/fetch fail_reason
    FailFileFormat,
    FailDuration,
    FailFrameRate,
    FailPictureSize,
    FailInternal,
    FailVideoPull,
    FailPhotoPull, // photo_pull_failed: not in the contract's list; the sandbox sends it for photos
    FailPublishCancelled,
    FailAuthRemoved,
    FailSpamText,
    FailSpamRisk,
    // transport and local
    NetworkTimeout,
    NetworkFailure,
    TlsFailure,
    Cancelled,
    MalformedResponse,
    FileReadFailed,
    InvalidRequest, // refused before sending (too many ids, unusable profile…)
};

// What the caller should do about a failure.
enum class RecoveryAction {
    Retry,            // transient: try again after a backoff (honour Retry-After)
    RefreshThenRetry, // the access token is no longer good: refresh it once, then try again
    FixMedia,         // the file itself is refused: change the media, retrying will not help
    Permanent,        // do not retry automatically; tell the user (some need a new sign-in)
};

// Maps the platform's error codes, OAuth errors, upload statuses and fail_reasons to a typed
// kind, a stable Error code ("platform.rate_limited"), a translated message and a recovery
// action; and reads them back out of an Error. Not the envelope parser (ApiEnvelope).
class PlatformError
{
    Q_DECLARE_TR_FUNCTIONS(PlatformError)

public:
    static PlatformErrorKind kindForApiCode(QStringView code);     // v2 error.code ("ok": Unknown)
    static PlatformErrorKind kindForOAuthError(QStringView error); // token endpoint / callback
    static PlatformErrorKind kindForUploadStatus(int httpStatus);  // Unknown for 2xx
    static PlatformErrorKind kindForFailReason(QStringView failReason);

    static RecoveryAction actionFor(PlatformErrorKind kind);
    static QString codeFor(PlatformErrorKind kind);    // "platform.…", stable
    static QString messageFor(PlatformErrorKind kind); // translated
    static QString actionName(RecoveryAction action);  // "retry", "refresh_then_retry", …

    // An Error for `kind`; context gains "action" (and keeps what the caller gave: path, http_status,
    // platform_code, log_id, retry_after_ms…). Unknown uses `httpStatus` to pick retry or not.
    static Error make(PlatformErrorKind kind, QVariantMap context = {}, int httpStatus = 0);

    static PlatformErrorKind kindOf(const Error &error);
    static RecoveryAction actionOf(const Error &error);
    static std::optional<qint64> retryAfterMs(const Error &error);
};

} // namespace montaj
