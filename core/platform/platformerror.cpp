#include "core/platform/platformerror.h"

#include <array>

namespace montaj {
namespace {

using K = PlatformErrorKind;
using A = RecoveryAction;

struct Entry
{
    K kind;
    const char *code;    // after "platform."
    const char *wire;    // the platform's own spelling, "" when none
    const char *wireAlt; // a second spelling, "" when none
    A action;
};

// clang-format off
constexpr std::array kTable{
    Entry{K::Unknown, "unknown_error", "", "", A::Permanent},
    Entry{K::AccessTokenInvalid, "access_token_invalid", "access_token_invalid", "", A::RefreshThenRetry},
    Entry{K::ScopeNotAuthorized, "scope_not_authorized", "scope_not_authorized", "", A::Permanent},
    Entry{K::ScopePermissionMissed, "scope_permission_missed", "scope_permission_missed", "", A::Permanent},
    Entry{K::RateLimitExceeded, "rate_limited", "rate_limit_exceeded", "", A::Retry},
    Entry{K::InvalidParams, "invalid_params", "invalid_params", "invalid_param", A::Permanent},
    Entry{K::InvalidFileUpload, "invalid_file_upload", "invalid_file_upload", "", A::FixMedia},
    Entry{K::InternalError, "internal_error", "internal_error", "", A::Retry},
    Entry{K::SpamRiskTooManyPosts, "spam_risk_too_many_posts", "spam_risk_too_many_posts", "", A::Permanent},
    Entry{K::SpamRiskUserBannedFromPosting, "spam_risk_user_banned_from_posting",
          "spam_risk_user_banned_from_posting", "", A::Permanent},
    Entry{K::ReachedActiveUserCap, "reached_active_user_cap", "reached_active_user_cap", "", A::Permanent},
    Entry{K::UnauditedClientCanOnlyPostToPrivateAccounts, "unaudited_client_private_only",
          "unaudited_client_can_only_post_to_private_accounts", "", A::Permanent},
    Entry{K::UrlOwnershipUnverified, "url_ownership_unverified", "url_ownership_unverified", "", A::Permanent},
    Entry{K::PrivacyLevelOptionMismatch, "privacy_level_option_mismatch", "privacy_level_option_mismatch", "",
          A::Permanent},
    Entry{K::SpamRiskTooManyPendingShare, "spam_risk_too_many_pending_share",
          "spam_risk_too_many_pending_share", "", A::Permanent},
    Entry{K::OAuthInvalidRequest, "oauth_invalid_request", "invalid_request", "", A::Permanent},
    Entry{K::OAuthInvalidClient, "oauth_invalid_client", "invalid_client", "", A::Permanent},
    Entry{K::OAuthInvalidGrant, "oauth_invalid_grant", "invalid_grant", "", A::Permanent},
    Entry{K::OAuthUnauthorizedClient, "oauth_unauthorized_client", "unauthorized_client", "", A::Permanent},
    Entry{K::OAuthUnsupportedGrantType, "oauth_unsupported_grant_type", "unsupported_grant_type", "",
          A::Permanent},
    Entry{K::OAuthInvalidScope, "oauth_invalid_scope", "invalid_scope", "", A::Permanent},
    Entry{K::OAuthAccessDenied, "oauth_access_denied", "access_denied", "", A::Permanent},
    Entry{K::OAuthServerError, "oauth_server_error", "server_error", "", A::Retry},
    Entry{K::OAuthTemporarilyUnavailable, "oauth_temporarily_unavailable", "temporarily_unavailable", "",
          A::Retry},
    Entry{K::OAuthStateMismatch, "oauth_state_mismatch", "", "", A::Permanent},
    Entry{K::OAuthTimedOut, "oauth_timed_out", "", "", A::Permanent},
    Entry{K::NotSignedIn, "not_signed_in", "", "", A::Permanent},
    Entry{K::UploadBadRequest, "upload_bad_request", "", "", A::Permanent},
    Entry{K::UploadUrlExpired, "upload_url_expired", "", "", A::Permanent},
    Entry{K::UploadNotFound, "upload_not_found", "", "", A::Permanent},
    Entry{K::UploadRangeMismatch, "upload_range_mismatch", "", "", A::Retry},
    Entry{K::UploadServerError, "upload_server_error", "", "", A::Retry},
    Entry{K::UploadFileChanged, "upload_file_changed", "", "", A::Permanent},
    Entry{K::FailFileFormat, "media_format_rejected", "file_format_check_failed", "", A::FixMedia},
    Entry{K::FailDuration, "media_duration_rejected", "duration_check_failed", "", A::FixMedia},
    Entry{K::FailFrameRate, "media_frame_rate_rejected", "frame_rate_check_failed", "", A::FixMedia},
    Entry{K::FailPictureSize, "media_picture_size_rejected", "picture_size_check_failed", "", A::FixMedia},
    Entry{K::FailInternal, "publish_internal_failure", "internal", "", A::Retry},
    Entry{K::FailVideoPull, "video_pull_failed", "video_pull_failed", "", A::Retry},
    Entry{K::FailPhotoPull, "photo_pull_failed", "photo_pull_failed", "", A::Retry},
    Entry{K::FailPublishCancelled, "publish_cancelled", "publish_cancelled", "", A::Permanent},
    Entry{K::FailAuthRemoved, "auth_removed", "auth_removed", "", A::Permanent},
    Entry{K::FailSpamText, "spam_risk_text", "spam_risk_text", "", A::Permanent},
    Entry{K::FailSpamRisk, "spam_risk", "spam_risk", "", A::Permanent},
    Entry{K::NetworkTimeout, "network_timeout", "", "", A::Retry},
    Entry{K::NetworkFailure, "network_failure", "", "", A::Retry},
    Entry{K::TlsFailure, "tls_failure", "", "", A::Permanent},
    Entry{K::Cancelled, "cancelled", "", "", A::Permanent},
    Entry{K::MalformedResponse, "malformed_response", "", "", A::Permanent},
    Entry{K::FileReadFailed, "file_read_failed", "", "", A::Permanent},
    Entry{K::InvalidRequest, "invalid_request", "", "", A::Permanent},
};
// clang-format on

const QString kPrefix = QStringLiteral("platform.");

const Entry &entryFor(K kind)
{
    for (const Entry &entry : kTable) {
        if (entry.kind == kind)
            return entry;
    }
    return kTable[0];
}

bool matchesWire(const Entry &entry, QStringView wire)
{
    if (wire.isEmpty())
        return false;
    return (*entry.wire && wire == QLatin1String(entry.wire))
           || (*entry.wireAlt && wire == QLatin1String(entry.wireAlt));
}

K findWire(QStringView wire, K first, K last)
{
    for (const Entry &entry : kTable) {
        if (entry.kind >= first && entry.kind <= last && matchesWire(entry, wire))
            return entry.kind;
    }
    return K::Unknown;
}

} // namespace

PlatformErrorKind PlatformError::kindForApiCode(QStringView code)
{
    return findWire(code, K::AccessTokenInvalid, K::SpamRiskTooManyPendingShare);
}

PlatformErrorKind PlatformError::kindForOAuthError(QStringView error)
{
    return findWire(error, K::OAuthInvalidRequest, K::OAuthTemporarilyUnavailable);
}

PlatformErrorKind PlatformError::kindForUploadStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400: return K::UploadBadRequest;
    case 403: return K::UploadUrlExpired;
    case 404: return K::UploadNotFound;
    case 416: return K::UploadRangeMismatch;
    case 429: return K::RateLimitExceeded;
    default: break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return K::UploadServerError;
    return K::Unknown;
}

PlatformErrorKind PlatformError::kindForFailReason(QStringView failReason)
{
    // The two spam codes shared with the envelope keep their envelope kinds.
    const K shared = findWire(failReason, K::SpamRiskTooManyPosts, K::SpamRiskUserBannedFromPosting);
    if (shared != K::Unknown)
        return shared;
    return findWire(failReason, K::FailFileFormat, K::FailSpamRisk);
}

RecoveryAction PlatformError::actionFor(PlatformErrorKind kind)
{
    return entryFor(kind).action;
}

QString PlatformError::codeFor(PlatformErrorKind kind)
{
    return kPrefix + QLatin1String(entryFor(kind).code);
}

QString PlatformError::actionName(RecoveryAction action)
{
    switch (action) {
    case A::Retry: return QStringLiteral("retry");
    case A::RefreshThenRetry: return QStringLiteral("refresh_then_retry");
    case A::FixMedia: return QStringLiteral("fix_media");
    case A::Permanent: return QStringLiteral("permanent");
    }
    return QStringLiteral("permanent");
}

Error PlatformError::make(PlatformErrorKind kind, QVariantMap context, int httpStatus)
{
    RecoveryAction action = actionFor(kind);
    if (kind == K::Unknown && (httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599)))
        action = A::Retry;
    if (httpStatus > 0 && !context.contains(QStringLiteral("http_status")))
        context.insert(QStringLiteral("http_status"), httpStatus);
    context.insert(QStringLiteral("action"), actionName(action));
    return Error(codeFor(kind), messageFor(kind), std::move(context));
}

PlatformErrorKind PlatformError::kindOf(const Error &error)
{
    if (!error.code.startsWith(kPrefix))
        return K::Unknown;
    const QStringView name = QStringView(error.code).mid(kPrefix.size());
    for (const Entry &entry : kTable) {
        if (name == QLatin1String(entry.code))
            return entry.kind;
    }
    return K::Unknown;
}

RecoveryAction PlatformError::actionOf(const Error &error)
{
    const QString stored = error.context.value(QStringLiteral("action")).toString();
    for (A action : {A::Retry, A::RefreshThenRetry, A::FixMedia, A::Permanent}) {
        if (stored == actionName(action))
            return action;
    }
    return actionFor(kindOf(error));
}

std::optional<qint64> PlatformError::retryAfterMs(const Error &error)
{
    const QVariant value = error.context.value(QStringLiteral("retry_after_ms"));
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (!value.isValid() || !ok || ms < 0)
        return std::nullopt;
    return ms;
}

} // namespace montaj
