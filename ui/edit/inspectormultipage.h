#pragma once

#include "ui/edit/inspectorpage.h"

#include <QStringList>

#include <functional>

class QCheckBox;
class QLabel;

namespace montaj::ui {

class InspectorVolumeControl;

// The inspector for several selected items: says how many clips and texts are selected and offers
// what they share: for clips, volume and mute. A change applies to every selected clip as ONE undo
// step (an undo macro). Not for editing texts together.
class InspectorMultiPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit InspectorMultiPage(EditSession *session, QWidget *parent = nullptr);

    void setIds(const QStringList &ids);
    void refresh() override;
    // What the controls do, for tests and menus.
    void setVolumeForAll(double gain);
    void setMutedForAll(bool muted);

protected:
    void retranslate() override;

private:
    QStringList clipIds() const;
    // Runs `verb` for each id as one undo step named `text`; every verb has been checked first.
    void applyToClips(const QString &text, const QStringList &ids,
                      const std::function<Result<void>(const QString &)> &verb);

    QStringList m_ids;
    QLabel *m_summary;
    QLabel *m_volumeLabel;
    InspectorVolumeControl *m_volume;
    QLabel *m_mixed;
    QCheckBox *m_mute;
    QLabel *m_hint;
};

} // namespace montaj::ui
