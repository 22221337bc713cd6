#pragma once

#include "core/foundation/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace montaj {

// Plain values of a brand collaboration, with the fields of shared/COMPLIANCE.md ("Brand deal
// record"): parties, campaign, deliverables, money, rights, exclusivity, compliance and the
// pipeline. Behaviour lives elsewhere (DealPipeline, ComplianceCheck, ExclusivityCheck, DealStore).
// Times are UTC; percentages are basis points (1 % = 100) so nothing is a double.

// The pipeline, in order; Lost may follow any open stage.
enum class DealStage {
    Lead,
    Negotiating,
    Contracted,
    InProduction,
    InReview,
    Scheduled,
    Published,
    Invoiced,
    Paid,
    Closed,
    Lost
};
enum class FeeType { Flat, Cpm, Affiliate, Gifted };
// What the brand pays for: a paid partnership, products only, affiliate links, or the creator's own brand.
enum class DisclosureType { PaidPartnership, Gifted, Affiliate, OwnBrand };
enum class UsageRights { None, Organic, PaidAds, FullCommercial };
enum class PaymentTrigger { OnSignature, OnApproval, OnPublish, OnInvoice };

QString toString(DealStage stage);
QString toString(FeeType type);
QString toString(DisclosureType type);
QString toString(UsageRights rights);
QString toString(PaymentTrigger trigger);
std::optional<DealStage> dealStageFromString(const QString &name);
std::optional<FeeType> feeTypeFromString(const QString &name);
std::optional<DisclosureType> disclosureTypeFromString(const QString &name);
std::optional<UsageRights> usageRightsFromString(const QString &name);
std::optional<PaymentTrigger> paymentTriggerFromString(const QString &name);

// An advertiser: the legal party invoices go to.
struct Brand
{
    QString id;
    QString name;      // as people call it ("Lumen Coffee")
    QString legalName; // on invoices and contracts
    QString vatNumber;
    QString country;  // ISO 3166-1 alpha-2
    QString category; // what it sells, lower-case key ("coffee", "outdoor_gear")
    QString address;  // several lines
    QString platformBrandId;
    QString notes;
    QDateTime createdAt;
};

struct Contact
{
    QString id;
    QString brandId;
    QString name;
    QString role;
    QString email;
    QString phone;
};

// One thing the creator delivers (a video, a story…), linked to the posts that deliver it.
struct DealDeliverable
{
    QString id;
    QString dealId;
    QString platform = QStringLiteral("tiktok");
    QString format = QStringLiteral("video");
    int quantity = 1;
    int minDurationSec = 0; // 0: no bound
    int maxDurationSec = 0;
    QDateTime draftDue;
    bool approvalRequired = true;
    int revisionRounds = 1;
    QDateTime postingStart; // the posting window
    QDateTime postingEnd;
    QStringList postIds; // workspace posts that deliver it
    QString proofUrl;
    QDateTime draftSubmittedAt;
    QString reviewStatus; // "", "submitted", "changes_requested", "approved" (platform review)
    QString reviewFeedback;
    bool retouched = false;   // face/body retouching used (beauty filters): "Images retouchées" in FR
    bool aiGenerated = false; // AI-generated people or scenes: is_aigc, "Images virtuelles" in FR
    int sortOrder = 0;
};

// One move in the pipeline: who, when, from → to.
struct StageChange
{
    qint64 id = 0;
    QString dealId;
    QDateTime at;
    QString actor;
    std::optional<DealStage> from; // empty when the deal was created
    DealStage to = DealStage::Lead;
    QString note;
};

struct Deal
{
    QString id;
    // parties
    QString brandId;
    QStringList contactIds;
    QString agencyName;
    int agencyCommissionBp = 0;
    // campaign
    QString title;
    QString brief;
    QStringList talkingPoints;
    QStringList requiredHashtags; // without '#'
    QStringList requiredHandles;  // without '@'
    QStringList doNotSay;
    // money
    FeeType feeType = FeeType::Flat;
    std::optional<Money> fee;         // flat fee (or the agreed minimum for CPM/affiliate)
    std::optional<Money> giftedValue; // products received
    std::optional<Money> cpmRate;     // per 1,000 views (CPM)
    int affiliateRateBp = 0;
    int upfrontBp = 0; // paid before the work
    int paymentNetDays = 30;
    PaymentTrigger paymentTrigger = PaymentTrigger::OnInvoice;
    std::optional<Money> killFee;
    // rights
    UsageRights usage = UsageRights::Organic;
    int adAuthorizationDays = 0;
    QDateTime usageStart;
    QDateTime usageEnd;
    QStringList territories;
    QStringList channels;
    // exclusivity
    QString exclusivityCategory; // empty: none (unless competitors are named)
    QStringList competitors;     // brand names
    QDateTime exclusivityStart;
    QDateTime exclusivityEnd;
    int postTermDays = 0; // exclusivity continues this long after the end
    // compliance
    QStringList jurisdictions = {QStringLiteral("US")}; // "US", "UK", "FR"
    DisclosureType disclosure = DisclosureType::PaidPartnership;
    QStringList requiredLabels;
    QString productCategory; // what is promoted, checked against prohibited categories
    bool contractRequired = false;
    QString contractPath; // the attached contract file
    bool contractSigned = false;
    QString contractReference;
    // files (brief, contract drafts, proofs)
    QStringList files;
    // pipeline
    DealStage stage = DealStage::Lead;
    QDateTime stageChangedAt;
    QString lostReason;
    // platform
    QString campaignId; // the platform's campaign (a lead from an invitation)
    QString campaignStatus;
    QDateTime invitationExpiresAt;
    // bookkeeping
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    bool isOpen() const { return stage != DealStage::Closed && stage != DealStage::Lost; }
};

// Which deals a list asks for.
struct DealFilter
{
    QList<DealStage> stages; // empty = all
    QString brandId;
    QString campaignId;
};

} // namespace montaj
