#pragma once

#include "core/edit/projectdocument.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace montaj::ui {

class MediaPool;

// The Edit page's shared state around the open project: the document (owned), the selection, the
// playhead and the I/O marks, and the media facts cache. The timeline, preview, inspector and
// media bin read and change the project through it, never through each other. Not for playback
// (the preview's engine), nor for opening and saving files (EditPage).
class EditSession : public QObject
{
    Q_OBJECT

public:
    // Drag-and-drop between the media bin and the timeline: newline-separated absolute paths.
    static inline const QString kMediaMimeType = QStringLiteral("application/x-montaj-media");

    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    // Never null: a new empty project when nothing else is open.
    ProjectDocument *document() const { return m_document.get(); }
    // Replaces the open document (the old one is destroyed after documentChanged); clears the
    // selection and the marks and puts the playhead at 0.
    void setDocument(std::unique_ptr<ProjectDocument> document);

    MediaPool *media() const { return m_media; }

    // Ids of selected clips and overlays, in selection order. Ids the document no longer has are
    // dropped after every change.
    const QStringList &selection() const { return m_selection; }
    void setSelection(const QStringList &ids);
    bool isSelected(const QString &id) const { return m_selection.contains(id); }

    // The playhead, clamped to [0, duration]. seek() is a request from the user (timeline,
    // transport, keyboard): the preview shows that frame. playbackReached() is the player
    // reporting where playback is: it moves the playhead without asking for a seek.
    qint64 playheadUs() const { return m_playheadUs; }
    void seek(qint64 us);
    void playbackReached(qint64 us);
    qint64 frameDurationUs() const; // one canvas frame

    std::optional<qint64> markInUs() const { return m_markIn; }
    std::optional<qint64> markOutUs() const { return m_markOut; }
    void setMarkIn(std::optional<qint64> us);
    void setMarkOut(std::optional<qint64> us);

Q_SIGNALS:
    void documentChanged(montaj::ProjectDocument *document);
    void selectionChanged(const QStringList &ids);
    void playheadChanged(qint64 us);
    void seekRequested(qint64 us);
    void marksChanged();

private:
    void onDocumentEdited();
    qint64 clamp(qint64 us) const;

    std::unique_ptr<ProjectDocument> m_document;
    MediaPool *m_media;
    QStringList m_selection;
    qint64 m_playheadUs = 0;
    std::optional<qint64> m_markIn;
    std::optional<qint64> m_markOut;
};

} // namespace montaj::ui
