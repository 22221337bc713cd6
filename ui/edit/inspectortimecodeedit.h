#pragma once

#include "core/edit/projecttypes.h"

#include <QLineEdit>

namespace montaj::ui {

// A time field for the inspector: shows HH:MM:SS:FF at the canvas rate and reports the frame-exact
// time the user typed once, when they press Enter or leave the field, and only when it names
// another frame. Its owner names it (tooltip, accessible name). Not a player control and not for
// free-running clocks.
class InspectorTimecodeEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit InspectorTimecodeEdit(QWidget *parent = nullptr);

    // Shows `us` (rounded to its frame) without reporting anything.
    void setTime(qint64 us, const Canvas &canvas);
    qint64 time() const { return m_us; }
    qint64 frame() const { return m_frame; }

Q_SIGNALS:
    // The start of the frame the user typed (a frame other than the one shown).
    void timeEdited(qint64 us);
    // What the user typed is not a timecode; the message says what is expected.
    void invalidInput(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void commit();
    void retranslate();

    Canvas m_canvas;
    qint64 m_us = 0;
    qint64 m_frame = 0;
    QString m_shown;
};

} // namespace montaj::ui
