#include "core/edit/internal/editcommand.h"

namespace montaj {

EditCommand::EditCommand(ProjectDocument &document, const QString &text, ProjectDocument::StateEdit redo,
                         ProjectDocument::StateEdit undo)
    : QUndoCommand(text)
    , m_document(document)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{}

void EditCommand::redo()
{
    m_redo(m_document.m_state);
}

void EditCommand::undo()
{
    m_undo(m_document.m_state);
}

} // namespace montaj
