#pragma once

#include "core/publish/posttypes.h"
#include "core/reach/reachdraft.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace montaj::ui {

// The draft the Reach page estimates: one of the account's scheduled posts or typed values —
// caption, time (in the account's zone), duration, photo or video, captions, disclosure. Emits
// draftChanged() on every edit (the page throttles). Not the composer: nothing is saved here.
class ReachDraftPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReachDraftPanel(QWidget *parent = nullptr);

    // The account's posts that are not out yet (offered as drafts) and the audience's time zone.
    void setPosts(const QList<Post> &posts, const QTimeZone &zone);
    ReachDraft draft() const;
    // The selected scheduled post's id (empty for typed values).
    QString postId() const;
    // Sets the posting time (shown in the audience's zone).
    void setPostTime(const QDateTime &utc);

Q_SIGNALS:
    void draftChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choosePost(int index);

    QList<Post> m_posts;
    QTimeZone m_zone = QTimeZone::utc();
    QComboBox *m_source;
    QLabel *m_captionLabel;
    QPlainTextEdit *m_caption;
    QLabel *m_timeLabel;
    QDateTimeEdit *m_time;
    QLabel *m_durationLabel;
    QSpinBox *m_duration;
    QCheckBox *m_photo;
    QCheckBox *m_captions;
    QCheckBox *m_disclosed;
};

} // namespace montaj::ui
