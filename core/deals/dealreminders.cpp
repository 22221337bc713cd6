#include "core/deals/dealreminders.h"

#include "core/deals/dealpipeline.h"
#include "core/deals/invoicemath.h"

#include <QLocale>

#include <algorithm>

namespace montaj {
namespace {

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

DealReminder reminder(DealReminder::Kind kind, DealReminder::Severity severity, const Deal &deal,
                      const QDateTime &due, const QString &message)
{
    DealReminder r;
    r.kind = kind;
    r.severity = severity;
    r.dealId = deal.id;
    r.dueUtc = due;
    r.message = message;
    return r;
}

bool anyPublished(const DealDeliverable &v, const QHash<QString, PostState> &states)
{
    return std::any_of(v.postIds.cbegin(), v.postIds.cend(), [&states](const QString &id) {
        return states.value(id, PostState::Draft) == PostState::Published;
    });
}

bool anyScheduled(const DealDeliverable &v, const QHash<QString, PostState> &states)
{
    return std::any_of(v.postIds.cbegin(), v.postIds.cend(), [&states](const QString &id) {
        const PostState s = states.value(id, PostState::Draft);
        return s == PostState::Scheduled || s == PostState::Publishing || s == PostState::Published;
    });
}

} // namespace

QList<DealReminder> DealReminders::compute(const Input &input, const QDateTime &nowUtc,
                                           const Settings &settings)
{
    using K = DealReminder::Kind;
    using S = DealReminder::Severity;
    QList<DealReminder> out;
    const QDateTime soon = nowUtc.addSecs(settings.leadTimeSecs);
    for (const Deal &deal : input.deals) {
        if (!deal.isOpen())
            continue;
        const QString brand = input.brandNames.value(deal.brandId, deal.title);
        if (deal.stage == DealStage::Lead && deal.invitationExpiresAt.isValid()
            && deal.invitationExpiresAt > nowUtc && deal.invitationExpiresAt <= soon)
            out.append(reminder(
                K::InvitationExpiring, S::Warning, deal, deal.invitationExpiresAt,
                tr("The invitation from %1 expires on %2.").arg(brand, when(deal.invitationExpiresAt))));
        for (const DealDeliverable &v : input.deliverables.value(deal.id)) {
            const bool published = anyPublished(v, input.postStates);
            auto add = [&out, &deal, &v](K kind, S severity, const QDateTime &due, const QString &message) {
                out.append(reminder(kind, severity, deal, due, message));
                out.last().deliverableId = v.id;
            };
            if (v.draftDue.isValid() && v.approvalRequired && !v.draftSubmittedAt.isValid() && !published) {
                if (v.draftDue <= nowUtc)
                    add(K::DraftOverdue, S::Overdue, v.draftDue,
                        tr("The draft for %1 was due on %2.").arg(brand, when(v.draftDue)));
                else if (v.draftDue <= soon)
                    add(K::DraftDueSoon, S::Warning, v.draftDue,
                        tr("The draft for %1 is due on %2.").arg(brand, when(v.draftDue)));
            }
            if (v.postingStart.isValid() && !published) {
                const bool closed = v.postingEnd.isValid() && v.postingEnd <= nowUtc;
                if (closed)
                    add(K::PostingWindowMissed, S::Overdue, v.postingEnd,
                        tr("The posting window for %1 closed on %2 without a published post.")
                            .arg(brand, when(v.postingEnd)));
                else if (v.postingStart > nowUtc && v.postingStart <= soon)
                    add(K::PostingWindowOpens, S::Info, v.postingStart,
                        tr("The posting window for %1 opens on %2.").arg(brand, when(v.postingStart)));
                else if (v.postingStart <= nowUtc && v.postingEnd.isValid() && v.postingEnd <= soon)
                    add(K::PostingWindowClosing, S::Warning, v.postingEnd,
                        tr("The posting window for %1 closes on %2.").arg(brand, when(v.postingEnd)));
                else if (v.postingStart <= nowUtc && !anyScheduled(v, input.postStates))
                    add(K::PostingWindowOpen, S::Info, v.postingStart,
                        tr("The posting window for %1 is open and nothing is scheduled yet.").arg(brand));
            }
        }
        int staleDays = settings.staleActiveDays;
        if (deal.stage == DealStage::Lead || deal.stage == DealStage::Negotiating)
            staleDays = settings.staleLeadDays;
        else if (deal.stage == DealStage::Invoiced || deal.stage == DealStage::Paid)
            staleDays = settings.staleInvoicedDays;
        const QDateTime last = std::max(deal.stageChangedAt, deal.updatedAt);
        if (last.isValid() && last.addDays(staleDays) <= nowUtc)
            out.append(reminder(K::StaleDeal, S::Warning, deal, last.addDays(staleDays),
                                tr("The deal with %1 has been “%2” for %n day(s) without a change.", nullptr,
                                   int(last.daysTo(nowUtc)))
                                    .arg(brand, DealPipeline::displayName(deal.stage))));
    }
    const QDate today = nowUtc.date();
    for (const Invoice &inv : input.invoices) {
        if (!InvoiceMath::isOverdue(inv, today))
            continue;
        DealReminder r;
        r.kind = K::InvoiceOverdue;
        r.severity = S::Overdue;
        r.dealId = inv.dealId;
        r.invoiceId = inv.id;
        r.dueUtc = inv.dueDate.startOfDay(Qt::UTC);
        r.message = tr("Invoice %1 was due on %2 and is not fully paid.")
                        .arg(inv.displayNumber(), QLocale().toString(inv.dueDate, QLocale::ShortFormat));
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DealReminder &a, const DealReminder &b) { return a.dueUtc < b.dueUtc; });
    return out;
}

} // namespace montaj
