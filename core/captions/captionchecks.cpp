#include "core/captions/captionchecks.h"

#include <QTextBoundaryFinder>

namespace montaj {

int CaptionChecks::graphemeCount(QStringView text)
{
    int count = 0;
    for (QStringView line : text.split(u'\n')) {
        if (line.isEmpty())
            continue;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, line);
        while (finder.toNextBoundary() > 0)
            ++count;
    }
    return count;
}

QList<CaptionIssue> CaptionChecks::checkCue(const CaptionTrack &track, qsizetype index,
                                            const CaptionThresholds &thresholds)
{
    QList<CaptionIssue> issues;
    if (index < 0 || index >= track.cues.size())
        return issues;
    const CaptionCue &cue = track.cues[index];
    const double seconds = double(cue.durationUs()) / 1e6;
    const int chars = graphemeCount(cue.text);
    if (seconds > 0) {
        const double speed = chars / seconds;
        if (speed > thresholds.maxCharsPerSecond)
            issues.append({CaptionIssueKind::ReadingSpeed, index, speed, thresholds.maxCharsPerSecond, -1});
    }
    const QList<QStringView> lines = QStringView(cue.text).split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const int length = graphemeCount(lines[l]);
        if (length > thresholds.maxCharsPerLine)
            issues.append({CaptionIssueKind::LineTooLong, index, double(length),
                           double(thresholds.maxCharsPerLine), int(l)});
    }
    if (cue.durationUs() < thresholds.minDurationUs)
        issues.append(
            {CaptionIssueKind::TooShort, index, seconds, double(thresholds.minDurationUs) / 1e6, -1});
    if (cue.durationUs() > thresholds.maxDurationUs)
        issues.append(
            {CaptionIssueKind::TooLong, index, seconds, double(thresholds.maxDurationUs) / 1e6, -1});
    if (index + 1 < track.cues.size() && cue.endUs > track.cues[index + 1].startUs)
        issues.append({CaptionIssueKind::Overlap, index,
                       double(cue.endUs - track.cues[index + 1].startUs) / 1e6, 0.0, -1});
    return issues;
}

QList<CaptionIssue> CaptionChecks::check(const CaptionTrack &track, const CaptionThresholds &thresholds)
{
    QList<CaptionIssue> issues;
    for (qsizetype i = 0; i < track.cues.size(); ++i)
        issues += checkCue(track, i, thresholds);
    return issues;
}

QString CaptionChecks::describe(const CaptionIssue &issue)
{
    switch (issue.kind) {
    case CaptionIssueKind::ReadingSpeed:
        return tr("%L1 characters per second; the limit is %L2.")
            .arg(issue.measured, 0, 'f', 1)
            .arg(issue.limit);
    case CaptionIssueKind::LineTooLong:
        return tr("Line %1 has %2 characters; the limit is %3.")
            .arg(issue.line + 1)
            .arg(int(issue.measured))
            .arg(int(issue.limit));
    case CaptionIssueKind::TooShort:
        return tr("Shown for %L1 s; at least %L2 s is needed to read it.")
            .arg(issue.measured, 0, 'f', 2)
            .arg(issue.limit);
    case CaptionIssueKind::TooLong:
        return tr("Shown for %L1 s; the limit is %L2 s.").arg(issue.measured, 0, 'f', 2).arg(issue.limit);
    case CaptionIssueKind::Overlap: return tr("Runs %L1 s into the next cue.").arg(issue.measured, 0, 'f', 2);
    }
    return {};
}

} // namespace montaj
