#include "core/foundation/secretredactor.h"

#include <QRegularExpression>

namespace montaj {
namespace {

// Keys whose value is always secret, wherever they appear.
constexpr auto kSecretKeys =
    "access_token|refresh_token|code_verifier|client_secret|id_token|accessToken|refreshToken|"
    "codeVerifier|clientSecret|password|api_key|apiKey";

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> kRules = [] {
        const QString keys = QString::fromLatin1(kSecretKeys);
        const QString mask = SecretRedactor::kMask;
        const auto re = [](const QString &p) {
            return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption);
        };
        return QList<Rule>{
            // Authorization: Bearer xyz / Basic xyz (header lines, curl traces)
            {re(QStringLiteral(R"re((authorization\s*[:=]\s*)(?:bearer|basic|token)?\s*[^\s,;"']+)re")),
             QStringLiteral(R"re(\1)re") + mask},
            // A bare "Bearer xyz" anywhere else
            {re(QStringLiteral(R"re(\bbearer\s+[^\s,;"'<>]+)re")), QStringLiteral("Bearer ") + mask},
            // Token-shaped values even without a key: TikTok's act./rft. tokens, JWTs
            {QRegularExpression(QStringLiteral(R"re(\b(?:act|rft|clt)\.[A-Za-z0-9!*._~\-]{16,})re")), mask},
            {QRegularExpression(
                 QStringLiteral(R"re(\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]+)re")),
             mask},
            // JSON: "access_token": "…"
            {re(QStringLiteral(R"re("(%1)"(\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(keys)),
             QStringLiteral(R"re("\1"\2")re") + mask + QLatin1Char('"')},
            // URL query, form body, key=value or key: value text
            {re(QStringLiteral(R"re(\b(%1)(["']?\s*[=:]\s*["']?)[^\s&,;"'<>}]+)re").arg(keys)),
             QStringLiteral(R"re(\1\2)re") + mask},
            // OAuth authorization code in a redirect URL or token request: code=…
            {re(QStringLiteral(R"re((?<![A-Za-z0-9_\-])(code=)[^\s&"'<>]+)re")),
             QStringLiteral(R"re(\1)re") + mask},
            // JSON "code": keep platform error identifiers ("ok", "rate_limit_exceeded"),
            // mask anything else (an authorization code).
            {QRegularExpression(
                 QStringLiteral(R"re("code"(\s*:\s*)"(?![a-z][a-z0-9_]{0,63}")(?:[^"\\]|\\.)*")re")),
             QStringLiteral(R"re("code"\1")re") + mask + QLatin1Char('"')},
        };
    }();
    return kRules;
}

} // namespace

QString SecretRedactor::redact(QStringView text)
{
    QString out = text.toString();
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

} // namespace montaj
