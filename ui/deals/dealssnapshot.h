#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QHash>
#include <QList>

namespace montaj {

class DealStore;

// What the Collaborations page (and the composer, the calendar and the Edit page's disclosure
// action) shows, read in one go on the deals' thread (and the posts from the workspace's): every
// deal with its brand, contacts, deliverables, invoices and history. A value, not a cache.
struct DealsSnapshot
{
    QList<Deal> deals;
    QHash<QString, Brand> brands;                        // by id
    QHash<QString, QList<Contact>> contacts;             // by brand id
    QHash<QString, QList<DealDeliverable>> deliverables; // by deal id
    QHash<QString, QList<StageChange>> history;          // by deal id
    QList<Invoice> invoices;
    QHash<QString, Post> posts; // linked posts, by id

    // Reads everything but the posts; runs on the deals' thread (DealService::run).
    static Result<DealsSnapshot> read(DealStore &store);

    const Deal *deal(const QString &id) const
    {
        for (const Deal &d : deals)
            if (d.id == id)
                return &d;
        return nullptr;
    }
    // The deliverable with this id, with its deal; nullptr when unknown.
    const DealDeliverable *deliverable(const QString &id) const
    {
        for (auto it = deliverables.cbegin(); it != deliverables.cend(); ++it)
            for (const DealDeliverable &v : it.value())
                if (v.id == id)
                    return &v;
        return nullptr;
    }
    // The deliverable a post delivers, if any.
    const DealDeliverable *deliverableForPost(const QString &postId) const
    {
        for (auto it = deliverables.cbegin(); it != deliverables.cend(); ++it)
            for (const DealDeliverable &v : it.value())
                if (!postId.isEmpty() && v.postIds.contains(postId))
                    return &v;
        return nullptr;
    }
};

} // namespace montaj
