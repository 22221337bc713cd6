#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QHash>

namespace montaj {

// Something about a deal that needs attention at a given moment.
struct DealReminder
{
    enum class Kind {
        DraftDueSoon,
        DraftOverdue,
        PostingWindowOpens,
        PostingWindowOpen,
        PostingWindowClosing,
        PostingWindowMissed,
        InvoiceOverdue,
        InvitationExpiring,
        StaleDeal
    };
    enum class Severity { Info, Warning, Overdue };

    Kind kind = Kind::StaleDeal;
    Severity severity = Severity::Info;
    QString dealId;
    QString deliverableId; // when about a deliverable
    QString invoiceId;     // when about an invoice
    QDateTime dueUtc;      // the moment it is about
    QString message;       // translated
};

// Reminders and stale-deal alerts for a given "now" (pure: the caller passes the clock, so tests and
// the UI agree): drafts due within the lead time or late, posting windows opening, open without a
// published post, closing soon or missed, invoices past their due date with money left to pay,
// invitations about to expire, and open deals that have not moved for longer than their stage allows.
// Not notifications (the UI decides how to show them).
class DealReminders
{
    Q_DECLARE_TR_FUNCTIONS(DealReminders)

public:
    struct Settings
    {
        qint64 leadTimeSecs = 48 * 3600; // "soon"
        int staleLeadDays = 7;           // lead / negotiating
        int staleActiveDays = 14;        // contracted … published
        int staleInvoicedDays = 45;      // invoiced, waiting for money
    };

    struct Input
    {
        QList<Deal> deals;
        QHash<QString, QList<DealDeliverable>> deliverables; // by deal id
        QList<Invoice> invoices;
        QHash<QString, PostState> postStates; // by post id (linked posts)
        QHash<QString, QString> brandNames;   // by brand id, for the messages
    };

    static QList<DealReminder> compute(const Input &input, const QDateTime &nowUtc, const Settings &settings);
    static QList<DealReminder> compute(const Input &input, const QDateTime &nowUtc)
    {
        return compute(input, nowUtc, Settings{});
    }
};

} // namespace montaj
