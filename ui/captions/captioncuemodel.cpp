#include "ui/captions/captioncuemodel.h"

#include "core/edit/projectdocument.h"
#include "ui/captions/captiontimeformat.h"
#include "ui/edit/editsession.h"
#include "ui/edit/panelformat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace montaj::ui {
namespace {

// A typed text keeps its word timing when it still has the same words, one for one.
CaptionCue withText(CaptionCue cue, const QString &text)
{
    const QStringList tokens = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (tokens.size() == cue.words.size()) {
        for (qsizetype i = 0; i < tokens.size(); ++i)
            cue.words[i].text = tokens[i];
    } else {
        cue.words.clear();
    }
    cue.text = text;
    return cue;
}

} // namespace

CaptionCueModel::CaptionCueModel(EditSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &EditSession::documentChanged, this, &CaptionCueModel::watch);
    connect(session, &EditSession::playheadChanged, this, &CaptionCueModel::followPlayhead);
    watch(session->document());
}

void CaptionCueModel::watch(ProjectDocument *document)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = document;
    if (document)
        connect(document, &ProjectDocument::changed, this, &CaptionCueModel::refresh);
    refresh();
}

void CaptionCueModel::setThresholds(const CaptionThresholds &thresholds)
{
    if (m_thresholds == thresholds)
        return;
    m_thresholds = thresholds;
    refresh();
}

void CaptionCueModel::refresh()
{
    const CaptionTrack &track = m_session->document()->captions();
    m_issues = CaptionChecks::check(track, m_thresholds);
    if (track.cues.size() != m_rows) {
        beginResetModel();
        m_rows = track.cues.size();
        if (m_current >= m_rows)
            m_current = -1;
        endResetModel();
    } else if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows) - 1, ColumnCount - 1));
    }
    followPlayhead(m_session->playheadUs());
    Q_EMIT trackChanged();
}

void CaptionCueModel::followPlayhead(qint64 us)
{
    const CaptionTrack &track = m_session->document()->captions();
    qsizetype current = -1;
    for (qsizetype i = 0; i < track.cues.size(); ++i)
        if (track.cues[i].startUs <= us && us < track.cues[i].endUs)
            current = i;
    if (current == m_current)
        return;
    const qsizetype old = m_current;
    m_current = current;
    for (const qsizetype row : {old, current})
        if (row >= 0 && row < m_rows)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    Q_EMIT currentCueChanged(current);
}

QList<CaptionIssue> CaptionCueModel::issuesOf(qsizetype row) const
{
    QList<CaptionIssue> out;
    for (const CaptionIssue &issue : m_issues)
        if (issue.cueIndex == row)
            out << issue;
    return out;
}

int CaptionCueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int CaptionCueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptionCueModel::data(const QModelIndex &index, int role) const
{
    const CaptionTrack &track = m_session->document()->captions();
    if (!index.isValid() || index.row() >= track.cues.size())
        return {};
    const CaptionCue &cue = track.cues.at(index.row());
    const bool current = index.row() == m_current;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Start: return CaptionTimeFormat::format(cue.startUs);
        case End: return CaptionTimeFormat::format(cue.endUs);
        case Text: return cue.text;
        case Checks: {
            QStringList lines;
            for (const CaptionIssue &issue : issuesOf(index.row()))
                lines << CaptionChecks::describe(issue);
            return lines.join(u'\n');
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Checks || index.column() == Text)
            return data(index.siblingAtColumn(Checks), Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Checks)
            return PanelFormat::alertColor(QApplication::palette());
        break;
    case Qt::BackgroundRole:
        if (current)
            return QApplication::palette().color(QPalette::AlternateBase).darker(108);
        break;
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Text || index.column() == Checks
                   ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                   : QVariant(Qt::AlignCenter);
    case IssueCountRole: return int(issuesOf(index.row()).size());
    }
    return {};
}

bool CaptionCueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const CaptionTrack &track = m_session->document()->captions();
    if (role != Qt::EditRole || !index.isValid() || index.row() >= track.cues.size())
        return false;
    CaptionCue cue = track.cues.at(index.row());
    if (index.column() == Text) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty()) {
            Q_EMIT editFailed(tr("A caption needs some text; delete it instead."));
            return false;
        }
        cue = withText(cue, text);
    } else if (index.column() == Start || index.column() == End) {
        const auto us = CaptionTimeFormat::parse(value.toString());
        if (!us) {
            Q_EMIT editFailed(tr("“%1” is not a time; type minutes:seconds.milliseconds, e.g. 1:02.500.")
                                  .arg(value.toString()));
            return false;
        }
        const qint64 shift = index.column() == Start ? *us - cue.startUs : 0;
        (index.column() == Start ? cue.startUs : cue.endUs) = *us;
        for (CaptionWord &w : cue.words) { // words move with the start, and stay inside the cue
            w.startUs = std::clamp(w.startUs + shift, cue.startUs, std::max(cue.startUs, cue.endUs));
            w.endUs = std::clamp(w.endUs + shift, w.startUs, std::max(cue.startUs, cue.endUs));
        }
    } else {
        return false;
    }
    if (auto r = m_session->document()->updateCaptionCue(index.row(), cue); !r) {
        Q_EMIT editFailed(r.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags CaptionCueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Checks)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CaptionCueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    switch (section) {
    case Start: return tr("Start");
    case End: return tr("End");
    case Text: return tr("Text");
    case Checks: return tr("Checks");
    }
    return {};
}

} // namespace montaj::ui
