#pragma once

#include <QString>
#include <QStringView>

namespace montaj {

// Masks secrets in text before it reaches a log, a file or a crash report: OAuth access and
// refresh tokens, authorization codes, PKCE verifiers, client secrets, id tokens and
// Authorization headers, in URLs, form bodies, JSON and "key: value" text. A safety net behind the
// rule that code never logs secrets, not a licence to log them.
class SecretRedactor
{
public:
    static inline const QString kMask = QStringLiteral("<redacted>");

    // Returns the text with every recognised secret value replaced by kMask.
    static QString redact(QStringView text);
    // Cheap check used by tests and by callers that must refuse to persist secrets.
    static bool containsSecret(QStringView text) { return redact(text) != text; }
};

} // namespace montaj
