#pragma once

#include <QColor>
#include <QToolButton>

namespace montaj::ui {

// A swatch button for one colour of the inspector (text, outline, box, canvas background). A click
// opens the colour dialog; a different choice is reported once. Not a palette editor.
class InspectorColorButton : public QToolButton
{
    Q_OBJECT

public:
    explicit InspectorColorButton(QWidget *parent = nullptr);

    // Shows `color` without reporting it.
    void setColor(const QColor &color);
    QColor color() const { return m_color; }
    // Whether the dialog offers transparency (the text box colour does).
    void setAlphaAllowed(bool allowed) { m_alpha = allowed; }
    // What picking `color` in the dialog does: shows it and reports it when it differs.
    void choose(const QColor &color);

Q_SIGNALS:
    void colorEdited(const QColor &color);

private:
    void openDialog();
    void paintSwatch();

    QColor m_color{Qt::white};
    bool m_alpha = false;
};

} // namespace montaj::ui
