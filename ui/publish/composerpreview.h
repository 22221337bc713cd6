#pragma once

#include <QFrame>
#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QSlider;

namespace montaj::ui {

// The composer's preview: the cover frame (decoded off the UI thread at the chosen time), a
// slider to choose it, and the post as it will go out: account, caption, audience, labels and time.
// Reports the video's length once known. Not a player.
class ComposerPreview : public QFrame
{
    Q_OBJECT

public:
    explicit ComposerPreview(QWidget *parent = nullptr);
    ~ComposerPreview() override;

    // A video file, or a Montaj project (rendered when publishing: no frame to show yet).
    void setMedia(const QString &path, bool isProject);
    void setCoverMs(qint64 ms);
    qint64 coverMs() const { return m_coverMs; }
    qint64 durationMs() const { return m_durationMs; } // -1 until known
    bool isLoading() const { return m_loading; }
    bool hasFrame() const { return !m_frame.isNull(); }

    struct Summary
    {
        QString account;
        QString caption;
        QString audience;
        QString labels;
        QString when;
    };
    void setSummary(const Summary &summary);

Q_SIGNALS:
    void durationKnown(qint64 ms);
    void coverChanged(qint64 ms);
    void frameLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Frame
    {
        QImage image;
        qint64 durationMs = -1;
        QString error;
    };
    void load();
    void showFrame();
    void retranslate();

    QLabel *m_title;
    QLabel *m_cover;
    QSlider *m_coverSlider;
    QLabel *m_coverLabel;
    QLabel *m_account;
    QLabel *m_caption;
    QLabel *m_details;
    QFutureWatcher<Frame> m_watcher;
    QString m_path;
    bool m_isProject = false;
    qint64 m_coverMs = 0;
    qint64 m_durationMs = -1;
    QImage m_frame;
    QString m_error;
    bool m_loading = false;
    bool m_reloadAfter = false;
    Summary m_summary;
};

} // namespace montaj::ui
