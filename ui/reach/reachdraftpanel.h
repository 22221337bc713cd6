#pragma once

#include "core/publish/posttypes.h"
#include "core/reach/projectdraft.h"
#include "core/reach/reachdraft.h"
#include "ui/reach/reachdraftsourcebox.h"

#include <QGroupBox>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace montaj::ui {

// The draft the Reach page estimates: one of the account's scheduled posts, the project open on
// the Edit page, a project file, or typed values — caption, time (in the account's zone),
// duration, photo or video, captions, disclosure. A project gives the video's length and captions
// (and follows the Edit page's changes); caption and time stay the user's. Emits draftChanged() on
// every edit (the page throttles). Not the composer: nothing is saved here.
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
    // The project open on the Edit page, offered as a draft and followed while chosen. An empty
    // name withdraws it (nothing open, or an empty untitled project).
    void setEditProject(const QString &name, const ProjectReachFacts &facts);
    // Reads a project file, offers it and chooses it; false (and the reason shown) when unreadable.
    bool openProjectFile(const QString &path);
    // What the draft comes from, said under the choice (project facts, or why a project is unusable).
    QString sourceNote() const;

Q_SIGNALS:
    void draftChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    using Source = ReachDraftSourceBox::Source;
    enum class Problem { None, UnusableProject, UnreadablePostProject };

    void retranslate();
    void rebuildSources();
    void choose(int index);
    void choosePost(const Post &post);
    void applyProject(const ProjectReachFacts &facts);
    // Photo or video, duration (when known) and captions (when known) from d, without signals.
    void showVideo(const ReachDraft &d);
    void showProblem(Problem problem, const Error &error, const QString &path);
    void valuesEditedHere();
    void askProjectFile();
    QString projectNote(const ProjectReachFacts &facts) const;

    QList<Post> m_posts;
    QString m_editProjectName;
    ProjectReachFacts m_editProject;
    QStringList m_projectFiles;                      // opened here, offered until the page closes
    std::optional<ProjectReachFacts> m_shownProject; // the facts the note describes
    Problem m_problem = Problem::None; // with m_problemError: said in the note, in the current language
    Error m_problemError;
    QString m_problemPath; // the project the problem is about: read again for a new language
    QTimeZone m_zone = QTimeZone::utc();
    ReachDraftSourceBox *m_source;
    QPushButton *m_openProject;
    QLabel *m_note;
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
