#pragma once

#include "core/sandbox/internal/sandboxrecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace montaj::sandbox {

// The HTML the sandbox shows in the browser during sign-in: the consent page (account choice,
// one checkbox per requested scope, Authorize / Cancel posting back to the sandbox) and plain error
// pages. Every word is translatable. Not the OAuth logic (AuthorizeEndpoint).
class ConsentPage
{
    Q_DECLARE_TR_FUNCTIONS(ConsentPage)

public:
    struct Content
    {
        QString consentId;
        QString formAction;     // path the form posts to
        QString redirectTarget; // "127.0.0.1:PORT", shown so the user sees where the answer goes
        QStringList scopes;
        QList<SandboxAccount> accounts;
        QString preselectedOpenId;
    };

    static QString render(const Content &content);
    static QString error(const QString &title, const QString &message);
    static QString scopeDescription(const QString &scope);

private:
    static QString page(const QString &title, const QString &body);
};

} // namespace montaj::sandbox
