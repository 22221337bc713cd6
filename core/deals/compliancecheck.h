#pragma once

#include "core/deals/compliancerules.h"
#include "core/deals/dealtypes.h"
#include "core/edit/projecttypes.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>

#include <optional>

namespace montaj {

// What the compliance engine looks at for one deliverable about to be scheduled.
struct ComplianceInput
{
    Deal deal;
    DealDeliverable deliverable;
    Post post; // the draft as it would be sent: toggles, privacy, is_aigc, caption
    // The edit project the post renders (or the deliverable was cut in), to check in-video labels.
    std::optional<ProjectState> project;
    bool retouched = false;         // the project is marked retouched (beauty / face filters)
    bool overlaysConfirmed = false; // no project: the creator confirms the labels are in the picture
    QList<Deal> advertiserDeals;    // the brand's deals, for France's contract threshold
    QDate onDate;                   // the posting date; default: the post's time, else today (UTC)
};

// One line of the compliance checklist: what is checked, for which jurisdiction ("" = everywhere
// or the brief), whether it passes, and if not, the problem and the fix in plain words.
struct ComplianceItem
{
    QString code;         // stable: "FR.caption_label", "platform.is_aigc", "brief.hashtags" …
    QString jurisdiction; // "US", "UK", "FR" or empty
    QString title;        // translated
    bool passed = false;
    bool blocking = true; // a failed blocking item stops scheduling; others are warnings
    QString problem;      // translated, when not passed
    QString fix;          // translated, when not passed
    QString source;       // where the rule comes from (law, code, policy), as in the rules file
    QString overlayText;  // in-video items: the label to add to the project
};

struct ComplianceReport
{
    QList<ComplianceItem> items;

    bool canSchedule() const;
    QStringList problems() const; // failed blocking items, in words
    QStringList warnings() const; // failed non-blocking items
    const ComplianceItem *item(const QString &code) const;
};

// The compliance engine: checks a deliverable's post against the rules of every jurisdiction of
// its deal (ComplianceRules, data) and the platform's own rules — the disclosure toggle, the caption
// label in the right language at the start of the caption, the in-video label for the whole
// duration, "Images retouchées" and "Images virtuelles", is_aigc, France's written contract,
// prohibited categories — and the brief's required tags and words to avoid (warnings).
// Not exclusivity (ExclusivityCheck) and not the caption's length (CaptionRules).
class ComplianceCheck
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceCheck)

public:
    static ComplianceReport check(const ComplianceRules &rules, const ComplianceInput &input);
    // The plain-language problems that stop scheduling; empty when the post may be scheduled.
    static QStringList canSchedule(const ComplianceRules &rules, const ComplianceInput &input);
    // The overlays that would complete the in-video disclosures of input.project (one click).
    static QList<TextOverlay> overlaysToAdd(const ComplianceRules &rules, const ComplianceInput &input);

private:
    static void checkPlatform(const ComplianceRules &rules, const ComplianceInput &input,
                              QList<ComplianceItem> &out);
    static void checkCaption(const ComplianceRules &rules, const JurisdictionRules &j,
                             const ComplianceInput &input, QList<ComplianceItem> &out);
    static void checkInVideo(const JurisdictionRules &j, const ComplianceInput &input,
                             QList<ComplianceItem> &out);
    static ComplianceItem inVideoItem(const JurisdictionRules &j, const ComplianceInput &input,
                                      const QString &code, const QStringList &labels, const QString &source,
                                      bool blocking);
    static void checkContract(const JurisdictionRules &j, const ComplianceInput &input,
                              QList<ComplianceItem> &out);
    static void checkBrief(const ComplianceInput &input, QList<ComplianceItem> &out);
};

} // namespace montaj
