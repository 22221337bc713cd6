#include "ui/edit/inspectormultipage.h"

#include "core/edit/projectvalidator.h"
#include "ui/edit/editsession.h"
#include "ui/edit/inspectorvolumecontrol.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace montaj::ui {

InspectorMultiPage::InspectorMultiPage(EditSession *session, QWidget *parent)
    : InspectorPage(session, parent)
    , m_summary(new QLabel(this))
    , m_volumeLabel(new QLabel(this))
    , m_volume(new InspectorVolumeControl(this))
    , m_mixed(new QLabel(this))
    , m_mute(new QCheckBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("inspectorMultiPage"));
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_volume->setObjectName(QStringLiteral("multiVolume"));
    m_mute->setObjectName(QStringLiteral("multiMute"));
    m_mixed->setObjectName(QStringLiteral("multiVolumeMixed"));
    m_summary->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_mixed->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_mixed->setForegroundRole(QPalette::PlaceholderText);
    m_volumeLabel->setBuddy(m_volume);

    auto *form = new QFormLayout;
    form->addRow(m_volumeLabel, m_volume);
    form->addRow(QString(), m_mixed);
    form->addRow(QString(), m_mute);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    connect(m_volume, &InspectorVolumeControl::volumeEdited, this, &InspectorMultiPage::setVolumeForAll);
    // Clicking a mixed box mutes them all; clicking a ticked one unmutes them all.
    connect(m_mute, &QCheckBox::clicked, this,
            [this] { setMutedForAll(m_mute->checkState() != Qt::Unchecked); });
    retranslate();
}

void InspectorMultiPage::setIds(const QStringList &ids)
{
    if (ids != m_ids)
        clearError();
    m_ids = ids;
    refresh();
}

QStringList InspectorMultiPage::clipIds() const
{
    QStringList clips;
    for (const QString &id : m_ids)
        if (document()->clip(id))
            clips << id;
    return clips;
}

void InspectorMultiPage::refresh()
{
    m_refreshing = true;
    const QStringList clips = clipIds();
    qsizetype texts = 0;
    for (const QString &id : m_ids)
        if (document()->overlay(id))
            ++texts;
    const int count = int(clips.size() + texts);
    QString summary = tr("%n item(s) selected", nullptr, count);
    if (!clips.isEmpty() && texts > 0)
        summary = tr("%1: %2 and %3")
                      .arg(summary, tr("%n clip(s)", nullptr, int(clips.size())),
                           tr("%n text(s)", nullptr, int(texts)));
    m_summary->setText(summary);

    QList<const Clip *> withSound;
    for (const QString &id : clips)
        if (const Clip *c = document()->clip(id); c && c->sourceHasAudio)
            withSound << c;
    const bool clipControls = !withSound.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_volumeLabel, m_volume, m_mute})
        w->setVisible(clipControls);
    bool sameVolume = true;
    int muted = 0;
    for (const Clip *c : std::as_const(withSound)) {
        sameVolume = sameVolume && c->volume == withSound.first()->volume;
        muted += c->muted ? 1 : 0;
    }
    if (clipControls) {
        m_volume->setVolume(withSound.first()->volume);
        m_mute->setCheckState(muted == 0                       ? Qt::Unchecked
                              : muted == int(withSound.size()) ? Qt::Checked
                                                               : Qt::PartiallyChecked);
    }
    m_mixed->setVisible(clipControls && !sameVolume);
    m_hint->setVisible(!clipControls);
    m_refreshing = false;
}

void InspectorMultiPage::applyToClips(const QString &text, const QStringList &ids,
                                      const std::function<Result<void>(const QString &)> &verb)
{
    if (ids.isEmpty())
        return;
    QUndoStack *stack = document()->undoStack();
    stack->beginMacro(text);
    std::optional<Error> failure;
    for (const QString &id : ids) {
        if (auto r = verb(id); !r) {
            failure = r.error();
            break;
        }
    }
    stack->endMacro();
    if (failure) {
        stack->undo(); // checked beforehand, so this is not expected: never leave half an edit
        showError(failure->message);
        return;
    }
    clearError();
}

void InspectorMultiPage::setVolumeForAll(double gain)
{
    if (m_refreshing)
        return;
    if (!report(ProjectValidator::checkVolume(gain)))
        return;
    QStringList changing;
    for (const QString &id : clipIds())
        if (const Clip *c = document()->clip(id); c && c->sourceHasAudio && c->volume != gain)
            changing << id;
    applyToClips(tr("Change the volume of %n clip(s)", nullptr, int(changing.size())), changing,
                 [this, gain](const QString &id) { return document()->setClipVolume(id, gain); });
}

void InspectorMultiPage::setMutedForAll(bool muted)
{
    if (m_refreshing)
        return;
    QStringList changing;
    for (const QString &id : clipIds())
        if (const Clip *c = document()->clip(id); c && c->sourceHasAudio && c->muted != muted)
            changing << id;
    const int n = int(changing.size());
    applyToClips(muted ? tr("Mute %n clip(s)", nullptr, n) : tr("Unmute %n clip(s)", nullptr, n), changing,
                 [this, muted](const QString &id) { return document()->setClipMuted(id, muted); });
    refresh(); // a click on a mixed box must show the new state even when nothing changed
}

void InspectorMultiPage::retranslate()
{
    m_volumeLabel->setText(tr("Volume"));
    m_mixed->setText(tr("The clips have different volumes; a change sets them all."));
    m_mute->setText(tr("Mute"));
    m_mute->setToolTip(tr("Mute or unmute every selected clip"));
    m_hint->setText(tr("Select a single item to edit it."));
    if (!m_refreshing)
        refresh();
}

} // namespace montaj::ui
