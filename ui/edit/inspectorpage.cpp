#include "ui/edit/inspectorpage.h"

#include "ui/edit/editsession.h"
#include "ui/edit/panelformat.h"

#include <QEvent>
#include <QLabel>

namespace montaj::ui {

InspectorPage::InspectorPage(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    PanelFormat::markAlert(m_error);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
}

ProjectDocument *InspectorPage::document() const
{
    return m_session->document();
}

QString InspectorPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InspectorPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

void InspectorPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

bool InspectorPage::report(const Result<void> &result)
{
    if (result) {
        clearError();
        return true;
    }
    showError(result.error().message);
    return false;
}

void InspectorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_repainting) {
        m_repainting = true;
        PanelFormat::markAlert(m_error);
        m_repainting = false;
    }
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
