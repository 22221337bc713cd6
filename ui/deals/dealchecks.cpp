#include "ui/deals/dealchecks.h"

#include "core/deals/disclosureoverlay.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace montaj {
namespace {

ExclusivityInput exclusivityInput(const DealsSnapshot &snapshot, const Deal &deal)
{
    return {deal, snapshot.brands.value(deal.brandId), snapshot.deliverables.value(deal.id)};
}

// A line of DisclosureOverlay::makeOverlay's stack that no overlay of the project uses yet.
int freeSlot(const ProjectState &project, const QList<TextOverlay> &adding, int from)
{
    const TextOverlay probe = DisclosureOverlay::makeOverlay(project, {}, 0);
    const TextOverlay next = DisclosureOverlay::makeOverlay(project, {}, 1);
    const double step = next.position.y() - probe.position.y();
    auto used = [&](int slot) {
        const double y = probe.position.y() + step * slot;
        auto near = [y, step](const TextOverlay &o) { return std::abs(o.position.y() - y) < step / 2; };
        return std::any_of(project.overlays.cbegin(), project.overlays.cend(), near)
               || std::any_of(adding.cbegin(), adding.cend(), near);
    };
    int slot = from;
    while (used(slot))
        ++slot;
    return slot;
}

} // namespace

QList<DealDeliverable> DealChecks::openDeliverables(const DealsSnapshot &snapshot, const QString &postId,
                                                    const QDateTime &nowUtc)
{
    QList<DealDeliverable> out;
    for (const Deal &deal : snapshot.deals) {
        for (const DealDeliverable &v : snapshot.deliverables.value(deal.id)) {
            const bool mine = !postId.isEmpty() && v.postIds.contains(postId);
            const bool open = deal.isOpen() && (!v.postingEnd.isValid() || v.postingEnd >= nowUtc)
                              && v.postIds.size() < std::max(1, v.quantity);
            if (mine || open)
                out.append(v);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DealDeliverable &a, const DealDeliverable &b) {
        if (a.postingStart.isValid() != b.postingStart.isValid())
            return a.postingStart.isValid();
        return a.postingStart < b.postingStart;
    });
    return out;
}

QString DealChecks::disclosureName(DisclosureType type)
{
    switch (type) {
    case DisclosureType::PaidPartnership: return tr("Paid partnership");
    case DisclosureType::Gifted: return tr("Gifted products");
    case DisclosureType::Affiliate: return tr("Affiliate links");
    case DisclosureType::OwnBrand: return tr("My own brand");
    }
    return {};
}

QList<DisclosureType> DealChecks::disclosureTypes()
{
    return {DisclosureType::PaidPartnership, DisclosureType::Gifted, DisclosureType::Affiliate,
            DisclosureType::OwnBrand};
}

QString DealChecks::platformName(const QString &platform)
{
    static const QHash<QString, QString> names{{QStringLiteral("tiktok"), QStringLiteral("TikTok")},
                                               {QStringLiteral("instagram"), QStringLiteral("Instagram")},
                                               {QStringLiteral("youtube"), QStringLiteral("YouTube")}};
    return names.value(platform, platform);
}

QString DealChecks::deliverableName(const DealDeliverable &v)
{
    return tr("%1 × %2 on %3").arg(QLocale().toString(v.quantity), v.format, platformName(v.platform));
}

QString DealChecks::dealName(const DealsSnapshot &snapshot, const QString &dealId)
{
    const Deal *deal = snapshot.deal(dealId);
    if (!deal)
        return {};
    const QString brand = snapshot.brands.value(deal->brandId).name;
    if (deal->title.isEmpty() || deal->title == brand)
        return brand;
    return tr("%1 · %2").arg(brand, deal->title);
}

QString DealChecks::postingWindow(const DealDeliverable &v)
{
    const QLocale locale;
    auto when = [&locale](const QDateTime &utc) {
        return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("…");
    };
    if (!v.postingStart.isValid() && !v.postingEnd.isValid())
        return tr("no posting window");
    return tr("%1 – %2").arg(when(v.postingStart), when(v.postingEnd));
}

QString DealChecks::describe(const DealsSnapshot &snapshot, const DealDeliverable &v)
{
    return tr("%1 — %2 (posting %3)").arg(dealName(snapshot, v.dealId), deliverableName(v), postingWindow(v));
}

ComplianceInput DealChecks::complianceInput(const DealsSnapshot &snapshot, const DealDeliverable &deliverable,
                                            const Post &post, const std::optional<ProjectState> &project,
                                            bool overlaysConfirmed)
{
    ComplianceInput input;
    if (const Deal *deal = snapshot.deal(deliverable.dealId)) {
        input.deal = *deal;
        for (const Deal &other : snapshot.deals)
            if (other.brandId == deal->brandId)
                input.advertiserDeals << other;
    }
    input.deliverable = deliverable;
    input.deliverable.aiGenerated = deliverable.aiGenerated || post.isAigc;
    input.post = post;
    input.project = project;
    input.retouched = project && isRetouched(*project);
    input.overlaysConfirmed = overlaysConfirmed;
    return input;
}

QList<ExclusivityConflict> DealChecks::conflictsForPost(const DealsSnapshot &snapshot,
                                                        const DealDeliverable &deliverable,
                                                        const QDateTime &postUtc)
{
    const Deal *deal = snapshot.deal(deliverable.dealId);
    if (!deal || !postUtc.isValid())
        return {};
    QList<ExclusivityInput> others;
    for (const Deal &other : snapshot.deals)
        if (other.id != deal->id)
            others << exclusivityInput(snapshot, other);
    return ExclusivityCheck::forPost(exclusivityInput(snapshot, *deal), postUtc, others);
}

ComplianceInput DealChecks::labelInput(const QString &jurisdiction, DisclosureType kind, bool retouched,
                                       bool aiGenerated, const std::optional<ProjectState> &project)
{
    ComplianceInput input;
    input.deal.jurisdictions = {jurisdiction};
    input.deal.disclosure = kind;
    input.deliverable.retouched = retouched;
    input.deliverable.aiGenerated = aiGenerated;
    input.project = project;
    input.retouched = project && isRetouched(*project);
    return input;
}

bool DealChecks::isRetouched(const ProjectState &project)
{
    // The retouching filters of core/filters (FilterRegistry marks them), by id: a filter at zero
    // strength leaves the picture as it was.
    static const QStringList retouching{QStringLiteral("skin_smooth")};
    for (const Clip &clip : project.clips)
        for (const FilterSettings &f : clip.filters)
            if (f.enabled && retouching.contains(f.id)
                && f.params.value(QStringLiteral("amount")).toDouble() > 0)
                return true;
    return false;
}

QList<TextOverlay> DealChecks::overlaysFor(const ComplianceRules &rules, const ComplianceInput &input)
{
    QList<TextOverlay> out;
    if (!input.project)
        return out;
    QStringList texts;
    for (const TextOverlay &o : ComplianceCheck::overlaysToAdd(rules, input))
        texts << o.text;
    if (texts.isEmpty()) // nothing required: what is recommended (the US "Ad" in the video)
        for (const ComplianceItem &i : ComplianceCheck::check(rules, input).items)
            if (!i.passed && !i.overlayText.isEmpty() && !texts.contains(i.overlayText))
                texts << i.overlayText;
    int slot = 0;
    for (const QString &text : std::as_const(texts)) {
        slot = freeSlot(*input.project, out, slot);
        out << DisclosureOverlay::makeOverlay(*input.project, text, slot);
    }
    return out;
}

} // namespace montaj
