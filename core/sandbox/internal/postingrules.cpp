#include "core/sandbox/internal/postingrules.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/publishstore.h"

namespace montaj::sandbox {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kUnauditedUserCap = 5; // distinct users an unaudited client direct-posts for per 24 h

} // namespace

std::optional<HttpResponse> PostingRules::checkDirect(const SandboxAccount &account, const QString &privacy,
                                                      const ApiCaller &caller) const
{
    if (auto refusal = checkBanned(account, caller))
        return refusal;
    if (m_context.options.unauditedClient && !account.isPrivate)
        return ApiEnvelope::error(
            QStringLiteral("unaudited_client_can_only_post_to_private_accounts"),
            QStringLiteral("This client is not audited: it may only post to private accounts."),
            caller.logId);
    if (m_context.options.unauditedClient && privacy != QLatin1String("SELF_ONLY"))
        return ApiEnvelope::error(QStringLiteral("privacy_level_option_mismatch"),
                                  QStringLiteral("An unaudited client may only post with SELF_ONLY."),
                                  caller.logId);
    if (!account.privacyLevelOptions().contains(privacy))
        return ApiEnvelope::error(
            QStringLiteral("privacy_level_option_mismatch"),
            QStringLiteral("privacy_level %1 is not one of the creator's options.").arg(privacy),
            caller.logId);
    const qint64 since = m_context.nowMs() - kDayMs;
    if (m_context.options.unauditedClient) {
        QStringList posters = PublishStore(m_context.db()).postersSince(QStringLiteral("direct"), since);
        if (!posters.contains(caller.openId) && posters.size() >= kUnauditedUserCap)
            return ApiEnvelope::error(
                QStringLiteral("reached_active_user_cap"),
                QStringLiteral("This unaudited client has posted for %1 users in the last 24 hours.")
                    .arg(kUnauditedUserCap),
                caller.logId);
    }
    const int posted =
        PublishStore(m_context.db()).countSince(caller.openId, QStringLiteral("direct"), since);
    if (posted >= m_context.options.maxDirectPostsPerDay)
        return ApiEnvelope::error(
            QStringLiteral("spam_risk_too_many_posts"),
            QStringLiteral("The creator has posted too many times in the last 24 hours."), caller.logId);
    return std::nullopt;
}

std::optional<HttpResponse> PostingRules::checkBanned(const SandboxAccount &account,
                                                      const ApiCaller &caller) const
{
    if (!m_context.options.bannedAccounts.contains(account.username))
        return std::nullopt;
    return ApiEnvelope::error(QStringLiteral("spam_risk_user_banned_from_posting"),
                              QStringLiteral("The user is banned from making new posts."), caller.logId);
}

std::optional<HttpResponse> PostingRules::checkInbox(const SandboxAccount &account,
                                                     const ApiCaller &caller) const
{
    if (auto refusal = checkBanned(account, caller))
        return refusal;
    const int pending =
        PublishStore(m_context.db())
            .countSince(caller.openId, QStringLiteral("inbox"), m_context.nowMs() - kDayMs,
                        {QStringLiteral("PROCESSING_DOWNLOAD"), QStringLiteral("PROCESSING_UPLOAD"),
                         QStringLiteral("SEND_TO_USER_INBOX")});
    if (pending >= 5)
        return ApiEnvelope::error(QStringLiteral("spam_risk_too_many_pending_share"),
                                  QStringLiteral("The creator has 5 pending shares in the last 24 hours."),
                                  caller.logId);
    return std::nullopt;
}

HttpResponse PostingRules::unverifiedUrl(const QString &field, const ApiCaller &caller)
{
    return ApiEnvelope::error(
        QStringLiteral("url_ownership_unverified"),
        QStringLiteral("%1 is not under a URL prefix verified for this app.").arg(field), caller.logId);
}

bool PostingRules::store(const SandboxPublish &publish, const std::optional<PublishSource> &source) const
{
    PublishStore publishes(m_context.db());
    WriteTransaction transaction(m_context.db());
    return transaction.begun() && publishes.insert(publish) && (!source || publishes.insertSource(*source))
           && transaction.commit();
}

} // namespace montaj::sandbox
