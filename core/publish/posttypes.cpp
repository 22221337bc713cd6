#include "core/publish/posttypes.h"

#include <array>
#include <utility>

namespace montaj {

namespace {

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[e, name] : names)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &names, const QString &text)
{
    for (const auto &[e, name] : names)
        if (text == QLatin1String(name))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<PostState, const char *>, 8> kStates{{
    {PostState::Draft, "draft"},
    {PostState::NeedsApproval, "needs_approval"},
    {PostState::Approved, "approved"},
    {PostState::Scheduled, "scheduled"},
    {PostState::Publishing, "publishing"},
    {PostState::Published, "published"},
    {PostState::Failed, "failed"},
    {PostState::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<PostKind, const char *>, 3> kKinds{{
    {PostKind::VideoFile, "video"},
    {PostKind::Project, "project"},
    {PostKind::PhotoCarousel, "photos"},
}};
constexpr std::array<std::pair<PublishStage, const char *>, 4> kStages{{
    {PublishStage::NotStarted, "not_started"},
    {PublishStage::InitSent, "init_sent"},
    {PublishStage::Uploading, "uploading"},
    {PublishStage::Processing, "processing"},
}};
constexpr std::array<std::pair<MissedPostPolicy, const char *>, 3> kPolicies{{
    {MissedPostPolicy::PublishNow, "publish_now"},
    {MissedPostPolicy::Ask, "ask"},
    {MissedPostPolicy::Skip, "skip"},
}};

} // namespace

QString toString(PostState state)
{
    return nameOf(kStates, state);
}
QString toString(PostKind kind)
{
    return nameOf(kKinds, kind);
}
QString toString(PublishStage stage)
{
    return nameOf(kStages, stage);
}
QString toString(MissedPostPolicy policy)
{
    return nameOf(kPolicies, policy);
}
std::optional<PostState> postStateFromString(const QString &name)
{
    return valueOf(kStates, name);
}
std::optional<PostKind> postKindFromString(const QString &name)
{
    return valueOf(kKinds, name);
}
std::optional<PublishStage> publishStageFromString(const QString &name)
{
    return valueOf(kStages, name);
}
std::optional<MissedPostPolicy> missedPostPolicyFromString(const QString &name)
{
    return valueOf(kPolicies, name);
}

} // namespace montaj
