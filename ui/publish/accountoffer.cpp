#include "ui/publish/accountoffer.h"

#include "core/publish/store/workspaceservice.h"
#include "ui/platform/platformconnection.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/messagebar.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/publishtext.h"

#include <QTimeZone>

namespace montaj::ui {

AccountOffer::AccountOffer(WorkspaceService &service, PostCalendarModel &model, PlatformConnection *platform,
                           MessageBar &offer, MessageBar &messages, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model)
    , m_platform(platform)
    , m_offer(offer)
    , m_messages(messages)
{
    connect(&m_model, &PostCalendarModel::reloaded, this, &AccountOffer::refresh);
    if (m_platform)
        connect(m_platform, &PlatformConnection::changed, this, &AccountOffer::refresh);
}

void AccountOffer::refresh()
{
    if (!m_service.isOpen()) {
        m_offer.showMessage(tr("No workspace is open. Choose one in Settings → Workspace."),
                            MessageBar::Kind::Warning);
        return;
    }
    if (!m_model.isLoaded() || !m_model.accounts().isEmpty()) {
        m_offer.dismiss();
        return;
    }
    const bool signedIn = m_platform && m_platform->session().isSignedIn();
    if (signedIn && m_platform->usesSandbox()) {
        const QString name =
            m_platform->displayName().isEmpty() ? m_platform->session().openId : m_platform->displayName();
        m_offer.showAction(
            tr("This workspace has no accounts yet. Add the signed-in sandbox account %1 to schedule "
               "posts for it.")
                .arg(QString(QChar(0x200E) + name)),
            tr("Add account"), [this] { addSignedInAccount(); });
    } else {
        m_offer.showMessage(
            tr("This workspace has no accounts yet. Link an account in Settings → Accounts to add it "
               "here."));
    }
}

void AccountOffer::addSignedInAccount()
{
    if (!m_platform || !m_platform->session().isSignedIn())
        return;
    const AccountSession session = m_platform->session();
    WorkspaceAccount account;
    account.profileId = session.profileId;
    account.openId = session.openId;
    QString name = m_platform->displayName();
    if (name.startsWith(QLatin1Char('@')))
        name = name.mid(1);
    account.username = name;
    account.displayName = name;
    account.colour = AccountColours::suggestFor(m_model.accounts()).name();
    account.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_offer.dismiss();
    m_service.run<WorkspaceAccount>(
        this, [account](WorkspaceStore &store) { return store.saveAccount(account); },
        [this](Result<WorkspaceAccount> saved) {
            if (!saved) {
                m_messages.showMessage(saved.error().message, MessageBar::Kind::Error);
                refresh();
                return;
            }
            m_messages.showMessage(tr("%1 was added to this workspace.").arg(PublishText::handle(*saved)));
        });
}

} // namespace montaj::ui
