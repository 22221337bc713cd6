#pragma once

#include "core/capture/takesessions.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace montaj::ui {

// The Record page's offer after a crash: a session whose takes never reached the editor, with
// "Add to the editor" and "Leave them" (the files stay in the Takes folder either way).
class TakeRecoveryBar : public QFrame
{
    Q_OBJECT

public:
    explicit TakeRecoveryBar(QWidget *parent = nullptr);

    // Shows the first of `sessions`, hides when there is none.
    void setSessions(const QList<InterruptedSession> &sessions);
    const QList<InterruptedSession> &sessions() const { return m_sessions; }

Q_SIGNALS:
    void recoverRequested(const montaj::InterruptedSession &session);
    void dismissRequested(const montaj::InterruptedSession &session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<InterruptedSession> m_sessions;
    QLabel *m_text;
    QPushButton *m_recover;
    QPushButton *m_dismiss;
};

} // namespace montaj::ui
