#pragma once

#include "ui/edit/inspectorpage.h"

#include <functional>

class QCheckBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QTextEdit;
class QSpinBox;

namespace montaj {
struct TextOverlay;
}

namespace montaj::ui {

class InspectorColorButton;
class InspectorTimecodeEdit;

// The inspector for one text overlay: its words (several lines, any script and direction), font,
// size, weight, colours, outline, box, position on the canvas (percent) and start and end on the
// timeline. Each edit is one updateOverlay() call; the words are applied when the field loses the
// focus or on Ctrl+Enter.
class InspectorTextPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit InspectorTextPage(EditSession *session, QWidget *parent = nullptr);

    void setOverlayId(const QString &id);
    QString overlayId() const { return m_id; }
    void refresh() override;
    // Applies the words typed so far (what leaving the field does).
    void commitText();

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const TextOverlay *overlay() const;
    // Copies the overlay, lets `change` edit the copy and applies it as one step.
    void edit(const std::function<void(TextOverlay &)> &change);
    void editNumbers();
    void keepParagraphDirections();

    QString m_id;
    QTextEdit *m_text;
    QFontComboBox *m_font;
    QDoubleSpinBox *m_size;
    QCheckBox *m_bold;
    InspectorColorButton *m_color;
    InspectorColorButton *m_outlineColor;
    QSpinBox *m_outlineWidth;
    QCheckBox *m_box;
    InspectorColorButton *m_boxColor;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    InspectorTimecodeEdit *m_start;
    InspectorTimecodeEdit *m_end;
    QList<double> m_shownNumbers; // size, outline, x, y as last shown
    QList<QLabel *> m_labels;
};

} // namespace montaj::ui
