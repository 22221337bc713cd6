#include "ui/publish/publishtext.h"

#include <QTimeZone>

namespace montaj::ui {

QStringList PublishText::allPrivacyLevels()
{
    return {QStringLiteral("PUBLIC_TO_EVERYONE"), QStringLiteral("MUTUAL_FOLLOW_FRIENDS"),
            QStringLiteral("FOLLOWER_OF_CREATOR"), QStringLiteral("SELF_ONLY")};
}

QString PublishText::privacyName(const QString &level)
{
    if (level == QLatin1String("PUBLIC_TO_EVERYONE"))
        return tr("Everyone");
    if (level == QLatin1String("MUTUAL_FOLLOW_FRIENDS"))
        return tr("Friends (followers you follow back)");
    if (level == QLatin1String("FOLLOWER_OF_CREATOR"))
        return tr("Followers");
    if (level == QLatin1String("SELF_ONLY"))
        return tr("Only me");
    return level;
}

QString PublishText::handle(const WorkspaceAccount &account)
{
    // U+200E keeps "@handle" in one left-to-right piece inside Arabic text.
    if (!account.username.isEmpty())
        return QString(QChar(0x200E) + QLatin1Char('@') + account.username);
    return account.displayName;
}

QString PublishText::when(const Post &post, const QLocale &locale)
{
    const QDateTime local = parseLocal(post.scheduled.localDateTime);
    if (!local.isValid())
        return tr("Not scheduled");
    return tr("%1 (%2)").arg(locale.toString(local, QLocale::ShortFormat),
                             QString(QChar(0x200E) + post.scheduled.timeZone));
}

QString PublishText::duration(qint64 ms, const QLocale &locale)
{
    const int seconds = static_cast<int>((std::max<qint64>(0, ms) + 999) / 1000);
    const QTime time = QTime(0, 0).addSecs(seconds);
    return locale.toString(time, seconds >= 3600 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}

QString PublishText::currentActor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QStringLiteral("studio");
    return QString(QStringLiteral("user:") + name);
}

QDateTime PublishText::parseLocal(const QString &text)
{
    // A wall-clock time with no zone: kept as a "floating" UTC QDateTime so that a time in a DST gap
    // of the machine's own zone stays valid.
    const QLocale c = QLocale::c();
    const QDate date = c.toDate(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QString timeText = text.mid(11);
    QTime time = c.toTime(timeText, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = c.toTime(timeText, QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid() || text.size() < 16 || text.at(10) != QLatin1Char('T'))
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString PublishText::formatLocal(const QDateTime &local)
{
    return QLocale::c().toString(local, QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace montaj::ui
