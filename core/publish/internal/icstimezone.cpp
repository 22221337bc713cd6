#include "core/publish/internal/icstimezone.h"

namespace montaj {

namespace {

QString two(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

QStringList componentLines(const QString &type, qint64 onsetWall, int from, int to, const QString &name)
{
    QStringList lines{QString(QStringLiteral("BEGIN:") + type),
                      QString(QStringLiteral("DTSTART:") + icsLocalDateTime(onsetWall)),
                      QString(QStringLiteral("TZOFFSETFROM:") + icsUtcOffset(from)),
                      QString(QStringLiteral("TZOFFSETTO:") + icsUtcOffset(to))};
    if (!name.isEmpty())
        lines.append(QString(QStringLiteral("TZNAME:") + name));
    lines.append(QString(QStringLiteral("END:") + type));
    return lines;
}

} // namespace

QString icsUtcOffset(int offsetSeconds)
{
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    QString text = QString(QChar(offsetSeconds < 0 ? u'-' : u'+') + two(magnitude / 3600)
                           + two((magnitude % 3600) / 60));
    if (magnitude % 60 != 0)
        text += two(magnitude % 60);
    return text;
}

QString icsLocalDateTime(qint64 wallSeconds)
{
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC);
    const QDate date = wall.date();
    const QTime time = wall.time();
    return QString(QString::number(date.year()).rightJustified(4, u'0') + two(date.month()) + two(date.day())
                   + u'T' + two(time.hour()) + two(time.minute()) + two(time.second()));
}

QStringList icsTimeZoneLines(const QTimeZone &zone, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"),
                      QString(QStringLiteral("TZID:") + QString::fromUtf8(zone.id()))};
    QTimeZone::OffsetDataList transitions;
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetData before = zone.previousTransition(fromUtc.addSecs(1));
        if (before.atUtc.isValid())
            transitions.append(before);
        for (const QTimeZone::OffsetData &t : zone.transitions(fromUtc.addSecs(1), toUtc))
            transitions.append(t);
    }
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(fromUtc);
        lines += componentLines(QStringLiteral("STANDARD"), 0, offset, offset, zone.abbreviation(fromUtc));
    }
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        const int from = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at - 1, Qt::UTC));
        lines += componentLines(t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT")
                                                          : QStringLiteral("STANDARD"),
                                at + from, from, t.offsetFromUtc, t.abbreviation);
    }
    lines.append(QStringLiteral("END:VTIMEZONE"));
    return lines;
}

} // namespace montaj
