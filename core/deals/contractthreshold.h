#pragma once

#include "core/deals/compliancerules.h"
#include "core/deals/dealtypes.h"

#include <QCoreApplication>

namespace montaj {

// France's written-contract rule: a contract is required when what one advertiser pays in a
// calendar year (fees and gifted value, excl. VAT, every deal that is not lost) reaches the
// threshold of the rules (€1,000 from 1 January 2026). Amounts in another currency than the
// threshold's cannot be added without a rate: they are listed so a person decides. Not the
// contract itself (Deal::contractPath / contractSigned).
class ContractThreshold
{
    Q_DECLARE_TR_FUNCTIONS(ContractThreshold)

public:
    struct Assessment
    {
        bool applies = false;  // the jurisdiction has a threshold in force on that date
        bool required = false; // reached
        qint64 totalMinor = 0; // in the threshold's currency
        qint64 thresholdMinor = 0;
        QString currency;
        QStringList otherCurrencies; // amounts left out
    };

    // `dealsOfAdvertiser`: the advertiser's deals (the one being checked included). `onDate` picks
    // the calendar year (the posting date, or today).
    static Assessment assess(const JurisdictionRules &rules, const QString &brandId,
                             const QList<Deal> &dealsOfAdvertiser, const QDate &onDate);
};

} // namespace montaj
