#include "core/deals/compliancecheck.h"

#include "core/deals/contractthreshold.h"
#include "core/deals/disclosureoverlay.h"
#include "core/deals/internal/captionlabels.h"

#include <QLocale>

#include <algorithm>

namespace montaj {
namespace {

QString quoted(const QStringList &labels)
{
    QStringList out;
    for (const QString &l : labels)
        out << QString(u'“' + l + u'”');
    return out.join(QStringLiteral(", "));
}

ComplianceItem item(const QString &code, const QString &jurisdiction, const QString &title, bool passed,
                    const QString &source, bool blocking = true)
{
    ComplianceItem i;
    i.code = code;
    i.jurisdiction = jurisdiction;
    i.title = title;
    i.passed = passed;
    i.source = source;
    i.blocking = blocking;
    return i;
}

QString seconds(qint64 us)
{
    return QLocale().toString(double(us) / 1e6, 'f', 1);
}

} // namespace

bool ComplianceReport::canSchedule() const
{
    return problems().isEmpty();
}

QStringList ComplianceReport::problems() const
{
    QStringList out;
    for (const ComplianceItem &i : items)
        if (!i.passed && i.blocking)
            out << i.problem;
    return out;
}

QStringList ComplianceReport::warnings() const
{
    QStringList out;
    for (const ComplianceItem &i : items)
        if (!i.passed && !i.blocking)
            out << i.problem;
    return out;
}

const ComplianceItem *ComplianceReport::item(const QString &code) const
{
    for (const ComplianceItem &i : items)
        if (i.code == code)
            return &i;
    return nullptr;
}

ComplianceReport ComplianceCheck::check(const ComplianceRules &rules, const ComplianceInput &input)
{
    ComplianceReport report;
    checkPlatform(rules, input, report.items);
    for (const QString &code : input.deal.jurisdictions) {
        const JurisdictionRules *j = rules.jurisdiction(code);
        if (!j) {
            ComplianceItem unknown = item(QStringLiteral("deal.unknown_jurisdiction"), code,
                                          tr("Rules for %1").arg(code), false, {}, false);
            unknown.problem =
                tr("Montaj has no rules for “%1”; check its disclosure rules yourself.").arg(code);
            report.items.append(unknown);
            continue;
        }
        checkCaption(rules, *j, input, report.items);
        checkInVideo(*j, input, report.items);
        checkContract(*j, input, report.items);
        const QString category = input.deal.productCategory;
        if (!j->prohibited.isEmpty()) {
            const QString name = ComplianceRules::jurisdictionName(j->code);
            QString source;
            for (const JurisdictionRules::Category &c : j->prohibited)
                if (c.key == category.trimmed().toLower())
                    source = c.source;
            ComplianceItem allowed = item(j->code + QStringLiteral(".prohibited_category"), j->code,
                                          tr("Category allowed (%1)").arg(name), !j->prohibits(category),
                                          source.isEmpty() ? j->source : source);
            allowed.problem = tr("“%1” cannot be promoted to an audience in %2.")
                                  .arg(ComplianceRules::categoryName(category), name);
            allowed.fix = tr("Remove %1 from the deal's audiences or decline the deal.").arg(name);
            report.items.append(allowed);
        }
    }
    checkBrief(input, report.items);
    return report;
}

QStringList ComplianceCheck::canSchedule(const ComplianceRules &rules, const ComplianceInput &input)
{
    return check(rules, input).problems();
}

void ComplianceCheck::checkPlatform(const ComplianceRules &rules, const ComplianceInput &input,
                                    QList<ComplianceItem> &out)
{
    const ComplianceRules::Global &g = rules.global();
    const Post &post = input.post;
    if (g.brandedToggleFor.contains(input.deal.disclosure)) {
        ComplianceItem i =
            item(QStringLiteral("platform.branded_content"), {},
                 tr("“Branded content” turned on (Paid partnership)"), post.brandContent, g.source);
        i.problem = tr("This post is part of a brand deal: turn on “Branded content” so the platform shows "
                       "“Paid partnership”.");
        i.fix = tr("In the post's disclosure, choose “Branded content”.");
        out.append(i);
    }
    if (g.organicToggleFor.contains(input.deal.disclosure)) {
        ComplianceItem i =
            item(QStringLiteral("platform.your_brand"), {},
                 tr("“Your brand” turned on (Promotional content)"), post.brandOrganic, g.source);
        i.problem = tr("This post promotes your own brand: turn on “Your brand” so the platform shows "
                       "“Promotional content”.");
        i.fix = tr("In the post's disclosure, choose “Your brand”.");
        out.append(i);
    }
    if (g.brandedNotPrivate && post.brandContent) {
        ComplianceItem i =
            item(QStringLiteral("platform.branded_not_private"), {}, tr("Branded content is not private"),
                 post.privacyLevel != QLatin1String("SELF_ONLY"), g.source);
        i.problem = tr("Branded content cannot be posted as “Only me”.");
        i.fix = tr("Choose another audience for the post.");
        out.append(i);
    }
    if (g.aiRequiresIsAigc && input.deliverable.aiGenerated) {
        ComplianceItem i = item(QStringLiteral("platform.is_aigc"), {}, tr("Labelled as AI-generated"),
                                post.isAigc, g.source);
        i.problem = tr("This deliverable contains AI-generated content: turn on “AI-generated content”.");
        i.fix = tr("In the post's disclosure, turn on “AI-generated content”.");
        out.append(i);
    }
}

void ComplianceCheck::checkCaption(const ComplianceRules &rules, const JurisdictionRules &j,
                                   const ComplianceInput &input, QList<ComplianceItem> &out)
{
    const QStringList accepted = j.captionLabels.value(input.deal.disclosure);
    if (accepted.isEmpty())
        return;
    const QString name = ComplianceRules::jurisdictionName(j.code);
    const QString caption = input.post.caption;
    const QStringList known = rules.allLabels();
    const QStringList opening = CaptionLabels::opening(caption, known);
    const bool passed = j.labelAtStart
                            ? CaptionLabels::containsAny(opening, accepted)
                            : CaptionLabels::containsAny(CaptionLabels::anywhere(caption, known), accepted);
    ComplianceItem i = item(j.code + QStringLiteral(".caption_label"), j.code,
                            tr("Caption starts with a disclosure (%1)").arg(name), passed, j.source);
    i.fix = tr("Start the caption with %1.").arg(quoted(accepted.mid(0, 2)));
    if (!passed) {
        const QStringList buried = CaptionLabels::anywhere(caption, accepted);
        const QStringList weak = CaptionLabels::anywhere(caption, j.insufficientLabels);
        if (!buried.isEmpty())
            i.problem = tr("For %1, “%2” is in the caption but not at its start, where people see it first.")
                            .arg(name, buried.first());
        else if (!weak.isEmpty())
            i.problem =
                tr("For %1, “%2” is not a clear enough disclosure. Start the caption with one of: %3.")
                    .arg(name, weak.first(), quoted(accepted));
        else
            i.problem = tr("For %1, the caption must start with one of: %2.").arg(name, quoted(accepted));
    }
    out.append(i);
}

ComplianceItem ComplianceCheck::inVideoItem(const JurisdictionRules &j, const ComplianceInput &input,
                                            const QString &code, const QStringList &labels,
                                            const QString &source, bool blocking)
{
    const QString name = ComplianceRules::jurisdictionName(j.code);
    const QString label = labels.value(0);
    ComplianceItem i;
    i.code = code;
    i.jurisdiction = j.code;
    i.title = tr("“%1” shown on the video the whole time (%2)").arg(label, name);
    i.source = source;
    i.blocking = blocking;
    i.overlayText = label;
    if (input.project) {
        const DisclosureOverlay::Coverage c = DisclosureOverlay::coverage(*input.project, labels);
        i.passed = c.complete();
        if (c.durationUs <= 0)
            i.problem = tr("The project has no video yet, so “%1” cannot be checked.").arg(label);
        else if (c.coveredUs == 0)
            i.problem = tr("For %1, the video must show “%2” from start to end.").arg(name, label);
        else
            i.problem = tr("For %1, “%2” must stay on screen the whole time; it is missing for %3 s.")
                            .arg(name, label, seconds(c.durationUs - c.coveredUs));
        i.fix = tr("Add “%1” to the video in one click.").arg(label);
    } else {
        i.passed = input.overlaysConfirmed;
        i.problem = tr("For %1, the video must show “%2” from start to end. Confirm it does, or post from a "
                       "Montaj project so Montaj can check it.")
                        .arg(name, label);
        i.fix = tr("Confirm that the video shows “%1” the whole time.").arg(label);
    }
    if (!blocking && !i.passed)
        i.problem = tr("For %1, showing “%2” in the video itself is recommended.").arg(name, label);
    return i;
}

void ComplianceCheck::checkInVideo(const JurisdictionRules &j, const ComplianceInput &input,
                                   QList<ComplianceItem> &out)
{
    if (j.inVideo != JurisdictionRules::InVideo::None && !j.inVideoTexts.isEmpty())
        out.append(inVideoItem(j, input, j.code + QStringLiteral(".in_video"), j.inVideoTexts, j.source,
                               j.inVideo == JurisdictionRules::InVideo::Required));
    if (!j.retouchedText.isEmpty() && (input.retouched || input.deliverable.retouched)) {
        ComplianceItem i = inVideoItem(j, input, j.code + QStringLiteral(".retouched"), {j.retouchedText},
                                       j.retouchedSource, true);
        if (!i.passed)
            i.problem = tr("The video was retouched (beauty or face filters): for %1 it must show “%2” the "
                           "whole time.")
                            .arg(ComplianceRules::jurisdictionName(j.code), j.retouchedText);
        out.append(i);
    }
    if (!j.virtualText.isEmpty() && input.deliverable.aiGenerated) {
        ComplianceItem i = inVideoItem(j, input, j.code + QStringLiteral(".virtual"), {j.virtualText},
                                       j.virtualSource, true);
        if (!i.passed)
            i.problem = tr("The video shows AI-generated people or scenes: for %1 it must show “%2” the "
                           "whole time.")
                            .arg(ComplianceRules::jurisdictionName(j.code), j.virtualText);
        out.append(i);
    }
}

void ComplianceCheck::checkContract(const JurisdictionRules &j, const ComplianceInput &input,
                                    QList<ComplianceItem> &out)
{
    if (!j.contractThreshold)
        return;
    QDate on = input.onDate;
    if (!on.isValid())
        on = input.post.scheduled.utc.isValid() ? input.post.scheduled.utc.date()
                                                : QDateTime::currentDateTimeUtc().date();
    QList<Deal> deals = input.advertiserDeals;
    if (std::none_of(deals.cbegin(), deals.cend(), [&input](const Deal &d) { return d.id == input.deal.id; }))
        deals.append(input.deal);
    const ContractThreshold::Assessment a = ContractThreshold::assess(j, input.deal.brandId, deals, on);
    if (!a.applies)
        return;
    const QString name = ComplianceRules::jurisdictionName(j.code);
    auto money = [&a](qint64 minor) {
        auto m = Money::fromMinor(minor, a.currency);
        return m ? m->toDisplayString() : QString();
    };
    const bool needed = a.required || input.deal.contractRequired;
    ComplianceItem i = item(j.code + QStringLiteral(".written_contract"), j.code,
                            tr("Written contract signed (%1)").arg(name),
                            !needed || input.deal.contractSigned, j.contractSource);
    i.problem =
        tr("For %1, this advertiser pays %2 this year (the threshold is %3): a signed written contract "
           "is required before posting.")
            .arg(name, money(a.totalMinor), money(a.thresholdMinor));
    i.fix = tr("Attach the signed contract to the deal and mark it as signed.");
    out.append(i);
    if (!a.otherCurrencies.isEmpty()) {
        ComplianceItem other = item(j.code + QStringLiteral(".contract_currencies"), j.code,
                                    tr("Amounts counted toward the contract threshold (%1)").arg(name), false,
                                    j.contractSource, false);
        other.problem = tr("Amounts in %1 were not counted toward the %2 threshold; check them yourself.")
                            .arg(a.otherCurrencies.join(QStringLiteral(", ")), money(a.thresholdMinor));
        out.append(other);
    }
}

void ComplianceCheck::checkBrief(const ComplianceInput &input, QList<ComplianceItem> &out)
{
    const QString caption = input.post.caption;
    QStringList missing;
    for (const QString &tag : input.deal.requiredHashtags)
        if (!CaptionLabels::containsWord(caption, QString(u'#' + tag)))
            missing << QString(u'#' + tag);
    for (const QString &handle : input.deal.requiredHandles)
        if (!CaptionLabels::containsWord(caption, QString(u'@' + handle)))
            missing << QString(u'@' + handle);
    for (const QString &label : input.deal.requiredLabels)
        if (!CaptionLabels::containsWord(caption, label))
            missing << label;
    if (!input.deal.requiredHashtags.isEmpty() || !input.deal.requiredHandles.isEmpty()
        || !input.deal.requiredLabels.isEmpty()) {
        ComplianceItem i = item(QStringLiteral("brief.required_tags"), {},
                                tr("Hashtags and mentions from the brief"), missing.isEmpty(), {}, false);
        i.problem = tr("The brief asks for %1 in the caption.").arg(missing.join(QStringLiteral(", ")));
        out.append(i);
    }
    QStringList said;
    for (const QString &word : input.deal.doNotSay)
        if (CaptionLabels::containsWord(caption, word))
            said << word;
    if (!input.deal.doNotSay.isEmpty()) {
        ComplianceItem i = item(QStringLiteral("brief.do_not_say"), {}, tr("Words the brief rules out"),
                                said.isEmpty(), {}, false);
        i.problem = tr("The caption says %1, which the brief asks you not to say.").arg(quoted(said));
        out.append(i);
    }
}

QList<TextOverlay> ComplianceCheck::overlaysToAdd(const ComplianceRules &rules, const ComplianceInput &input)
{
    QList<TextOverlay> out;
    if (!input.project)
        return out;
    int slot = 0;
    QStringList added;
    for (const ComplianceItem &i : check(rules, input).items) {
        if (i.passed || !i.blocking || i.overlayText.isEmpty() || added.contains(i.overlayText))
            continue;
        added << i.overlayText;
        out.append(DisclosureOverlay::makeOverlay(*input.project, i.overlayText, slot++));
    }
    return out;
}

} // namespace montaj
