#include "ui/reach/reachdraftpanel.h"

#include "ui/reach/postdraft.h"
#include "ui/reach/reachdraftsourcebox.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace montaj::ui {

ReachDraftPanel::ReachDraftPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_source(new ReachDraftSourceBox(this))
    , m_openProject(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_captionLabel(new QLabel(this))
    , m_caption(new QPlainTextEdit(this))
    , m_timeLabel(new QLabel(this))
    , m_time(new QDateTimeEdit(this))
    , m_durationLabel(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_photo(new QCheckBox(this))
    , m_captions(new QCheckBox(this))
    , m_disclosed(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reachDraft"));
    m_openProject->setObjectName(QStringLiteral("reachOpenProject"));
    m_note->setObjectName(QStringLiteral("reachDraftNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_caption->setMaximumHeight(90);
    m_caption->setObjectName(QStringLiteral("reachCaption"));
    m_time->setCalendarPopup(true);
    m_time->setObjectName(QStringLiteral("reachTime"));
    m_time->setTimeSpec(Qt::UTC); // wall-clock time in the audience's zone, kept free of this machine's DST
    setPostTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_duration->setRange(1, 3600); // uploads may last up to an hour
    m_duration->setValue(30);
    m_duration->setObjectName(QStringLiteral("reachDuration"));
    m_captions->setObjectName(QStringLiteral("reachHasCaptions"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_openProject);
    auto *form = new QFormLayout(this);
    form->addRow(sourceRow);
    form->addRow(m_note);
    form->addRow(m_captionLabel, m_caption);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_durationLabel, m_duration);
    form->addRow(m_photo);
    form->addRow(m_captions);
    form->addRow(m_disclosed);
    rebuildSources();
    connect(m_source, &QComboBox::activated, this, &ReachDraftPanel::choose);
    connect(m_openProject, &QPushButton::clicked, this, &ReachDraftPanel::askProjectFile);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &ReachDraftPanel::draftChanged);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ReachDraftPanel::draftChanged);
    connect(m_duration, &QSpinBox::valueChanged, this, &ReachDraftPanel::draftChanged);
    for (QCheckBox *box : {m_photo, m_captions, m_disclosed})
        connect(box, &QCheckBox::toggled, this, &ReachDraftPanel::draftChanged);
    connect(m_photo, &QCheckBox::toggled, m_duration, &QWidget::setDisabled);
    // The user's own changes (programmatic ones are signal-blocked): a project's note no longer
    // describes the values.
    connect(m_duration, &QSpinBox::valueChanged, this, &ReachDraftPanel::valuesEditedHere);
    for (QCheckBox *box : {m_photo, m_captions})
        connect(box, &QCheckBox::toggled, this, &ReachDraftPanel::valuesEditedHere);
    retranslate();
}

void ReachDraftPanel::setPosts(const QList<Post> &posts, const QTimeZone &zone)
{
    m_posts = posts;
    const QDateTime chosen = draft().postAtUtc;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    {
        const QSignalBlocker block(m_time);
        setPostTime(chosen);
    }
    rebuildSources();
}

void ReachDraftPanel::setEditProject(const QString &name, const ProjectReachFacts &facts)
{
    const bool renamed = name != m_editProjectName;
    const bool changed = !facts.sameDraftAs(m_editProject); // an added text overlay changes nothing here
    m_editProjectName = name;
    m_editProject = facts;
    if (renamed)
        rebuildSources();
    if (changed && m_source->currentSource() == Source::EditProject)
        applyProject(facts); // the Edit page's changes reach the estimate as they are made
}

bool ReachDraftPanel::openProjectFile(const QString &path)
{
    const auto facts = ProjectReachFacts::read(path);
    if (!facts) {
        showProblem(Problem::UnusableProject, facts.error(), path);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_projectFiles.contains(absolute))
        m_projectFiles.append(absolute);
    rebuildSources();
    m_source->setCurrentIndex(m_source->indexOf(Source::ProjectFile, absolute));
    applyProject(*facts);
    return true;
}

QString ReachDraftPanel::sourceNote() const
{
    return m_note->text();
}

void ReachDraftPanel::askProjectFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a project as the draft"), QString(),
                                                      tr("Montaj projects (*.montaj);;All files (*)"));
    if (!path.isEmpty())
        openProjectFile(path);
}

void ReachDraftPanel::rebuildSources()
{
    const Source before = m_source->currentSource();
    if (!m_source->rebuild(m_posts, m_zone, m_editProjectName, m_projectFiles) && before != Source::Typed) {
        m_shownProject.reset(); // what it came from is gone: the values stay, as typed ones
        m_problem = Problem::None;
        retranslate();
    }
}

void ReachDraftPanel::choose(int index)
{
    m_shownProject.reset();
    m_problem = Problem::None;
    const QString key = m_source->keyAt(index);
    switch (m_source->sourceAt(index)) {
    case Source::Typed: retranslate(); return;
    case Source::Post:
        for (const Post &p : m_posts)
            if (p.id == key)
                choosePost(p);
        return;
    case Source::EditProject: applyProject(m_editProject); return;
    case Source::ProjectFile: {
        const auto facts = ProjectReachFacts::read(key); // as it is on disk now
        if (facts) {
            applyProject(*facts);
            return;
        }
        // Gone or broken since it was opened: no longer offered; the values stay, as typed ones.
        m_projectFiles.removeAll(key);
        rebuildSources();
        m_source->setCurrentIndex(0);
        showProblem(Problem::UnusableProject, facts.error(), key);
        return;
    }
    }
}

void ReachDraftPanel::choosePost(const Post &p)
{
    const PostDraft post = PostDraft::of(p, m_zone);
    {
        const QSignalBlocker a(m_caption);
        const QSignalBlocker b(m_time);
        const QSignalBlocker c(m_disclosed);
        m_caption->setPlainText(post.draft.caption);
        if (post.draft.postAtUtc.isValid())
            setPostTime(post.draft.postAtUtc);
        m_disclosed->setChecked(post.draft.disclosed.value_or(false));
    }
    showVideo(post.draft);
    if (post.project) {
        m_shownProject = *post.project;
    } else if (post.projectError) {
        m_problem = Problem::UnreadablePostProject;
        m_problemError = *post.projectError;
        m_problemPath = post.projectPath;
    }
    retranslate();
    Q_EMIT draftChanged();
}

void ReachDraftPanel::applyProject(const ProjectReachFacts &facts)
{
    showVideo(facts.appliedTo(ReachDraft{}));
    m_shownProject = facts;
    m_problem = Problem::None;
    retranslate();
    Q_EMIT draftChanged();
}

void ReachDraftPanel::showVideo(const ReachDraft &d)
{
    const QSignalBlocker a(m_photo);
    const QSignalBlocker b(m_duration);
    const QSignalBlocker c(m_captions);
    m_photo->setChecked(d.isPhoto);
    m_duration->setEnabled(!d.isPhoto);
    if (d.durationSec > 0)
        m_duration->setValue(std::clamp(d.durationSec, m_duration->minimum(), m_duration->maximum()));
    if (d.hasCaptions)
        m_captions->setChecked(*d.hasCaptions);
}

void ReachDraftPanel::showProblem(Problem problem, const Error &error, const QString &path)
{
    m_shownProject.reset();
    m_problem = problem;
    m_problemError = error;
    m_problemPath = path;
    retranslate();
}

void ReachDraftPanel::valuesEditedHere()
{
    if (!m_shownProject)
        return;
    m_shownProject.reset();
    retranslate();
}

QString ReachDraftPanel::projectNote(const ProjectReachFacts &facts) const
{
    const QString facts1 = facts.isEmpty()
                               ? tr("The project's timeline is empty: type the video's duration.")
                               : (facts.hasCaptions ? tr("From the project: %1 of video, with captions.")
                                                    : tr("From the project: %1 of video, without captions."))
                                     .arg(tr("%1 s").arg(QLocale().toString(facts.durationSec)));
    return facts1 + u' ' + tr("A project holds no post caption or time: type the ones you will post.");
}

ReachDraft ReachDraftPanel::draft() const
{
    ReachDraft d;
    d.postAtUtc = QDateTime(m_time->date(), m_time->time(), m_zone).toUTC();
    d.isPhoto = m_photo->isChecked();
    d.durationSec = d.isPhoto ? -1 : m_duration->value();
    d.caption = m_caption->toPlainText();
    d.hasCaptions = m_captions->isChecked();
    d.disclosed = m_disclosed->isChecked();
    d.audienceZone = m_zone;
    return d;
}

QString ReachDraftPanel::postId() const
{
    return m_source->currentSource() == Source::Post ? m_source->currentKey() : QString();
}

void ReachDraftPanel::setPostTime(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(m_zone);
    m_time->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), QTimeZone::utc()));
}

void ReachDraftPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_problem != Problem::None) { // the file's own message, in the new language too
            const auto again = ProjectReachFacts::read(m_problemPath);
            if (!again)
                m_problemError = again.error();
        }
        rebuildSources();
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void ReachDraftPanel::retranslate()
{
    setTitle(tr("Draft"));
    // The fields show numbers and the date the way the chosen language writes them.
    m_time->setLocale(QLocale());
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_duration->setLocale(QLocale());
    m_source->setToolTip(tr("Estimate one of this account's scheduled posts, a project, or typed values."));
    m_openProject->setText(tr("Open project…"));
    m_openProject->setToolTip(tr("Use a Montaj project's length and captions as the draft."));
    m_captionLabel->setText(tr("Caption"));
    m_caption->setPlaceholderText(tr("Caption with #hashtags"));
    m_timeLabel->setText(tr("Posting time"));
    m_durationLabel->setText(tr("Duration"));
    m_duration->setSuffix(tr(" s"));
    m_photo->setText(tr("Photo post"));
    m_captions->setText(tr("Has captions (subtitles)"));
    m_disclosed->setText(tr("Commercial content disclosed"));
    QString note;
    if (m_problem == Problem::UnusableProject)
        note = tr("This project cannot be used: %1").arg(m_problemError.toString());
    else if (m_problem == Problem::UnreadablePostProject)
        note = tr("The post's project cannot be read, so its duration and captions are not known: %1")
                   .arg(m_problemError.toString());
    else if (m_shownProject)
        note = projectNote(*m_shownProject);
    const bool problem = m_problem != Problem::None;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_note->setProperty("problem", problem);
    m_note->setStyleSheet(problem ? QStringLiteral("color: palette(link-visited);") : QString());
}

} // namespace montaj::ui
