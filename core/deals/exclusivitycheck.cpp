#include "core/deals/exclusivitycheck.h"

#include <QLocale>

#include <algorithm>

namespace montaj {
namespace {

QString key(const QString &text)
{
    return text.trimmed().toLower();
}

QString category(const ExclusivityInput &input)
{
    return key(input.deal.productCategory.isEmpty() ? input.brand.category : input.deal.productCategory);
}

// [a.first, a.second] ∩ [b.first, b.second], an invalid end being open; invalid first when empty.
QPair<QDateTime, QDateTime> overlap(const QPair<QDateTime, QDateTime> &a,
                                    const QPair<QDateTime, QDateTime> &b)
{
    if (!a.first.isValid() || !b.first.isValid())
        return {};
    const QDateTime start = std::max(a.first, b.first);
    QDateTime end;
    if (a.second.isValid() && b.second.isValid())
        end = std::min(a.second, b.second);
    else
        end = a.second.isValid() ? a.second : b.second;
    if (end.isValid() && end < start)
        return {};
    return {start, end};
}

QString day(const QDateTime &utc)
{
    return QLocale().toString(utc.toUTC().date(), QLocale::ShortFormat);
}

ExclusivityConflict conflict(const ExclusivityInput &holder, const ExclusivityInput &other,
                             const QPair<QDateTime, QDateTime> &span, const QString &message)
{
    ExclusivityConflict c;
    c.dealId = other.deal.id;
    c.brandName = other.brand.name;
    c.fromUtc = span.first;
    c.toUtc = span.second;
    c.postTerm = holder.deal.exclusivityEnd.isValid() && span.first > holder.deal.exclusivityEnd;
    c.message = message;
    return c;
}

} // namespace

QPair<QDateTime, QDateTime> ExclusivityCheck::window(const Deal &deal)
{
    if (key(deal.exclusivityCategory).isEmpty() && deal.competitors.isEmpty())
        return {};
    const QDateTime start = deal.exclusivityStart.isValid() ? deal.exclusivityStart : deal.createdAt;
    QDateTime end = deal.exclusivityEnd;
    if (end.isValid())
        end = end.addDays(std::max(0, deal.postTermDays));
    return {start.isValid() ? start : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), end};
}

QPair<QDateTime, QDateTime> ExclusivityCheck::livePeriod(const ExclusivityInput &input)
{
    QDateTime start, end;
    bool openEnd = false;
    for (const DealDeliverable &v : input.deliverables) {
        if (!v.postingStart.isValid())
            continue;
        start = start.isValid() ? std::min(start, v.postingStart) : v.postingStart;
        if (!v.postingEnd.isValid())
            openEnd = true;
        else
            end = end.isValid() ? std::max(end, v.postingEnd) : v.postingEnd;
    }
    if (start.isValid())
        return {start, openEnd ? QDateTime() : end};
    if (input.deal.exclusivityStart.isValid())
        return {input.deal.exclusivityStart, input.deal.exclusivityEnd};
    const QDateTime created =
        input.deal.createdAt.isValid() ? input.deal.createdAt : QDateTime::currentDateTimeUtc();
    return {created, {}};
}

bool ExclusivityCheck::competes(const ExclusivityInput &a, const ExclusivityInput &b)
{
    if (a.deal.id == b.deal.id || (!a.deal.brandId.isEmpty() && a.deal.brandId == b.deal.brandId))
        return false;
    const QString cat = category(a);
    if (!cat.isEmpty() && cat == key(b.deal.exclusivityCategory))
        return true;
    const QString name = key(a.brand.name);
    return !name.isEmpty()
           && std::any_of(b.deal.competitors.cbegin(), b.deal.competitors.cend(),
                          [&name](const QString &c) { return key(c) == name; });
}

QList<ExclusivityConflict> ExclusivityCheck::forDeal(const ExclusivityInput &candidate,
                                                     const QList<ExclusivityInput> &others)
{
    QList<ExclusivityConflict> out;
    if (candidate.deal.stage == DealStage::Lost)
        return out;
    for (const ExclusivityInput &other : others) {
        if (other.deal.id == candidate.deal.id || other.deal.stage == DealStage::Lost)
            continue;
        // The other deal's exclusivity against the candidate's content…
        if (competes(candidate, other)) {
            const auto span = overlap(livePeriod(candidate), window(other.deal));
            if (span.first.isValid()) {
                out.append(
                    conflict(other, other, span,
                             tr("%1 has exclusivity for this category from %2; this deal's posts would "
                                "run at the same time.")
                                 .arg(other.brand.name, day(span.first))));
                continue;
            }
        }
        // …and the candidate's exclusivity against the other deal's content.
        if (competes(other, candidate)) {
            const auto span = overlap(livePeriod(other), window(candidate.deal));
            if (span.first.isValid())
                out.append(conflict(candidate, other, span,
                                    tr("This deal's exclusivity would cover the posts of your deal with %1 "
                                       "(from %2).")
                                        .arg(other.brand.name, day(span.first))));
        }
    }
    return out;
}

QList<ExclusivityConflict> ExclusivityCheck::forPost(const ExclusivityInput &deal, const QDateTime &postUtc,
                                                     const QList<ExclusivityInput> &others)
{
    QList<ExclusivityConflict> out;
    if (!postUtc.isValid())
        return out;
    for (const ExclusivityInput &other : others) {
        if (other.deal.id == deal.deal.id || other.deal.stage == DealStage::Lost || !competes(deal, other))
            continue;
        const auto span = overlap({postUtc, postUtc}, window(other.deal));
        if (!span.first.isValid())
            continue;
        ExclusivityConflict c = conflict(other, other, span, {});
        c.message = c.postTerm ? tr("On %1 your deal with %2 is still in its post-term exclusivity for this "
                                    "category.")
                                     .arg(day(postUtc), other.brand.name)
                               : tr("On %1 your deal with %2 is exclusive for this category.")
                                     .arg(day(postUtc), other.brand.name);
        out.append(c);
    }
    return out;
}

} // namespace montaj
