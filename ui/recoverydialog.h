#pragma once

#include "core/edit/recoverystore.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace montaj::ui {

// Shown at start-up when Montaj closed without saving (a crash, a power cut, a killed process):
// lists the autosaved projects and lets the user save each one back as a project file, or discard
// it. Nothing is deleted unless the user says so; "Decide later" keeps every autosave.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const RecoveryStore &store, QString projectsDir, QWidget *parent = nullptr);

    // Where to save a recovered project; the default asks with a file dialog. Tests replace it.
    void setSaveLocationChooser(std::function<QString(const QString &suggested)> chooser);
    // Offers "Open in editor": the handler takes the recovered document (true when it did; the
    // handler then owns the autosave's fate) and the dialog closes.
    using OpenHandler = std::function<bool(std::unique_ptr<ProjectDocument>, const RecoveryStore::Entry &)>;
    void setOpenHandler(OpenHandler handler);
    int remaining() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void recoverSelected();
    void openSelected();
    void discardSelected();
    const RecoveryStore::Entry *selected() const;
    QString suggestedPath(const RecoveryStore::Entry &entry) const;

    const RecoveryStore &m_store;
    QString m_projectsDir;
    QList<RecoveryStore::Entry> m_entries;
    std::function<QString(const QString &)> m_chooser;
    OpenHandler m_openHandler;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QPushButton *m_later;
};

} // namespace montaj::ui
