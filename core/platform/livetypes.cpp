#include "core/platform/livetypes.h"

#include "core/platform/internal/jsonids.h"
#include "core/platform/platformerror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace montaj {
namespace {

const QString kSessionsPath = QStringLiteral("/x/live/sessions/");

// A whole number, also when a long one was quoted before parsing (jsonids.h).
std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    }
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

Error malformedEvent(const QString &field)
{
    return Error(QStringLiteral("live.malformed_event"),
                 LiveGiftEvent::tr("A LIVE gift event could not be read: the field “%1” is missing or wrong.")
                     .arg(field),
                 {{QStringLiteral("field"), field}});
}

Error malformedList(const QString &field)
{
    return PlatformError::make(PlatformErrorKind::MalformedResponse,
                               {{QStringLiteral("path"), kSessionsPath}, {QStringLiteral("field"), field}});
}

} // namespace

Result<LiveGiftEvent> LiveGiftEvent::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(quoteLongIntegers(json), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformedEvent(QStringLiteral("json"));
    return fromJson(document.object());
}

Result<LiveGiftEvent> LiveGiftEvent::fromJson(const QJsonObject &object)
{
    LiveGiftEvent event;
    event.msgId = idString(object.value(QLatin1String("msgId")));
    if (event.msgId.isEmpty())
        return malformedEvent(QStringLiteral("msgId"));
    const auto number = [&object](const char *key) { return integer(object.value(QLatin1String(key))); };
    const auto createTime = number("createTime");
    const auto giftId = number("giftId");
    const auto giftType = number("giftType");
    const auto price = number("diamondCount");
    const auto repeat = number("repeatCount");
    if (!createTime)
        return malformedEvent(QStringLiteral("createTime"));
    if (!giftId)
        return malformedEvent(QStringLiteral("giftId"));
    if (!giftType || *giftType < 0 || *giftType > 1000)
        return malformedEvent(QStringLiteral("giftType"));
    if (!price || *price < 0 || *price > 100000000)
        return malformedEvent(QStringLiteral("diamondCount"));
    if (!repeat || *repeat < 1 || *repeat > 1000000)
        return malformedEvent(QStringLiteral("repeatCount"));
    event.userId = idString(object.value(QLatin1String("userId")));
    if (event.userId.isEmpty())
        return malformedEvent(QStringLiteral("userId"));
    event.createTime = *createTime;
    event.uniqueId = object.value(QLatin1String("uniqueId")).toString();
    event.giftId = *giftId;
    event.giftName = object.value(QLatin1String("giftName")).toString();
    event.giftType = int(*giftType);
    event.diamondCount = *price;
    event.repeatCount = *repeat;
    event.repeatEnd = object.value(QLatin1String("repeatEnd")).toBool();
    event.groupId = idString(object.value(QLatin1String("groupId")));
    event.receiverUserId = idString(object.value(QLatin1String("receiverUserId")));
    return event;
}

QJsonObject LiveGiftEvent::toJson() const
{
    return {{QStringLiteral("msgId"), msgId},
            {QStringLiteral("createTime"), createTime},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("uniqueId"), uniqueId},
            {QStringLiteral("giftId"), giftId},
            {QStringLiteral("giftName"), giftName},
            {QStringLiteral("giftType"), giftType},
            {QStringLiteral("diamondCount"), diamondCount},
            {QStringLiteral("repeatCount"), repeatCount},
            {QStringLiteral("repeatEnd"), repeatEnd},
            {QStringLiteral("groupId"), groupId},
            {QStringLiteral("receiverUserId"), receiverUserId}};
}

Result<QList<LiveSessionInfo>> liveSessionsFromJson(const QJsonObject &data)
{
    const QJsonValue list = data.value(QLatin1String("sessions"));
    if (!list.isArray())
        return malformedList(QStringLiteral("sessions"));
    QList<LiveSessionInfo> sessions;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        LiveSessionInfo session;
        session.id = idString(object.value(QLatin1String("id")));
        if (session.id.isEmpty())
            return malformedList(QStringLiteral("sessions.id"));
        session.title = object.value(QLatin1String("title")).toString();
        session.live = object.value(QLatin1String("status")).toString() == QLatin1String("live");
        session.startTime = integer(object.value(QLatin1String("start_time"))).value_or(0);
        session.endTime = integer(object.value(QLatin1String("end_time"))).value_or(0);
        session.eventCount = integer(object.value(QLatin1String("event_count"))).value_or(0);
        session.giftCount = integer(object.value(QLatin1String("gift_count"))).value_or(0);
        session.coinTotal = integer(object.value(QLatin1String("diamond_total"))).value_or(0);
        sessions.append(session);
    }
    return sessions;
}

} // namespace montaj
