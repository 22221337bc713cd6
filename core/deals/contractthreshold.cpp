#include "core/deals/contractthreshold.h"

namespace montaj {

ContractThreshold::Assessment ContractThreshold::assess(const JurisdictionRules &rules,
                                                        const QString &brandId,
                                                        const QList<Deal> &dealsOfAdvertiser,
                                                        const QDate &onDate)
{
    Assessment a;
    if (!rules.contractThreshold || !onDate.isValid()
        || (rules.contractFrom.isValid() && onDate < rules.contractFrom))
        return a;
    a.applies = true;
    a.currency = rules.contractThreshold->currency();
    a.thresholdMinor = rules.contractThreshold->minorUnits();
    const int year = onDate.year();
    for (const Deal &deal : dealsOfAdvertiser) {
        if (deal.brandId != brandId || deal.stage == DealStage::Lost)
            continue;
        // The deal's year: when its work is dated (exclusivity or usage start), else when it was made.
        const QDateTime dated = deal.exclusivityStart.isValid() ? deal.exclusivityStart
                                : deal.usageStart.isValid()     ? deal.usageStart
                                                                : deal.createdAt;
        if (dated.isValid() && dated.toUTC().date().year() != year)
            continue;
        for (const std::optional<Money> &amount : {deal.fee, deal.giftedValue}) {
            if (!amount)
                continue;
            if (amount->currency() != a.currency) {
                if (!a.otherCurrencies.contains(amount->currency()))
                    a.otherCurrencies << amount->currency();
                continue;
            }
            a.totalMinor += amount->minorUnits();
        }
    }
    a.required = a.totalMinor >= a.thresholdMinor;
    return a;
}

} // namespace montaj
