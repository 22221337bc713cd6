#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class EditSession;
class InspectorClipPage;
class InspectorMultiPage;
class InspectorProjectPage;
class InspectorTextPage;

// The Edit page's inspector: shows and edits what is selected (a clip, a text overlay, several
// items) or, with nothing selected, the project settings. Every change is exactly one document verb
// and one undo step; it follows undo, redo and edits made elsewhere without echoing them back. Not
// for the media bin nor for export settings.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Project, Clip, Text, Several };

    explicit InspectorPanel(EditSession *session, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    InspectorClipPage *clipPage() const { return m_clip; }
    InspectorTextPage *textPage() const { return m_text; }
    InspectorMultiPage *multiPage() const { return m_multi; }
    InspectorProjectPage *projectPage() const { return m_project; }
    // The inline error of the page on show, empty when there is none.
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void watch(ProjectDocument *document);
    void showSelection();
    void refresh();
    void retranslate();

    EditSession *m_session;
    QPointer<ProjectDocument> m_watched;
    QLabel *m_title;
    QStackedWidget *m_stack;
    InspectorProjectPage *m_project;
    InspectorClipPage *m_clip;
    InspectorTextPage *m_text;
    InspectorMultiPage *m_multi;
    Mode m_mode = Mode::Project;
};

} // namespace montaj::ui
