#include "ui/edit/editsession.h"

#include "ui/edit/mediapool.h"

#include <algorithm>

namespace montaj::ui {

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_document(std::make_unique<ProjectDocument>())
    , m_media(new MediaPool(this))
{
    connect(m_document.get(), &ProjectDocument::changed, this, &EditSession::onDocumentEdited);
}

EditSession::~EditSession() = default;

void EditSession::setDocument(std::unique_ptr<ProjectDocument> document)
{
    if (!document)
        document = std::make_unique<ProjectDocument>();
    std::unique_ptr<ProjectDocument> old = std::exchange(m_document, std::move(document));
    if (old)
        disconnect(old.get(), nullptr, this, nullptr);
    connect(m_document.get(), &ProjectDocument::changed, this, &EditSession::onDocumentEdited);
    m_selection.clear();
    m_markIn.reset();
    m_markOut.reset();
    m_playheadUs = 0;
    Q_EMIT documentChanged(m_document.get());
    Q_EMIT selectionChanged(m_selection);
    Q_EMIT marksChanged();
    Q_EMIT playheadChanged(0);
    Q_EMIT seekRequested(0);
    old.reset();
}

void EditSession::setSelection(const QStringList &ids)
{
    QStringList kept;
    for (const QString &id : ids)
        if (!kept.contains(id) && (m_document->clip(id) || m_document->overlay(id)))
            kept << id;
    if (kept == m_selection)
        return;
    m_selection = kept;
    Q_EMIT selectionChanged(m_selection);
}

qint64 EditSession::clamp(qint64 us) const
{
    return std::clamp<qint64>(us, 0, std::max<qint64>(0, m_document->durationUs()));
}

void EditSession::seek(qint64 us)
{
    const qint64 target = clamp(us);
    if (target != m_playheadUs) {
        m_playheadUs = target;
        Q_EMIT playheadChanged(target);
    }
    Q_EMIT seekRequested(target);
}

void EditSession::playbackReached(qint64 us)
{
    const qint64 at = clamp(us);
    if (at == m_playheadUs)
        return;
    m_playheadUs = at;
    Q_EMIT playheadChanged(at);
}

qint64 EditSession::frameDurationUs() const
{
    const Canvas &c = m_document->canvas();
    return std::max<qint64>(1, qint64(1'000'000) * c.fpsDen / std::max(1, c.fpsNum));
}

void EditSession::setMarkIn(std::optional<qint64> us)
{
    if (us)
        us = clamp(*us);
    if (us == m_markIn)
        return;
    m_markIn = us;
    if (m_markIn && m_markOut && *m_markOut <= *m_markIn)
        m_markOut.reset();
    Q_EMIT marksChanged();
}

void EditSession::setMarkOut(std::optional<qint64> us)
{
    if (us)
        us = clamp(*us);
    if (us == m_markOut)
        return;
    m_markOut = us;
    if (m_markIn && m_markOut && *m_markOut <= *m_markIn)
        m_markIn.reset();
    Q_EMIT marksChanged();
}

void EditSession::onDocumentEdited()
{
    setSelection(m_selection); // drops ids that are gone
    const qint64 clamped = clamp(m_playheadUs);
    if (clamped != m_playheadUs)
        seek(clamped);
    bool marks = false;
    if (m_markIn && *m_markIn != clamp(*m_markIn)) {
        m_markIn = clamp(*m_markIn);
        marks = true;
    }
    if (m_markOut && *m_markOut != clamp(*m_markOut)) {
        m_markOut = clamp(*m_markOut);
        marks = true;
    }
    if (marks)
        Q_EMIT marksChanged();
}

} // namespace montaj::ui
