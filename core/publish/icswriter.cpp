#include "core/publish/icswriter.h"

#include "core/publish/internal/icstimezone.h"
#include "core/publish/postlifecycle.h"
#include "core/publish/scheduletime.h"

#include <QHash>
#include <QMap>
#include <QUuid>

#include <algorithm>

namespace montaj {

namespace {

constexpr qsizetype kMaxOctets = 75;
constexpr qsizetype kSummaryChars = 60;

QString icsUtc(const QDateTime &utc)
{
    return QString(icsLocalDateTime(utc.toSecsSinceEpoch()) + u'Z');
}

// RFC 5545 STATUS of an event for the post's state.
QString eventStatus(PostState state)
{
    switch (state) {
    case PostState::Draft:
    case PostState::NeedsApproval: return QStringLiteral("TENTATIVE");
    case PostState::Failed:
    case PostState::Cancelled: return QStringLiteral("CANCELLED");
    default: return QStringLiteral("CONFIRMED");
    }
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = kMaxOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Never between a UTF-8 lead byte and its continuation bytes (10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxOctets - 1; // the leading space counts
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QString IcsWriter::summary(const Post &post, const QString &username)
{
    QString text = post.caption.section(u'\n', 0, 0).trimmed();
    if (text.size() > kSummaryChars) {
        qsizetype cut = kSummaryChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = QString(text.left(cut).trimmed() + u'…');
    }
    if (text.isEmpty())
        text = tr("(no caption)");
    return QString(u'@' + username + QStringLiteral(": ") + text);
}

QByteArray IcsWriter::write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts)
{
    return write(posts, accounts, Options{});
}

QByteArray IcsWriter::write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts,
                            const Options &options)
{
    QHash<QString, QString> usernames;
    for (const WorkspaceAccount &account : accounts)
        usernames.insert(account.id, account.username);
    QList<const Post *> events;
    for (const Post &post : posts)
        if (post.scheduled.utc.isValid())
            events.append(&post);
    std::stable_sort(events.begin(), events.end(),
                     [](const Post *a, const Post *b) { return a->scheduled.utc < b->scheduled.utc; });

    // The span each zone is used over, for its VTIMEZONE.
    QMap<QString, std::pair<QDateTime, QDateTime>> zones;
    for (const Post *post : std::as_const(events)) {
        if (!ScheduleTime::zone(post->scheduled.timeZone).isValid())
            continue;
        auto it = zones.find(post->scheduled.timeZone);
        if (it == zones.end())
            zones.insert(post->scheduled.timeZone, {post->scheduled.utc, post->scheduled.utc});
        else
            it->second = std::max(it->second, post->scheduled.utc);
    }

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Montaj//Montaj Publish Calendar//EN"),
                      QStringLiteral("CALSCALE:GREGORIAN"), QStringLiteral("METHOD:PUBLISH")};
    if (!options.calendarName.isEmpty())
        lines.append(QString(QStringLiteral("X-WR-CALNAME:") + escapeText(options.calendarName)));
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        lines += icsTimeZoneLines(ScheduleTime::zone(it.key()), it->first, it->second);

    const QString stamp =
        icsUtc(options.stampUtc.isValid() ? options.stampUtc.toUTC() : QDateTime::currentDateTimeUtc());
    for (const Post *post : std::as_const(events)) {
        const QString id = post->id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : post->id;
        const QString username = usernames.value(post->accountId, post->accountId);
        const QTimeZone zone = ScheduleTime::zone(post->scheduled.timeZone);
        QString description = post->caption;
        if (!post->privacyLevel.isEmpty())
            description += QString(QStringLiteral("\n\n") + tr("Visibility: %1").arg(post->privacyLevel));
        description += QString(u'\n' + tr("Status: %1").arg(PostLifecycle::displayName(post->state)));
        lines.append(QStringLiteral("BEGIN:VEVENT"));
        lines.append(QString(QStringLiteral("UID:") + id + QStringLiteral("@montaj")));
        lines.append(QString(QStringLiteral("DTSTAMP:") + stamp));
        if (zone.isValid()) {
            const qint64 utc = post->scheduled.utc.toSecsSinceEpoch();
            lines.append(QString(QStringLiteral("DTSTART;TZID=") + post->scheduled.timeZone + u':'
                                 + icsLocalDateTime(utc + zone.offsetFromUtc(post->scheduled.utc))));
        } else {
            lines.append(QString(QStringLiteral("DTSTART:") + icsUtc(post->scheduled.utc)));
        }
        lines.append(QString(QStringLiteral("SUMMARY:") + escapeText(summary(*post, username))));
        lines.append(QString(QStringLiteral("DESCRIPTION:") + escapeText(description)));
        lines.append(QString(QStringLiteral("STATUS:") + eventStatus(post->state)));
        if (post->version > 0)
            lines.append(QString(QStringLiteral("SEQUENCE:") + QString::number(post->version)));
        lines.append(QStringLiteral("END:VEVENT"));
    }
    lines.append(QStringLiteral("END:VCALENDAR"));

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += foldLine(line.toUtf8());
    return out;
}

} // namespace montaj
