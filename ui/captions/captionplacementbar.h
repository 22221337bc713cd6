#pragma once

#include "core/captions/captiontypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace montaj::ui {

// The Captions tab's row for where captions go: their height in the picture (the centre of the
// caption block, in percent from the top; the renderer keeps it inside the platform's safe area)
// and where an export puts them — burned into the picture, as a soft subtitle track in the MP4,
// or both. Shows a track's values and asks for changes; the panel turns them into undoable edits.
class CaptionPlacementBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaptionPlacementBar(QWidget *parent = nullptr);

    void showTrack(const CaptionTrack &track);

Q_SIGNALS:
    void positionRequested(double verticalPosition);
    void outputRequested(const CaptionOutput &output);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitOutput();

    QLabel *m_positionLabel;
    QSpinBox *m_position;
    QCheckBox *m_burnIn;
    QCheckBox *m_subtitleTrack;
};

} // namespace montaj::ui
