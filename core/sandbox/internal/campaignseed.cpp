#include "core/sandbox/internal/campaignseed.h"

#include "core/sandbox/internal/campaignreview.h"
#include "core/sandbox/internal/campaignstore.h"
#include "core/sandbox/internal/demoworld.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/seededrandom.h"
#include "core/sandbox/internal/worldstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace montaj::sandbox {
namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QByteArray oneVideo(const QString &description)
{
    const QJsonArray deliverables{QJsonObject{{QStringLiteral("type"), QStringLiteral("video")},
                                              {QStringLiteral("quantity"), 1},
                                              {QStringLiteral("description"), description}}};
    return QJsonDocument(deliverables).toJson(QJsonDocument::Compact);
}

} // namespace

bool CampaignSeed::ensure(SandboxContext &context)
{
    SandboxStore &store = context.store;
    if (!context.options.seedDemoWorld
        || store.metaValue(QStringLiteral("campaigns_seeded")) == QLatin1String("1"))
        return true;
    const auto creator = WorldStore(context.db()).accountByUsername(DemoWorld::creatorUsername());
    if (!creator)
        return false;
    SeededRandom random(context.options.seed ^ 0x43414d5041494e53ULL);
    const qint64 now = context.nowMs();
    const auto brandId = [&random] {
        return QString::number(1000000000000000000LL + random.range(0, 8000000000000000000LL));
    };

    CampaignRecord lumen;
    lumen.openId = creator->openId;
    lumen.invitedAtMs = now - 6 * kDayMs;
    lumen.id = PlatformIds::videoId(lumen.invitedAtMs / 1000, quint32(random.next() & 0xffffffffu));
    lumen.brandId = brandId();
    lumen.brandName = QStringLiteral("Lumen Coffee");
    lumen.title = QStringLiteral("Autumn blend launch");
    lumen.brief =
        QStringLiteral("Brew the new Autumn blend your way and tell your followers what it tastes like.");
    lumen.priceMinor = 150000;
    lumen.currency = QStringLiteral("EUR");
    lumen.deliverables = oneVideo(QStringLiteral(
        "One 30 to 60 s video: the bag visible in the first 3 s, the hashtag #LumenAutumn in the caption."));
    lumen.expiresAtMs = lumen.invitedAtMs + CampaignReview::kInvitationLifetimeMs;
    lumen.draftDueMs = now + 5 * kDayMs;
    lumen.postStartMs = lumen.invitedAtMs;
    lumen.postEndMs = now + 21 * kDayMs;
    lumen.adAuthorizationDays = 30;
    lumen.draftRounds = 2;
    lumen.draftFeedback =
        QStringLiteral("Please show the bag in the first 3 seconds and say the blend's name.");
    lumen.status = QStringLiteral("invited");

    CampaignRecord northwind;
    northwind.openId = creator->openId;
    northwind.invitedAtMs = now - kHourMs;
    northwind.id = PlatformIds::videoId(northwind.invitedAtMs / 1000, quint32(random.next() & 0xffffffffu));
    northwind.brandId = brandId();
    northwind.brandName = QStringLiteral("Northwind Outdoor");
    northwind.title = QStringLiteral("Trail season");
    northwind.brief = QStringLiteral("Take the Ridge 28 pack on a day hike and show what fits in it.");
    northwind.priceMinor = 120000;
    northwind.currency = QStringLiteral("JPY");
    northwind.deliverables =
        oneVideo(QStringLiteral("One 20 to 45 s video on a trail, packing and wearing the Ridge 28."));
    northwind.expiresAtMs = northwind.invitedAtMs + CampaignReview::kInvitationLifetimeMs;
    northwind.draftDueMs = now + 10 * kDayMs;
    northwind.postStartMs = northwind.invitedAtMs;
    northwind.postEndMs = now + 30 * kDayMs;
    northwind.adAuthorizationDays = 60;
    northwind.draftRounds = 1;
    northwind.draftFeedback = QStringLiteral("Show the pack's side pockets.");
    northwind.status = QStringLiteral("invited");

    CampaignStore campaigns(context.db());
    WriteTransaction transaction(context.db());
    const bool ok = transaction.begun() && campaigns.insertCampaign(lumen)
                    && campaigns.insertCampaign(northwind)
                    && store.setMetaValue(QStringLiteral("campaigns_seeded"), QStringLiteral("1"))
                    && transaction.commit();
    if (ok)
        qCInfo(lcSandbox) << "seeded two campaign invitations";
    return ok;
}

} // namespace montaj::sandbox
