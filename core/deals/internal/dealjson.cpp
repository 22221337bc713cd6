#include "core/deals/internal/dealjson.h"

#include <QJsonArray>

namespace montaj {
namespace {

QJsonArray list(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QStringList readList(const QJsonValue &json)
{
    QStringList out;
    for (const QJsonValue &v : json.toArray())
        out << v.toString();
    return out;
}

QJsonValue time(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime readTime(const QJsonValue &json)
{
    return json.isDouble() ? QDateTime::fromMSecsSinceEpoch(json.toInteger(), Qt::UTC) : QDateTime();
}

int readInt(const QJsonValue &json, int fallback)
{
    return json.isDouble() ? int(json.toInteger(fallback)) : fallback;
}

} // namespace

QJsonValue DealJson::money(const std::optional<Money> &money)
{
    if (!money)
        return {};
    return QJsonObject{{QStringLiteral("minor"), money->minorUnits()},
                       {QStringLiteral("currency"), money->currency()}};
}

std::optional<Money> DealJson::readMoney(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    if (!o.value(QStringLiteral("minor")).isDouble())
        return std::nullopt;
    auto m = Money::fromMinor(o.value(QStringLiteral("minor")).toInteger(),
                              o.value(QStringLiteral("currency")).toString());
    return m ? std::optional<Money>(*m) : std::nullopt;
}

QJsonObject DealJson::dealData(const Deal &d)
{
    return {
        {QStringLiteral("contact_ids"), list(d.contactIds)},
        {QStringLiteral("agency_name"), d.agencyName},
        {QStringLiteral("agency_commission_bp"), d.agencyCommissionBp},
        {QStringLiteral("brief"), d.brief},
        {QStringLiteral("talking_points"), list(d.talkingPoints)},
        {QStringLiteral("required_hashtags"), list(d.requiredHashtags)},
        {QStringLiteral("required_handles"), list(d.requiredHandles)},
        {QStringLiteral("do_not_say"), list(d.doNotSay)},
        {QStringLiteral("fee_type"), toString(d.feeType)},
        {QStringLiteral("fee"), money(d.fee)},
        {QStringLiteral("gifted_value"), money(d.giftedValue)},
        {QStringLiteral("cpm_rate"), money(d.cpmRate)},
        {QStringLiteral("affiliate_rate_bp"), d.affiliateRateBp},
        {QStringLiteral("upfront_bp"), d.upfrontBp},
        {QStringLiteral("payment_net_days"), d.paymentNetDays},
        {QStringLiteral("payment_trigger"), toString(d.paymentTrigger)},
        {QStringLiteral("kill_fee"), money(d.killFee)},
        {QStringLiteral("usage"), toString(d.usage)},
        {QStringLiteral("ad_authorization_days"), d.adAuthorizationDays},
        {QStringLiteral("usage_start"), time(d.usageStart)},
        {QStringLiteral("usage_end"), time(d.usageEnd)},
        {QStringLiteral("territories"), list(d.territories)},
        {QStringLiteral("channels"), list(d.channels)},
        {QStringLiteral("exclusivity_category"), d.exclusivityCategory},
        {QStringLiteral("competitors"), list(d.competitors)},
        {QStringLiteral("exclusivity_start"), time(d.exclusivityStart)},
        {QStringLiteral("exclusivity_end"), time(d.exclusivityEnd)},
        {QStringLiteral("post_term_days"), d.postTermDays},
        {QStringLiteral("jurisdictions"), list(d.jurisdictions)},
        {QStringLiteral("disclosure"), toString(d.disclosure)},
        {QStringLiteral("required_labels"), list(d.requiredLabels)},
        {QStringLiteral("product_category"), d.productCategory},
        {QStringLiteral("contract_required"), d.contractRequired},
        {QStringLiteral("contract_path"), d.contractPath},
        {QStringLiteral("contract_signed"), d.contractSigned},
        {QStringLiteral("contract_reference"), d.contractReference},
        {QStringLiteral("files"), list(d.files)},
        {QStringLiteral("lost_reason"), d.lostReason},
        {QStringLiteral("campaign_status"), d.campaignStatus},
        {QStringLiteral("invitation_expires_at"), time(d.invitationExpiresAt)},
    };
}

void DealJson::readDealData(const QJsonObject &j, Deal &d)
{
    d.contactIds = readList(j.value(QStringLiteral("contact_ids")));
    d.agencyName = j.value(QStringLiteral("agency_name")).toString();
    d.agencyCommissionBp = readInt(j.value(QStringLiteral("agency_commission_bp")), 0);
    d.brief = j.value(QStringLiteral("brief")).toString();
    d.talkingPoints = readList(j.value(QStringLiteral("talking_points")));
    d.requiredHashtags = readList(j.value(QStringLiteral("required_hashtags")));
    d.requiredHandles = readList(j.value(QStringLiteral("required_handles")));
    d.doNotSay = readList(j.value(QStringLiteral("do_not_say")));
    d.feeType = feeTypeFromString(j.value(QStringLiteral("fee_type")).toString()).value_or(FeeType::Flat);
    d.fee = readMoney(j.value(QStringLiteral("fee")));
    d.giftedValue = readMoney(j.value(QStringLiteral("gifted_value")));
    d.cpmRate = readMoney(j.value(QStringLiteral("cpm_rate")));
    d.affiliateRateBp = readInt(j.value(QStringLiteral("affiliate_rate_bp")), 0);
    d.upfrontBp = readInt(j.value(QStringLiteral("upfront_bp")), 0);
    d.paymentNetDays = readInt(j.value(QStringLiteral("payment_net_days")), 30);
    d.paymentTrigger = paymentTriggerFromString(j.value(QStringLiteral("payment_trigger")).toString())
                           .value_or(PaymentTrigger::OnInvoice);
    d.killFee = readMoney(j.value(QStringLiteral("kill_fee")));
    d.usage =
        usageRightsFromString(j.value(QStringLiteral("usage")).toString()).value_or(UsageRights::Organic);
    d.adAuthorizationDays = readInt(j.value(QStringLiteral("ad_authorization_days")), 0);
    d.usageStart = readTime(j.value(QStringLiteral("usage_start")));
    d.usageEnd = readTime(j.value(QStringLiteral("usage_end")));
    d.territories = readList(j.value(QStringLiteral("territories")));
    d.channels = readList(j.value(QStringLiteral("channels")));
    d.exclusivityCategory = j.value(QStringLiteral("exclusivity_category")).toString();
    d.competitors = readList(j.value(QStringLiteral("competitors")));
    d.exclusivityStart = readTime(j.value(QStringLiteral("exclusivity_start")));
    d.exclusivityEnd = readTime(j.value(QStringLiteral("exclusivity_end")));
    d.postTermDays = readInt(j.value(QStringLiteral("post_term_days")), 0);
    d.jurisdictions = readList(j.value(QStringLiteral("jurisdictions")));
    d.disclosure = disclosureTypeFromString(j.value(QStringLiteral("disclosure")).toString())
                       .value_or(DisclosureType::PaidPartnership);
    d.requiredLabels = readList(j.value(QStringLiteral("required_labels")));
    d.productCategory = j.value(QStringLiteral("product_category")).toString();
    d.contractRequired = j.value(QStringLiteral("contract_required")).toBool();
    d.contractPath = j.value(QStringLiteral("contract_path")).toString();
    d.contractSigned = j.value(QStringLiteral("contract_signed")).toBool();
    d.contractReference = j.value(QStringLiteral("contract_reference")).toString();
    d.files = readList(j.value(QStringLiteral("files")));
    d.lostReason = j.value(QStringLiteral("lost_reason")).toString();
    d.campaignStatus = j.value(QStringLiteral("campaign_status")).toString();
    d.invitationExpiresAt = readTime(j.value(QStringLiteral("invitation_expires_at")));
}

QJsonObject DealJson::deliverableData(const DealDeliverable &v)
{
    return {
        {QStringLiteral("platform"), v.platform},
        {QStringLiteral("format"), v.format},
        {QStringLiteral("quantity"), v.quantity},
        {QStringLiteral("min_duration_sec"), v.minDurationSec},
        {QStringLiteral("max_duration_sec"), v.maxDurationSec},
        {QStringLiteral("approval_required"), v.approvalRequired},
        {QStringLiteral("revision_rounds"), v.revisionRounds},
        {QStringLiteral("proof_url"), v.proofUrl},
        {QStringLiteral("draft_submitted_at"), time(v.draftSubmittedAt)},
        {QStringLiteral("review_status"), v.reviewStatus},
        {QStringLiteral("review_feedback"), v.reviewFeedback},
        {QStringLiteral("retouched"), v.retouched},
        {QStringLiteral("ai_generated"), v.aiGenerated},
    };
}

void DealJson::readDeliverableData(const QJsonObject &j, DealDeliverable &v)
{
    v.platform = j.value(QStringLiteral("platform")).toString(QStringLiteral("tiktok"));
    v.format = j.value(QStringLiteral("format")).toString(QStringLiteral("video"));
    v.quantity = readInt(j.value(QStringLiteral("quantity")), 1);
    v.minDurationSec = readInt(j.value(QStringLiteral("min_duration_sec")), 0);
    v.maxDurationSec = readInt(j.value(QStringLiteral("max_duration_sec")), 0);
    v.approvalRequired = j.value(QStringLiteral("approval_required")).toBool(true);
    v.revisionRounds = readInt(j.value(QStringLiteral("revision_rounds")), 1);
    v.proofUrl = j.value(QStringLiteral("proof_url")).toString();
    v.draftSubmittedAt = readTime(j.value(QStringLiteral("draft_submitted_at")));
    v.reviewStatus = j.value(QStringLiteral("review_status")).toString();
    v.reviewFeedback = j.value(QStringLiteral("review_feedback")).toString();
    v.retouched = j.value(QStringLiteral("retouched")).toBool();
    v.aiGenerated = j.value(QStringLiteral("ai_generated")).toBool();
}

QJsonObject DealJson::party(const InvoiceParty &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("vat_number"), p.vatNumber},
            {QStringLiteral("country"), p.country},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("iban"), p.iban}};
}

InvoiceParty DealJson::readParty(const QJsonObject &j)
{
    InvoiceParty p;
    p.name = j.value(QStringLiteral("name")).toString();
    p.address = j.value(QStringLiteral("address")).toString();
    p.vatNumber = j.value(QStringLiteral("vat_number")).toString();
    p.country = j.value(QStringLiteral("country")).toString();
    p.email = j.value(QStringLiteral("email")).toString();
    p.iban = j.value(QStringLiteral("iban")).toString();
    return p;
}

QJsonObject DealJson::invoiceData(const Invoice &invoice)
{
    QJsonArray lines;
    for (const InvoiceLine &l : invoice.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price_minor"), l.unitPriceMinor},
                                 {QStringLiteral("vat_rate_bp"), l.vatRateBp}});
    return {{QStringLiteral("language"), invoice.language},
            {QStringLiteral("seller"), party(invoice.seller)},
            {QStringLiteral("buyer"), party(invoice.buyer)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("notes"), invoice.notes}};
}

void DealJson::readInvoiceData(const QJsonObject &j, Invoice &invoice)
{
    invoice.language = j.value(QStringLiteral("language")).toString(QStringLiteral("en"));
    invoice.seller = readParty(j.value(QStringLiteral("seller")).toObject());
    invoice.buyer = readParty(j.value(QStringLiteral("buyer")).toObject());
    invoice.notes = j.value(QStringLiteral("notes")).toString();
    invoice.lines.clear();
    for (const QJsonValue &v : j.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        InvoiceLine l;
        l.description = o.value(QStringLiteral("description")).toString();
        l.quantity = o.value(QStringLiteral("quantity")).toInteger(1);
        l.unitPriceMinor = o.value(QStringLiteral("unit_price_minor")).toInteger();
        l.vatRateBp = int(o.value(QStringLiteral("vat_rate_bp")).toInteger());
        invoice.lines.append(l);
    }
}

} // namespace montaj
