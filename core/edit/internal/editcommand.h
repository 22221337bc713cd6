#pragma once

#include "core/edit/projectdocument.h"

#include <QUndoCommand>

namespace montaj {

// One undoable change of a ProjectDocument, built by the document's verbs from a pair of state
// edits (do and undo) once they have validated the request. The document announces the change when
// the undo stack's index moves. Not for use outside core/edit: callers go through the verbs.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(ProjectDocument &document, const QString &text, ProjectDocument::StateEdit redo,
                ProjectDocument::StateEdit undo);

    void redo() override;
    void undo() override;

private:
    ProjectDocument &m_document;
    ProjectDocument::StateEdit m_redo;
    ProjectDocument::StateEdit m_undo;
};

} // namespace montaj
