#pragma once

#include "ui/edit/inspectorpage.h"

class QComboBox;
class QLabel;

namespace montaj {
struct Canvas;
}

namespace montaj::ui {

class InspectorColorButton;

// The inspector when nothing is selected: the project's canvas shape (9:16, 1:1, 4:5, 16:9), frame
// rate and background colour, and a line about its length. Each change is one setCanvas() call.
// Not for export settings (the export dialog's presets).
class InspectorProjectPage : public InspectorPage
{
    Q_OBJECT

public:
    explicit InspectorProjectPage(EditSession *session, QWidget *parent = nullptr);

    void refresh() override;

protected:
    void retranslate() override;

private:
    void apply(const Canvas &canvas);

    QComboBox *m_shape;
    QComboBox *m_rate;
    InspectorColorButton *m_background;
    QLabel *m_summary;
    QList<QLabel *> m_labels;
};

} // namespace montaj::ui
