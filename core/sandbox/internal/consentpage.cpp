#include "core/sandbox/internal/consentpage.h"

namespace montaj::sandbox {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ConsentPage::scopeDescription(const QString &scope)
{
    if (scope == QLatin1String("user.info.basic"))
        return tr("Read your profile info (avatar, display name)");
    if (scope == QLatin1String("user.info.profile"))
        return tr("Read your profile details (username, bio, verified badge)");
    if (scope == QLatin1String("user.info.stats"))
        return tr("Read your statistics (followers, following, likes, number of videos)");
    if (scope == QLatin1String("video.list"))
        return tr("Read your public videos and their view, like, comment and share counts");
    if (scope == QLatin1String("video.publish"))
        return tr("Post videos directly to your profile");
    if (scope == QLatin1String("video.upload"))
        return tr("Send videos to your inbox as drafts for you to finish");
    return scope;
}

QString ConsentPage::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                          "<title>")
           + esc(title)
           + QStringLiteral(
               "</title><style>body{font-family:sans-serif;background:#f4f4f6;margin:0}"
               "main{max-width:32rem;margin:3rem auto;background:#fff;padding:2rem;"
               "border-radius:12px;box-shadow:0 2px 12px #0002}"
               "fieldset{border:1px solid #ddd;border-radius:8px;margin:1rem 0}"
               "label{display:block;margin:.4rem 0}"
               "button{font-size:1rem;padding:.6rem 1.4rem;margin-inline-end:.6rem;border-radius:6px}"
               ".approve{background:#fe2c55;color:#fff;border:0}.note{color:#666;font-size:.9rem}"
               "</style></head><body><main>")
           + body + QStringLiteral("</main></body></html>\n");
}

QString ConsentPage::render(const Content &content)
{
    QString body = QStringLiteral("<h1>") + esc(tr("Montaj wants to access your sandbox account"))
                   + QStringLiteral("</h1><p class=\"note\">")
                   + esc(tr("This is the Montaj platform sandbox: nothing leaves this computer. Your answer "
                            "goes back to the app at %1.")
                             .arg(content.redirectTarget))
                   + QStringLiteral("</p><form method=\"post\" action=\"") + esc(content.formAction)
                   + QStringLiteral("\"><input type=\"hidden\" name=\"consent_id\" value=\"")
                   + esc(content.consentId) + QStringLiteral("\"><fieldset><legend>") + esc(tr("Sign in as"))
                   + QStringLiteral("</legend>");
    for (const SandboxAccount &account : content.accounts) {
        const bool checked = account.openId == content.preselectedOpenId;
        body +=
            QStringLiteral("<label><input type=\"radio\" name=\"account\" value=\"") + esc(account.openId)
            + (checked ? QStringLiteral("\" checked> ") : QStringLiteral("\"> "))
            + esc(tr("%1 (@%2)").arg(account.displayName, account.username))
            + (account.isPrivate ? QString(QStringLiteral(" — ") + esc(tr("private account"))) : QString())
            + QStringLiteral("</label>");
    }
    body += QStringLiteral("</fieldset><fieldset><legend>") + esc(tr("Allow Montaj to"))
            + QStringLiteral("</legend>");
    for (const QString &scope : content.scopes)
        body += QStringLiteral("<label><input type=\"checkbox\" name=\"scope\" value=\"") + esc(scope)
                + QStringLiteral("\" checked> ") + esc(scopeDescription(scope)) + QStringLiteral(" <code>")
                + esc(scope) + QStringLiteral("</code></label>");
    body +=
        QStringLiteral("</fieldset><p class=\"note\">")
        + esc(tr("Untick anything you do not want to share. You can withdraw access at any time."))
        + QStringLiteral("</p><button class=\"approve\" type=\"submit\" name=\"decision\" value=\"approve\">")
        + esc(tr("Authorize"))
        + QStringLiteral("</button><button type=\"submit\" name=\"decision\" value=\"deny\">")
        + esc(tr("Cancel")) + QStringLiteral("</button></form>");
    return page(tr("Authorize Montaj"), body);
}

QString ConsentPage::error(const QString &title, const QString &message)
{
    return page(title, QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") + esc(message)
                           + QStringLiteral("</p>"));
}

} // namespace montaj::sandbox
