#include "ui/edit/inspectorpanel.h"

#include "ui/edit/editsession.h"
#include "ui/edit/inspectorclippage.h"
#include "ui/edit/inspectormultipage.h"
#include "ui/edit/inspectorprojectpage.h"
#include "ui/edit/inspectortextpage.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace montaj::ui {

InspectorPanel::InspectorPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_project(new InspectorProjectPage(session, m_stack))
    , m_clip(new InspectorClipPage(session, m_stack))
    , m_text(new InspectorTextPage(session, m_stack))
    , m_multi(new InspectorMultiPage(session, m_stack))
{
    setObjectName(QStringLiteral("inspectorPanel"));
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QWidget *page : std::initializer_list<QWidget *>{m_project, m_clip, m_text, m_multi})
        m_stack->addWidget(page);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);

    connect(session, &EditSession::selectionChanged, this, &InspectorPanel::showSelection);
    connect(session, &EditSession::documentChanged, this, [this](ProjectDocument *document) {
        watch(document);
        showSelection();
    });
    watch(session->document());
    showSelection();
    retranslate();
}

void InspectorPanel::watch(ProjectDocument *document)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = document;
    // Undo, redo and edits from elsewhere: show the document's values again (no edit is sent).
    connect(document, &ProjectDocument::changed, this, &InspectorPanel::refresh);
}

void InspectorPanel::showSelection()
{
    if (m_stack->currentWidget() == m_text)
        m_text->commitText(); // words typed for the text that was selected are not lost
    const QStringList ids = m_session->selection();
    const ProjectDocument *doc = m_session->document();
    if (ids.isEmpty()) {
        m_mode = Mode::Project;
        m_project->clearError();
        m_stack->setCurrentWidget(m_project);
    } else if (ids.size() > 1) {
        m_mode = Mode::Several;
        m_multi->setIds(ids);
        m_stack->setCurrentWidget(m_multi);
    } else if (doc->clip(ids.first())) {
        m_mode = Mode::Clip;
        m_clip->setClipId(ids.first());
        m_stack->setCurrentWidget(m_clip);
    } else {
        m_mode = Mode::Text;
        m_text->setOverlayId(ids.first());
        m_stack->setCurrentWidget(m_text);
    }
    refresh();
    retranslate();
}

void InspectorPanel::refresh()
{
    if (auto *page = qobject_cast<InspectorPage *>(m_stack->currentWidget()))
        page->refresh();
}

QString InspectorPanel::errorText() const
{
    const auto *page = qobject_cast<InspectorPage *>(m_stack->currentWidget());
    return page ? page->errorText() : QString();
}

void InspectorPanel::retranslate()
{
    switch (m_mode) {
    case Mode::Project: m_title->setText(tr("Project")); break;
    case Mode::Clip: m_title->setText(tr("Clip")); break;
    case Mode::Text: m_title->setText(tr("Text")); break;
    case Mode::Several: m_title->setText(tr("Several items")); break;
    }
    setAccessibleName(tr("Inspector"));
}

void InspectorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
