#include "ui/edit/inspectortimecodeedit.h"

#include "ui/edit/panelformat.h"

#include <QEvent>

namespace montaj::ui {

InspectorTimecodeEdit::InspectorTimecodeEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // Digits and colons read left to right in every language; the field still sits where the
    // layout puts it.
    setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    connect(this, &QLineEdit::editingFinished, this, &InspectorTimecodeEdit::commit);
    retranslate();
}

void InspectorTimecodeEdit::setTime(qint64 us, const Canvas &canvas)
{
    m_canvas = canvas;
    m_us = us;
    m_frame = PanelFormat::frameAt(us, canvas);
    m_shown = PanelFormat::timecodeOfFrame(m_frame, canvas);
    setText(m_shown);
}

void InspectorTimecodeEdit::commit()
{
    if (text() == m_shown)
        return;
    const auto frame = PanelFormat::parseTimecode(text(), m_canvas);
    if (!frame) {
        Q_EMIT invalidInput(
            tr("Type a time as hours:minutes:seconds:frames, for example %1.")
                .arg(PanelFormat::timecodeOfFrame(PanelFormat::timecodeBase(m_canvas) * 75 + 12, m_canvas)));
        return;
    }
    if (*frame == m_frame) {
        setText(m_shown);
        return;
    }
    Q_EMIT timeEdited(PanelFormat::frameStartUs(*frame, m_canvas));
}

void InspectorTimecodeEdit::retranslate()
{
    setPlaceholderText(PanelFormat::timecodeOfFrame(0, m_canvas));
    if (!m_shown.isEmpty() && text() == m_shown)
        setTime(m_us, m_canvas); // the locale's digits may have changed
}

void InspectorTimecodeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace montaj::ui
