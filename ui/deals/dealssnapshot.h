#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/publish/posttypes.h"

#include <QHash>
#include <QList>

namespace montaj {

// What the Collaborations page shows, read in one go on the deals' thread (and the posts from the
// workspace's): every deal with its brand, deliverables, invoices and history. A value, not a cache.
struct DealsSnapshot
{
    QList<Deal> deals;
    QHash<QString, Brand> brands;                        // by id
    QHash<QString, QList<DealDeliverable>> deliverables; // by deal id
    QHash<QString, QList<StageChange>> history;          // by deal id
    QList<Invoice> invoices;
    QHash<QString, Post> posts; // linked posts, by id

    const Deal *deal(const QString &id) const
    {
        for (const Deal &d : deals)
            if (d.id == id)
                return &d;
        return nullptr;
    }
};

} // namespace montaj
