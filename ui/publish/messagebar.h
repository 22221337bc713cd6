#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace montaj::ui {

// A strip across the top of a page that says something and may offer one action: a DST warning after
// a move, an error, "imported 12 posts", "add the signed-in account". Closed with its × button or
// replaced by the next message. Not a dialog.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    // With an action button; `action` runs when it is pressed.
    void showAction(const QString &text, const QString &actionText, std::function<void()> action);
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyKind();

    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    std::function<void()> m_run;
    Kind m_kind = Kind::Information;
    bool m_applying = false;
};

} // namespace montaj::ui
