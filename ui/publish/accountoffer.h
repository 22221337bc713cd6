#pragma once

#include <QObject>

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

class MessageBar;
class PlatformConnection;
class PostCalendarModel;

// The Publish page's word about accounts when the workspace has none: with a signed-in sandbox
// session, an offer to add that account (its username, open_id and profile; nothing is added
// without the click); otherwise where to link one. Also says when no workspace is open.
class AccountOffer : public QObject
{
    Q_OBJECT

public:
    AccountOffer(WorkspaceService &service, PostCalendarModel &model, PlatformConnection *platform,
                 MessageBar &offer, MessageBar &messages, QObject *parent = nullptr);

    void refresh();
    void addSignedInAccount();

private:
    WorkspaceService &m_service;
    PostCalendarModel &m_model;
    PlatformConnection *m_platform;
    MessageBar &m_offer;
    MessageBar &m_messages;
};

} // namespace montaj::ui
