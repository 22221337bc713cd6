#include "ui/reach/reachdraftsourcebox.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace montaj::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;        // a post's id or a project file's path
constexpr int kSourceRole = Qt::UserRole + 1; // Source

} // namespace

ReachDraftSourceBox::ReachDraftSourceBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("reachDraftSource"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
}

bool ReachDraftSourceBox::rebuild(const QList<Post> &posts, const QTimeZone &zone,
                                  const QString &editProjectName, const QStringList &projectFiles)
{
    const Source source = currentSource();
    const QString key = currentKey();
    const QSignalBlocker block(this);
    clear();
    addSource(tr("Typed values"), Source::Typed, QString());
    for (const Post &p : posts) {
        const QString when = p.scheduled.utc.isValid()
                                 ? QLocale().toString(p.scheduled.utc.toTimeZone(zone), QLocale::ShortFormat)
                                 : tr("not scheduled");
        const QString title = p.caption.left(40).simplified();
        addSource(tr("%1 — %2").arg(when, title.isEmpty() ? tr("(no caption)") : title), Source::Post, p.id);
    }
    if (!editProjectName.isEmpty())
        addSource(tr("Project on the Edit page: %1").arg(editProjectName), Source::EditProject, QString());
    for (const QString &path : projectFiles) {
        addSource(tr("Project: %1").arg(QFileInfo(path).fileName()), Source::ProjectFile, path);
        setItemData(count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    const int restore = indexOf(source, key);
    setCurrentIndex(std::max(0, restore));
    return restore >= 0;
}

ReachDraftSourceBox::Source ReachDraftSourceBox::sourceAt(int index) const
{
    const QVariant v = itemData(index, kSourceRole);
    return v.isValid() ? Source(v.toInt()) : Source::Typed;
}

QString ReachDraftSourceBox::keyAt(int index) const
{
    return itemData(index, kKeyRole).toString();
}

int ReachDraftSourceBox::indexOf(Source source, const QString &key) const
{
    for (int i = 0; i < count(); ++i)
        if (sourceAt(i) == source
            && (source == Source::Typed || source == Source::EditProject || keyAt(i) == key))
            return i;
    return -1;
}

void ReachDraftSourceBox::addSource(const QString &text, Source source, const QString &key)
{
    addItem(text);
    setItemData(count() - 1, key, kKeyRole);
    setItemData(count() - 1, int(source), kSourceRole);
}

} // namespace montaj::ui
