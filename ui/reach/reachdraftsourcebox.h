#pragma once

#include "core/publish/posttypes.h"

#include <QComboBox>
#include <QTimeZone>

namespace montaj::ui {

// The list of what a Reach draft comes from: typed values, the account's scheduled posts, the
// project open on the Edit page and project files opened on the page, in that order. Keeps the
// choice when the list is rebuilt (new posts, a renamed project, another language). Not where a
// choice is applied to the draft (ReachDraftPanel).
class ReachDraftSourceBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Source { Typed, Post, EditProject, ProjectFile };

    explicit ReachDraftSourceBox(QWidget *parent = nullptr);

    // Fills the list again, without signals. False when the item chosen before is gone (typed
    // values are chosen instead).
    bool rebuild(const QList<Post> &posts, const QTimeZone &zone, const QString &editProjectName,
                 const QStringList &projectFiles);
    Source sourceAt(int index) const;
    QString keyAt(int index) const; // a post's id or a project file's path
    Source currentSource() const { return sourceAt(currentIndex()); }
    QString currentKey() const { return keyAt(currentIndex()); }
    int indexOf(Source source, const QString &key = {}) const;

private:
    void addSource(const QString &text, Source source, const QString &key);
};

} // namespace montaj::ui
