#include "core/sandbox/internal/demoworld.h"

#include "core/sandbox/internal/mediahost.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/worldstore.h"

#include <cmath>

namespace montaj::sandbox {
namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

const char *const kTitles[] = {
    "One-pan lemon pasta in 12 minutes",
    "Night market food crawl, part",
    "Packing a carry-on for ten days",
    "The 30-second espresso trick",
    "Fixing a wobbly chair with one screw",
    "Sunrise timelapse from the ridge",
    "Three sauces, one chicken",
    "My desk setup, honestly reviewed",
    "Street dance in the rain",
    "Budget meal prep for the week",
    "How I edit on my phone",
    "Learning the cello at 35, day",
    "Grandma's bread, step by step",
    "Cat vs. cardboard box",
    "The cheapest ferry in the city",
    "Before and after: balcony garden",
    "Testing viral kitchen gadgets",
    "Five-minute stretch for desk workers",
    "Thrift flip: denim jacket",
    "What 10 euros buys at the market",
};
const char *const kTags[] = {"#cooking", "#travel",      "#diy",      "#fyp",   "#howto",
                             "#foodtok", "#dayinmylife", "#lifehack", "#music", "#budget"};

SandboxVideo pastVideo(SeededRandom &random, const QString &openId, qint64 createMs, int index,
                       bool isPrivateAccount)
{
    SandboxVideo video;
    video.openId = openId;
    video.createTimeMs = createMs;
    video.id = PlatformIds::videoId(createMs / 1000, quint32(random.next() & 0xffffffffu));
    QString title = QString::fromUtf8(kTitles[index % 20]);
    if (title.endsWith(QLatin1String("part")) || title.endsWith(QLatin1String("day")))
        title += u' ' + QString::number(index / 20 + 1 + index % 7);
    video.title = title;
    video.description = title + u' ' + QString::fromUtf8(kTags[random.range(0, 9)]) + u' '
                        + QString::fromUtf8(kTags[random.range(0, 9)]);
    video.durationSec =
        int(index % 7 == 3 ? random.range(90, isPrivateAccount ? 180 : 420) : random.range(8, 75));
    const bool landscape = index % 29 == 11;
    const bool small = index % 9 == 4;
    video.width = landscape ? 1920 : (small ? 720 : 1080);
    video.height = landscape ? 1080 : (small ? 1280 : 1920);
    return video;
}

} // namespace

QString DemoWorld::numericId(SeededRandom &random)
{
    return QString::number(1000000000000000000LL + random.range(0, 8000000000000000000LL));
}

VideoGrowth DemoWorld::randomGrowth(SeededRandom &random, double medianViews, double minTauDays,
                                    double maxTauDays)
{
    VideoGrowth growth;
    growth.potentialViews =
        std::clamp<qint64>(qint64(medianViews * std::exp(1.1 * random.normal())), 150, 20000000);
    growth.tauSeconds = qint64(random.uniform(minTauDays, maxTauDays) * 86400.0);
    growth.likePpm = int(random.range(35000, 125000));
    growth.commentPpm = int(random.range(1200, 9000));
    growth.sharePpm = int(random.range(600, 14000));
    return growth;
}

bool DemoWorld::ensureTesters(SandboxContext &context)
{
    WorldStore world(context.db());
    // Their own generator, so the demo world derived from the seed stays the same with or without them.
    SeededRandom random(context.options.seed ^ 0x7e57e125ULL);
    for (int i = 1; i <= context.options.privateTesterAccounts; ++i) {
        SandboxAccount tester;
        tester.openId = numericId(random);
        tester.unionId = numericId(random);
        tester.username = QStringLiteral("tester_%1").arg(i);
        if (world.accountByUsername(tester.username))
            continue;
        tester.displayName = QStringLiteral("Tester %1").arg(i);
        tester.avatarUrl = MediaHost::avatarPath(tester.username);
        tester.isPrivate = true;
        tester.maxDurationSec = 180;
        tester.createdAtMs = context.nowMs() - 30 * kDayMs;
        if (!world.insertAccount(tester))
            return false;
    }
    SeededRandom creators(context.options.seed ^ 0xc4ea7035ULL);
    for (int i = 1; i <= context.options.publicCreatorAccounts; ++i) {
        SandboxAccount creator;
        creator.openId = numericId(creators);
        creator.unionId = numericId(creators);
        creator.username = QStringLiteral("creator_%1").arg(i);
        if (world.accountByUsername(creator.username))
            continue;
        creator.displayName = QStringLiteral("Creator %1").arg(i);
        creator.avatarUrl = MediaHost::avatarPath(creator.username);
        creator.maxDurationSec = 600;
        creator.followerBase = 1000;
        creator.createdAtMs = context.nowMs() - 90 * kDayMs;
        if (!world.insertAccount(creator))
            return false;
    }
    return true;
}

bool DemoWorld::ensure(SandboxContext &context)
{
    SandboxStore &store = context.store;
    if (store.metaValue(QStringLiteral("world_seeded")) == QLatin1String("1"))
        return ensureTesters(context);
    SeededRandom random(context.options.seed);
    const qint64 now = context.nowMs();

    SandboxAccount creator;
    creator.openId = numericId(random);
    creator.unionId = numericId(random);
    creator.username = creatorUsername();
    creator.displayName = QStringLiteral("Montaj Demo");
    creator.bio = QStringLiteral("Cooking, travel and tiny experiments. New video every other day.");
    creator.avatarUrl = MediaHost::avatarPath(creatorUsername());
    creator.verified = true;
    creator.maxDurationSec = 600;
    creator.followerBase = 12840;
    creator.followingCount = 183;
    creator.createdAtMs = now - 400 * kDayMs;

    SandboxAccount quiet;
    quiet.openId = numericId(random);
    quiet.unionId = numericId(random);
    quiet.username = privateUsername();
    quiet.displayName = QStringLiteral("Quiet Maker");
    quiet.bio = QStringLiteral("Small things, made slowly. Friends only.");
    quiet.avatarUrl = MediaHost::avatarPath(privateUsername());
    quiet.isPrivate = true;
    quiet.commentDisabled = true;
    quiet.duetDisabled = true;
    quiet.maxDurationSec = 180;
    quiet.followerBase = 312;
    quiet.followingCount = 95;
    quiet.createdAtMs = now - 200 * kDayMs;

    WriteTransaction transaction(context.db());
    WorldStore world(context.db());
    bool ok = transaction.begun() && world.insertAccount(creator) && world.insertAccount(quiet);
    if (ok && context.options.seedDemoWorld) {
        const qint64 span = 120 * kDayMs - 6 * kHourMs;
        for (int i = 0; ok && i < kCreatorVideos; ++i) {
            const qint64 jitter = i == kCreatorVideos - 1 ? 0 : random.range(-8 * kHourMs, 8 * kHourMs);
            const qint64 age = 6 * kHourMs + span * (kCreatorVideos - 1 - i) / (kCreatorVideos - 1) + jitter;
            SandboxVideo video = pastVideo(random, creator.openId, now - age, i, false);
            video.privacy = (i == 13 || i == 37 || i == 51) ? QStringLiteral("SELF_ONLY")
                                                            : QStringLiteral("PUBLIC_TO_EVERYONE");
            const double median = (i == 22 || i == 44) ? 400000.0 : 9000.0;
            video.growth = randomGrowth(random, median, 0.6, 4.0);
            ok = world.insertVideo(video);
        }
        const char *const liveTitles[] = {"Sunday cook-along",    "Q&A and pasta",
                                          "Packing live",         "Late night edit session",
                                          "Market haul unboxing", "Birthday stream"};
        for (int i = 0; ok && i < 6; ++i) {
            LiveSessionRecord live;
            live.openId = creator.openId;
            live.startedAtMs = now - (58 - i * 10) * kDayMs + random.range(0, 4 * kHourMs);
            live.endedAtMs = live.startedAtMs + random.range(40, 100) * 60 * 1000;
            live.id = PlatformIds::videoId(live.startedAtMs / 1000, quint32(random.next() & 0xffffffffu));
            live.title = QString::fromLatin1(liveTitles[i]);
            live.actions = int(random.range(40, 160));
            live.seed = random.next();
            ok = world.insertLiveSession(live);
        }
        for (int i = 0; ok && i < 8; ++i) {
            const qint64 age = 2 * kDayMs + (60 * kDayMs) * (7 - i) / 7 + random.range(0, 6 * kHourMs);
            SandboxVideo video = pastVideo(random, quiet.openId, now - age, i + 3, true);
            video.privacy = QStringLiteral("FOLLOWER_OF_CREATOR");
            video.growth = randomGrowth(random, 260.0, 0.5, 2.0);
            ok = world.insertVideo(video);
        }
    }
    ok =
        ok && store.setMetaValue(QStringLiteral("world_seeded"), QStringLiteral("1")) && transaction.commit();
    if (ok)
        qCInfo(lcSandbox) << "seeded the sandbox world"
                          << (context.options.seedDemoWorld ? "with" : "without") << "past videos";
    return ok && ensureTesters(context);
}

} // namespace montaj::sandbox
