#pragma once

#include "core/deals/dealtypes.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace montaj {

// A deal's attached files — the contract first, then briefs, drafts and proofs — as paths on this
// computer, opened with the system's application (QDesktopServices); Attach file…, Attach
// contract… and Remove ask the page through signals. Files are not copied. Not storage.
class FilesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPanel(QWidget *parent = nullptr);

    void show(const Deal &deal);
    QListWidget *list() const { return m_list; }
    QString currentPath() const;
    // Opens a file with the system's application; false when it does not exist or cannot open.
    static bool open(const QString &path);

Q_SIGNALS:
    void attachRequested(bool contract);
    void removeRequested(const QString &path);
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();

    Deal m_deal;
    QListWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_contract;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace montaj
