#include "core/platform/apienvelope.h"
#include "core/platform/internal/jsonids.h"
#include "core/platform/internal/tokenendpoint.h"
#include "core/platform/platformerror.h"
#include "core/platform/ratelimiter.h"
#include "core/platform/retrypolicy.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace montaj;
using K = PlatformErrorKind;
using A = RecoveryAction;

Q_DECLARE_METATYPE(montaj::PlatformErrorKind)
Q_DECLARE_METATYPE(montaj::RecoveryAction)

namespace {

HttpResponse response(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

QByteArray envelope(const QByteArray &code, const QByteArray &data = "{}")
{
    return "{\"data\":" + data + ",\"error\":{\"code\":\"" + code
           + "\",\"message\":\"m\",\"log_id\":\"L42\"}}";
}

} // namespace

class TestPlatformError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeCodes_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("http");
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<A>("action");
        QTest::newRow("access_token_invalid") << "access_token_invalid" << 401 << K::AccessTokenInvalid
                                              << "platform.access_token_invalid" << A::RefreshThenRetry;
        QTest::newRow("scope_not_authorized") << "scope_not_authorized" << 401 << K::ScopeNotAuthorized
                                              << "platform.scope_not_authorized" << A::Permanent;
        QTest::newRow("scope_permission_missed")
            << "scope_permission_missed" << 401 << K::ScopePermissionMissed
            << "platform.scope_permission_missed" << A::Permanent;
        QTest::newRow("rate_limit_exceeded")
            << "rate_limit_exceeded" << 429 << K::RateLimitExceeded << "platform.rate_limited" << A::Retry;
        QTest::newRow("invalid_params")
            << "invalid_params" << 400 << K::InvalidParams << "platform.invalid_params" << A::Permanent;
        QTest::newRow("invalid_param")
            << "invalid_param" << 400 << K::InvalidParams << "platform.invalid_params" << A::Permanent;
        QTest::newRow("invalid_file_upload") << "invalid_file_upload" << 400 << K::InvalidFileUpload
                                             << "platform.invalid_file_upload" << A::FixMedia;
        QTest::newRow("internal_error")
            << "internal_error" << 500 << K::InternalError << "platform.internal_error" << A::Retry;
        QTest::newRow("spam_risk_too_many_posts")
            << "spam_risk_too_many_posts" << 200 << K::SpamRiskTooManyPosts
            << "platform.spam_risk_too_many_posts" << A::Permanent;
        QTest::newRow("spam_risk_user_banned_from_posting")
            << "spam_risk_user_banned_from_posting" << 200 << K::SpamRiskUserBannedFromPosting
            << "platform.spam_risk_user_banned_from_posting" << A::Permanent;
        QTest::newRow("reached_active_user_cap")
            << "reached_active_user_cap" << 200 << K::ReachedActiveUserCap
            << "platform.reached_active_user_cap" << A::Permanent;
        QTest::newRow("unaudited") << "unaudited_client_can_only_post_to_private_accounts" << 200
                                   << K::UnauditedClientCanOnlyPostToPrivateAccounts
                                   << "platform.unaudited_client_private_only" << A::Permanent;
        QTest::newRow("url_ownership_unverified")
            << "url_ownership_unverified" << 403 << K::UrlOwnershipUnverified
            << "platform.url_ownership_unverified" << A::Permanent;
        QTest::newRow("privacy_level_option_mismatch")
            << "privacy_level_option_mismatch" << 200 << K::PrivacyLevelOptionMismatch
            << "platform.privacy_level_option_mismatch" << A::Permanent;
        QTest::newRow("spam_risk_too_many_pending_share")
            << "spam_risk_too_many_pending_share" << 403 << K::SpamRiskTooManyPendingShare
            << "platform.spam_risk_too_many_pending_share" << A::Permanent;
        QTest::newRow("unknown 400") << "brand_new_code" << 400 << K::Unknown << "platform.unknown_error"
                                     << A::Permanent;
        QTest::newRow("unknown 503") << "brand_new_code" << 503 << K::Unknown << "platform.unknown_error"
                                     << A::Retry;
    }

    void envelopeCodes()
    {
        QFETCH(QString, wire);
        QFETCH(int, http);
        QFETCH(K, kind);
        QFETCH(QString, code);
        QFETCH(A, action);
        QCOMPARE(PlatformError::kindForApiCode(wire), kind);
        const auto parsed = ApiEnvelope::parse(response(http, envelope(wire.toUtf8())), "/v2/x/");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(PlatformError::kindOf(parsed.error()), kind);
        QCOMPARE(PlatformError::actionOf(parsed.error()), action);
        QVERIFY(!parsed.error().message.isEmpty());
        QCOMPARE(parsed.error().context.value("platform_code").toString(), wire);
        QCOMPARE(parsed.error().context.value("log_id").toString(), QStringLiteral("L42"));
        QCOMPARE(parsed.error().context.value("http_status").toInt(), http);
        QCOMPARE(parsed.error().context.value("path").toString(), QStringLiteral("/v2/x/"));
    }

    void oauthErrors_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<K>("kind");
        QTest::addColumn<A>("action");
        QTest::newRow("invalid_request") << "invalid_request" << K::OAuthInvalidRequest << A::Permanent;
        QTest::newRow("invalid_client") << "invalid_client" << K::OAuthInvalidClient << A::Permanent;
        QTest::newRow("invalid_grant") << "invalid_grant" << K::OAuthInvalidGrant << A::Permanent;
        QTest::newRow("unauthorized_client")
            << "unauthorized_client" << K::OAuthUnauthorizedClient << A::Permanent;
        QTest::newRow("unsupported_grant_type")
            << "unsupported_grant_type" << K::OAuthUnsupportedGrantType << A::Permanent;
        QTest::newRow("invalid_scope") << "invalid_scope" << K::OAuthInvalidScope << A::Permanent;
        QTest::newRow("access_denied") << "access_denied" << K::OAuthAccessDenied << A::Permanent;
        QTest::newRow("server_error") << "server_error" << K::OAuthServerError << A::Retry;
        QTest::newRow("temporarily_unavailable")
            << "temporarily_unavailable" << K::OAuthTemporarilyUnavailable << A::Retry;
    }

    void oauthErrors()
    {
        QFETCH(QString, wire);
        QFETCH(K, kind);
        QFETCH(A, action);
        QCOMPARE(PlatformError::kindForOAuthError(wire), kind);
        const QByteArray body =
            "{\"error\":\"" + wire.toUtf8() + "\",\"error_description\":\"Something\",\"log_id\":\"2024X\"}";
        const auto grant = TokenEndpoint::parse(response(400, body), "/v2/oauth/token/");
        QVERIFY(!grant.ok());
        QCOMPARE(PlatformError::kindOf(grant.error()), kind);
        QCOMPARE(PlatformError::actionOf(grant.error()), action);
        QCOMPARE(grant.error().context.value("log_id").toString(), QStringLiteral("2024X"));
        QCOMPARE(grant.error().context.value("platform_message").toString(), QStringLiteral("Something"));
    }

    void tokenResponses()
    {
        const auto grant = TokenEndpoint::parse(
            response(200, "{\"open_id\":\"723f24d7-e717-40f8\",\"scope\":\"user.info.basic,video.list\","
                          "\"access_token\":\"act.A\",\"expires_in\":86400,\"refresh_token\":\"rft.R\","
                          "\"refresh_expires_in\":31536000,\"token_type\":\"Bearer\"}"),
            "/v2/oauth/token/");
        QVERIFY(grant.ok());
        QCOMPARE(grant->openId, QStringLiteral("723f24d7-e717-40f8"));
        QCOMPARE(grant->scopes, QStringList({"user.info.basic", "video.list"}));
        QCOMPARE(grant->expiresInSec, qint64(86400));
        QCOMPARE(grant->refreshExpiresInSec, qint64(31536000));
        QCOMPARE(grant->refreshToken, QStringLiteral("rft.R"));
        // Missing access token: malformed; garbage with 503: retryable.
        QCOMPARE(
            PlatformError::kindOf(TokenEndpoint::parse(response(200, "{\"open_id\":\"x\"}"), "/t").error()),
            K::MalformedResponse);
        const auto down = TokenEndpoint::parse(response(503, "<html>"), "/t");
        QCOMPARE(PlatformError::actionOf(down.error()), A::Retry);
    }

    void uploadStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<K>("kind");
        QTest::addColumn<A>("action");
        QTest::newRow("400") << 400 << K::UploadBadRequest << A::Permanent;
        QTest::newRow("403") << 403 << K::UploadUrlExpired << A::Permanent;
        QTest::newRow("404") << 404 << K::UploadNotFound << A::Permanent;
        QTest::newRow("416") << 416 << K::UploadRangeMismatch << A::Retry;
        QTest::newRow("500") << 500 << K::UploadServerError << A::Retry;
        QTest::newRow("502") << 502 << K::UploadServerError << A::Retry;
        QTest::newRow("503") << 503 << K::UploadServerError << A::Retry;
        QTest::newRow("599") << 599 << K::UploadServerError << A::Retry;
        QTest::newRow("201") << 201 << K::Unknown << A::Permanent;
    }

    void uploadStatuses()
    {
        QFETCH(int, status);
        QFETCH(K, kind);
        QFETCH(A, action);
        QCOMPARE(PlatformError::kindForUploadStatus(status), kind);
        QCOMPARE(PlatformError::actionFor(kind), action);
    }

    void failReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<K>("kind");
        QTest::addColumn<A>("action");
        QTest::newRow("file_format") << "file_format_check_failed" << K::FailFileFormat << A::FixMedia;
        QTest::newRow("duration") << "duration_check_failed" << K::FailDuration << A::FixMedia;
        QTest::newRow("frame_rate") << "frame_rate_check_failed" << K::FailFrameRate << A::FixMedia;
        QTest::newRow("picture_size") << "picture_size_check_failed" << K::FailPictureSize << A::FixMedia;
        QTest::newRow("internal") << "internal" << K::FailInternal << A::Retry;
        QTest::newRow("video_pull_failed") << "video_pull_failed" << K::FailVideoPull << A::Retry;
        QTest::newRow("publish_cancelled") << "publish_cancelled" << K::FailPublishCancelled << A::Permanent;
        QTest::newRow("auth_removed") << "auth_removed" << K::FailAuthRemoved << A::Permanent;
        QTest::newRow("spam_risk_too_many_posts")
            << "spam_risk_too_many_posts" << K::SpamRiskTooManyPosts << A::Permanent;
        QTest::newRow("spam_risk_user_banned")
            << "spam_risk_user_banned_from_posting" << K::SpamRiskUserBannedFromPosting << A::Permanent;
        QTest::newRow("spam_risk_text") << "spam_risk_text" << K::FailSpamText << A::Permanent;
        QTest::newRow("spam_risk") << "spam_risk" << K::FailSpamRisk << A::Permanent;
        QTest::newRow("unknown") << "something_new" << K::Unknown << A::Permanent;
    }

    void failReasons()
    {
        QFETCH(QString, reason);
        QFETCH(K, kind);
        QFETCH(A, action);
        QCOMPARE(PlatformError::kindForFailReason(reason), kind);
        QCOMPARE(PlatformError::actionOf(PlatformError::make(kind)), action);
    }

    void everyKindRoundTripsWithItsOwnCodeAndMessage()
    {
        QSet<QString> codes;
        QSet<QString> messages;
        for (int i = int(K::Unknown); i <= int(K::InvalidRequest); ++i) {
            const auto kind = K(i);
            const Error error = PlatformError::make(kind);
            QVERIFY(error.code.startsWith(QStringLiteral("platform.")));
            QCOMPARE(PlatformError::kindOf(error), kind);
            QVERIFY(!error.message.isEmpty());
            codes.insert(error.code);
            messages.insert(error.message);
        }
        const int kinds = int(K::InvalidRequest) + 1;
        QCOMPARE(codes.size(), kinds);
        QCOMPARE(messages.size(), kinds);
        QCOMPARE(PlatformError::kindOf(Error("edit.other", "x")), K::Unknown);
    }

    void successOnlyWhenCodeIsOk()
    {
        const auto ok =
            ApiEnvelope::parse(response(200, envelope("ok", "{\"publish_id\":\"v_pub_1\"}")), "/p");
        QVERIFY(ok.ok());
        QCOMPARE(ok->value("publish_id").toString(), QStringLiteral("v_pub_1"));
        // "ok" wins whatever the status says.
        QVERIFY(ApiEnvelope::parse(response(500, envelope("ok")), "/p").ok());
        // A refusal with HTTP 200.
        const auto refused =
            ApiEnvelope::parse(response(200, envelope("privacy_level_option_mismatch")), "/p");
        QVERIFY(!refused.ok());
        QCOMPARE(PlatformError::kindOf(refused.error()), K::PrivacyLevelOptionMismatch);
        // An envelope without error.code is not a success either.
        QVERIFY(!ApiEnvelope::parse(response(200, "{\"data\":{},\"error\":{}}"), "/p").ok());
        QVERIFY(!ApiEnvelope::parse(response(200, "{\"data\":{}}"), "/p").ok());
    }

    void envelopeWithoutJson()
    {
        const auto gateway = ApiEnvelope::parse(response(502, "<html>Bad gateway</html>"), "/p");
        QCOMPARE(PlatformError::kindOf(gateway.error()), K::InternalError);
        QCOMPARE(PlatformError::actionOf(gateway.error()), A::Retry);
        const auto limited = ApiEnvelope::parse(response(429, "", {{"retry-after", "7"}}), "/p");
        QCOMPARE(PlatformError::kindOf(limited.error()), K::RateLimitExceeded);
        QCOMPARE(PlatformError::retryAfterMs(limited.error()), std::optional<qint64>(7000));
        const auto garbage = ApiEnvelope::parse(response(200, "not json"), "/p");
        QCOMPARE(PlatformError::kindOf(garbage.error()), K::MalformedResponse);
        QCOMPARE(PlatformError::actionOf(garbage.error()), A::Permanent);
    }

    void retryAfterIsCarried()
    {
        const auto limited =
            ApiEnvelope::parse(response(429, envelope("rate_limit_exceeded"), {{"retry-after", "12"}}), "/p");
        QCOMPARE(PlatformError::retryAfterMs(limited.error()), std::optional<qint64>(12000));
        QCOMPARE(PlatformError::retryAfterMs(Error("x", "y")), std::nullopt);
    }

    void retryAfterParsing()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(HttpResponse::parseRetryAfter("120", now), std::optional<qint64>(120000));
        QCOMPARE(HttpResponse::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(HttpResponse::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 std::optional<qint64>(60000));
        QCOMPARE(HttpResponse::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
                 std::optional<qint64>(0));
        QCOMPARE(HttpResponse::parseRetryAfter("-3", now), std::nullopt);
        QCOMPARE(HttpResponse::parseRetryAfter("soon", now), std::nullopt);
    }

    void longIdsStayExact()
    {
        const QByteArray body =
            envelope("ok", "{\"publicaly_available_post_id\":[7345678901234567891],\"n\":12,\"f\":1.5,"
                           "\"neg\":-7345678901234567891,"
                           "\"s\":\"12345678901234567890\",\"esc\":\"a\\\"1234567890123456789\"}");
        const auto data = ApiEnvelope::parse(response(200, body), "/p");
        QVERIFY(data.ok());
        QCOMPARE(idString(data->value("publicaly_available_post_id").toArray().at(0)),
                 QStringLiteral("7345678901234567891"));
        QCOMPARE(data->value("n").toInt(), 12);
        QCOMPARE(data->value("f").toDouble(), 1.5);
        QCOMPARE(data->value("neg").toString(), QStringLiteral("-7345678901234567891"));
        QCOMPARE(data->value("s").toString(), QStringLiteral("12345678901234567890"));
        QCOMPARE(data->value("esc").toString(), QStringLiteral("a\"1234567890123456789"));
    }

    void backoffHasFullJitterWithinBounds()
    {
        const RetryPolicy policy{6, 500, 8000};
        QCOMPARE(policy.ceilingMs(1), qint64(500));
        QCOMPARE(policy.ceilingMs(2), qint64(1000));
        QCOMPARE(policy.ceilingMs(4), qint64(4000));
        QCOMPARE(policy.ceilingMs(5), qint64(8000));
        QCOMPARE(policy.ceilingMs(30), qint64(8000)); // capped
        QCOMPARE(policy.delayMs(3, std::nullopt, [] { return 0.0; }), qint64(0));
        QCOMPARE(policy.delayMs(3, std::nullopt, [] { return 0.9999999; }), qint64(2000));
        QCOMPARE(policy.delayMs(3, std::nullopt, [] { return 0.5; }), qint64(1000));
        for (int retry = 1; retry <= 8; ++retry) {
            qint64 lowest = std::numeric_limits<qint64>::max();
            qint64 highest = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 delay = policy.delayMs(retry);
                QVERIFY(delay >= 0);
                QVERIFY(delay <= policy.ceilingMs(retry));
                lowest = qMin(lowest, delay);
                highest = qMax(highest, delay);
            }
            // Full jitter spreads over the whole window (2000 samples: overwhelmingly likely).
            QVERIFY(lowest < policy.ceilingMs(retry) / 10);
            QVERIFY(highest > policy.ceilingMs(retry) * 9 / 10);
        }
        QVERIFY(policy.canRetry(5));
        QVERIFY(!policy.canRetry(6));
    }

    void backoffHonoursRetryAfter()
    {
        const RetryPolicy policy{5, 500, 8000};
        QCOMPARE(policy.delayMs(1, qint64(5000), [] { return 0.3; }), qint64(5000));
        QCOMPARE(policy.delayMs(5, qint64(100), [] { return 0.5; }), qint64(4000)); // jitter above the floor
        QCOMPARE(policy.delayMs(1, qint64(0), [] { return 0.0; }), qint64(0));
    }

    void rateLimiterSlidingMinute()
    {
        RateLimits limits;
        limits.perMinute.insert("video_init", 6);
        RateLimiter limiter(limits);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(limiter.reserve("video_init", 1000 * i), qint64(0));
        QCOMPARE(limiter.reserve("video_init", 10000),
                 qint64(50000)); // slot of the request at t=0 frees at 60 s
        QCOMPARE(limiter.reserve("video_init", 10000), qint64(51000)); // then the one at t=1 s
        QCOMPARE(limiter.reserve("other", 10000), qint64(0));          // no limit, no wait
        QCOMPARE(limiter.reserve("video_init", 200000), qint64(0));    // a quiet minute later
        limiter.backOff("video_init", 200000, 7000);
        QCOMPARE(limiter.reserve("video_init", 201000), qint64(6000)); // Retry-After blocks the class
    }

    void statusFetchBudget()
    {
        RateLimits limits;
        limits.perMinute.insert("status_fetch", 30);
        RateLimiter limiter(limits);
        int immediate = 0;
        for (int i = 0; i < 40; ++i)
            immediate += limiter.reserve("status_fetch", 0) == 0 ? 1 : 0;
        QCOMPARE(immediate, 30);
    }
};

QTEST_GUILESS_MAIN(TestPlatformError)
#include "tst_platformerror.moc"
