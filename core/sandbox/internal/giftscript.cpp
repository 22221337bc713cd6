#include "core/sandbox/internal/giftscript.h"

#include "core/sandbox/internal/seededrandom.h"

namespace montaj::sandbox {
namespace {

struct Gift
{
    int id;
    const char *name;
    int type;
    int coins;
    int weight;
};

constexpr Gift kGifts[] = {
    {5655, "Rose", 1, 1, 40},    {5269, "TikTok", 1, 1, 18},    {5487, "Finger Heart", 1, 5, 14},
    {5658, "Perfume", 1, 20, 8}, {5879, "Doughnut", 1, 30, 6},  {6064, "GG", 1, 1, 6},
    {6267, "Corgi", 2, 299, 4},  {5901, "Confetti", 2, 100, 3}, {6369, "Lion", 2, 29999, 1},
};

const char *const kViewerNames[] = {"sunny_lemon42", "nightowl.eli", "mika_draws",  "tomtom_88",
                                    "river.song",    "kofi_beats",   "lea_cooks",   "juniper.k",
                                    "pixel_pam",     "dr.noodle",    "aria_skates", "bo.travels",
                                    "cleo.cat",      "dan_the_van",  "yuki_tea"};

QString digits19(quint64 value)
{
    return QString::number(1000000000000000000ULL + value % 8000000000000000000ULL);
}

} // namespace

QJsonObject GiftEvent::toJson() const
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

GiftScript::GiftScript(quint64 seed, qint64 startMs, QString receiverUserId, qint64 gapMs, qint64 stepMs)
    : m_state(seed)
    , m_cursorMs(startMs)
    , m_receiver(std::move(receiverUserId))
    , m_gapMs(std::max<qint64>(1, gapMs))
    , m_stepMs(std::max<qint64>(1, stepMs))
{}

void GiftScript::addAction()
{
    SeededRandom random(m_state);
    m_state = random.next();
    int totalWeight = 0;
    for (const Gift &g : kGifts)
        totalWeight += g.weight;
    int pick = int(random.range(0, totalWeight - 1));
    const Gift *gift = &kGifts[0];
    for (const Gift &g : kGifts) {
        if (pick < g.weight) {
            gift = &g;
            break;
        }
        pick -= g.weight;
    }
    const qint64 viewer = random.range(0, 14);
    GiftEvent base;
    base.userId = digits19(quint64(viewer) * 7919ULL + 6700000000000000000ULL);
    base.uniqueId = QString::fromLatin1(kViewerNames[viewer]);
    base.giftId = gift->id;
    base.giftName = QString::fromLatin1(gift->name);
    base.giftType = gift->type;
    base.diamondCount = gift->coins;
    base.receiverUserId = m_receiver;
    base.groupId = digits19(random.next());
    m_cursorMs += m_gapMs;
    const auto push = [&](int repeatCount, bool repeatEnd) {
        GiftEvent event = base;
        event.repeatCount = repeatCount;
        event.repeatEnd = repeatEnd;
        event.createTime = m_cursorMs;
        event.msgId = digits19(random.next());
        m_events.push_back(event);
    };
    if (gift->type != 1) {
        push(1, false);
    } else {
        const double r = random.uniform();
        const int streak = r < 0.45 ? 1 : (r < 0.9 ? int(random.range(2, 12)) : int(random.range(20, 60)));
        for (int i = 1; i <= streak; ++i) {
            push(i, false);
            m_cursorMs += m_stepMs;
        }
        push(streak, true);
    }
    ++m_actions;
}

void GiftScript::ensureEvents(int count)
{
    while (int(m_events.size()) < count)
        addAction();
}

void GiftScript::ensureUntil(qint64 timeMs)
{
    while (m_events.empty() || m_events.back().createTime <= timeMs)
        addAction();
}

void GiftScript::generateActions(int actions)
{
    while (m_actions < actions)
        addAction();
}

int GiftScript::countUntil(qint64 timeMs) const
{
    int count = 0;
    for (const GiftEvent &event : m_events) {
        if (event.createTime > timeMs)
            break;
        ++count;
    }
    return count;
}

qint64 GiftScript::giftTotal(const std::vector<GiftEvent> &events, size_t count)
{
    qint64 total = 0;
    for (size_t i = 0; i < std::min(count, events.size()); ++i)
        if (events[i].counts())
            total += events[i].repeatCount;
    return total;
}

qint64 GiftScript::diamondTotal(const std::vector<GiftEvent> &events, size_t count)
{
    qint64 total = 0;
    for (size_t i = 0; i < std::min(count, events.size()); ++i)
        if (events[i].counts())
            total += qint64(events[i].repeatCount) * events[i].diamondCount;
    return total;
}

} // namespace montaj::sandbox
