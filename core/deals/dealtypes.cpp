#include "core/deals/dealtypes.h"

#include <array>
#include <utility>

namespace montaj {
namespace {

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[e, name] : names)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &names, const QString &text)
{
    for (const auto &[e, name] : names)
        if (text == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<DealStage, const char *>, 11> kStages{{
    {DealStage::Lead, "lead"},
    {DealStage::Negotiating, "negotiating"},
    {DealStage::Contracted, "contracted"},
    {DealStage::InProduction, "in_production"},
    {DealStage::InReview, "in_review"},
    {DealStage::Scheduled, "scheduled"},
    {DealStage::Published, "published"},
    {DealStage::Invoiced, "invoiced"},
    {DealStage::Paid, "paid"},
    {DealStage::Closed, "closed"},
    {DealStage::Lost, "lost"},
}};
constexpr std::array<std::pair<FeeType, const char *>, 4> kFees{{
    {FeeType::Flat, "flat"},
    {FeeType::Cpm, "cpm"},
    {FeeType::Affiliate, "affiliate"},
    {FeeType::Gifted, "gifted"},
}};
constexpr std::array<std::pair<DisclosureType, const char *>, 4> kDisclosures{{
    {DisclosureType::PaidPartnership, "paid_partnership"},
    {DisclosureType::Gifted, "gifted"},
    {DisclosureType::Affiliate, "affiliate"},
    {DisclosureType::OwnBrand, "own_brand"},
}};
constexpr std::array<std::pair<UsageRights, const char *>, 4> kUsage{{
    {UsageRights::None, "none"},
    {UsageRights::Organic, "organic"},
    {UsageRights::PaidAds, "paid_ads"},
    {UsageRights::FullCommercial, "full_commercial"},
}};
constexpr std::array<std::pair<PaymentTrigger, const char *>, 4> kTriggers{{
    {PaymentTrigger::OnSignature, "on_signature"},
    {PaymentTrigger::OnApproval, "on_approval"},
    {PaymentTrigger::OnPublish, "on_publish"},
    {PaymentTrigger::OnInvoice, "on_invoice"},
}};

} // namespace

QString toString(DealStage stage)
{
    return nameOf(kStages, stage);
}
QString toString(FeeType type)
{
    return nameOf(kFees, type);
}
QString toString(DisclosureType type)
{
    return nameOf(kDisclosures, type);
}
QString toString(UsageRights rights)
{
    return nameOf(kUsage, rights);
}
QString toString(PaymentTrigger trigger)
{
    return nameOf(kTriggers, trigger);
}
std::optional<DealStage> dealStageFromString(const QString &name)
{
    return valueOf(kStages, name);
}
std::optional<FeeType> feeTypeFromString(const QString &name)
{
    return valueOf(kFees, name);
}
std::optional<DisclosureType> disclosureTypeFromString(const QString &name)
{
    return valueOf(kDisclosures, name);
}
std::optional<UsageRights> usageRightsFromString(const QString &name)
{
    return valueOf(kUsage, name);
}
std::optional<PaymentTrigger> paymentTriggerFromString(const QString &name)
{
    return valueOf(kTriggers, name);
}

} // namespace montaj
