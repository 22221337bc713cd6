#pragma once

#include "core/foundation/result.h"

#include <QWidget>

class QLabel;

namespace montaj {
class ProjectDocument;
}

namespace montaj::ui {

class EditSession;

// One face of the inspector (a clip, a text overlay, several items, the project): shows the
// document's values for the selection and turns each user edit into one document verb. A failed
// verb's message is shown inline under the page and the document stays as it was. Not a model:
// it reads the document every time it refreshes.
class InspectorPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPage(EditSession *session, QWidget *parent = nullptr);

    // Shows the current values of the document for the current selection, reporting no edits.
    virtual void refresh() = 0;
    // The text of the inline error, empty when there is none.
    QString errorText() const;
    void clearError();

protected:
    EditSession *session() const { return m_session; }
    ProjectDocument *document() const;
    QLabel *errorLabel() const { return m_error; }
    // Shows the result's error (true when it succeeded, which clears the error).
    bool report(const Result<void> &result);
    void showError(const QString &message);
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    bool m_refreshing = false; // set while refresh() fills the editors

private:
    EditSession *m_session;
    QLabel *m_error;
    bool m_repainting = false;
};

} // namespace montaj::ui
