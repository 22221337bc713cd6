#pragma once

#include "core/capture/capturetypes.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace montaj::ui {

// The Record page's takes: the list of this session's takes with their durations (and whether
// the length limit ended one), "Delete last take", "Done" (the takes go to the editor) and the
// last take's frame counts in small print. Shows what it is given; the page acts on the clicks.
// Not a media bin.
class TakesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TakesPanel(QWidget *parent = nullptr);

    void setTakes(const QList<Take> &takes);
    void setStats(const CaptureStats &stats);
    void setDeleteEnabled(bool enabled);
    void setDoneEnabled(bool enabled);

    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *doneButton() const { return m_done; }
    QString statsText() const;

Q_SIGNALS:
    void deleteLastClicked();
    void doneClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshList();
    void refreshStats();

    QList<Take> m_takes;
    CaptureStats m_stats;
    bool m_hasStats = false;
    QLabel *m_title;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_delete;
    QPushButton *m_done;
    QLabel *m_statsLabel;
};

} // namespace montaj::ui
