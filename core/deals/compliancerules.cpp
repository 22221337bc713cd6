#include "core/deals/compliancerules.h"

#include "core/deals/internal/dealjson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace montaj {
namespace {

QStringList strings(const QJsonValue &json)
{
    QStringList out;
    for (const QJsonValue &v : json.toArray())
        out << v.toString();
    return out;
}

QList<DisclosureType> disclosures(const QJsonValue &json)
{
    QList<DisclosureType> out;
    for (const QString &name : strings(json))
        if (auto t = disclosureTypeFromString(name))
            out << *t;
    return out;
}

JurisdictionRules readJurisdiction(const QJsonObject &o)
{
    JurisdictionRules j;
    j.code = o.value(QStringLiteral("code")).toString();
    j.name = o.value(QStringLiteral("name")).toString();
    j.source = o.value(QStringLiteral("source")).toString();
    const QJsonObject caption = o.value(QStringLiteral("caption")).toObject();
    j.captionLanguage = caption.value(QStringLiteral("language")).toString();
    j.labelAtStart = caption.value(QStringLiteral("position")).toString() != QLatin1String("anywhere");
    const QJsonObject labels = caption.value(QStringLiteral("labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (auto t = disclosureTypeFromString(it.key()))
            j.captionLabels.insert(*t, strings(it.value()));
    j.insufficientLabels = strings(caption.value(QStringLiteral("insufficient")));
    const QJsonObject video = o.value(QStringLiteral("in_video")).toObject();
    const QString requirement = video.value(QStringLiteral("requirement")).toString();
    j.inVideo = requirement == QLatin1String("required")      ? JurisdictionRules::InVideo::Required
                : requirement == QLatin1String("recommended") ? JurisdictionRules::InVideo::Recommended
                                                              : JurisdictionRules::InVideo::None;
    j.inVideoTexts = strings(video.value(QStringLiteral("texts")));
    j.inVideoWholeDuration = video.value(QStringLiteral("whole_duration")).toBool();
    const QJsonObject retouched = o.value(QStringLiteral("retouched")).toObject();
    j.retouchedText = retouched.value(QStringLiteral("text")).toString();
    j.retouchedSource = retouched.value(QStringLiteral("source")).toString();
    const QJsonObject virtualImages = o.value(QStringLiteral("virtual")).toObject();
    j.virtualText = virtualImages.value(QStringLiteral("text")).toString();
    j.virtualSource = virtualImages.value(QStringLiteral("source")).toString();
    const QJsonObject contract = o.value(QStringLiteral("written_contract")).toObject();
    j.contractThreshold = DealJson::readMoney(contract.value(QStringLiteral("threshold")));
    j.contractFrom = QDate::fromString(contract.value(QStringLiteral("from")).toString(), Qt::ISODate);
    j.contractSource = contract.value(QStringLiteral("source")).toString();
    for (const QJsonValue &c : o.value(QStringLiteral("prohibited_categories")).toArray())
        j.prohibited.append({c.toObject().value(QStringLiteral("key")).toString(),
                             c.toObject().value(QStringLiteral("source")).toString()});
    return j;
}

} // namespace

bool JurisdictionRules::prohibits(const QString &category) const
{
    const QString key = category.trimmed().toLower();
    return !key.isEmpty() && std::any_of(prohibited.cbegin(), prohibited.cend(), [&key](const Category &c) {
        return c.key == key;
    });
}

Result<ComplianceRules> ComplianceRules::builtIn()
{
    const QString path = QStringLiteral(":/montaj/deals/compliance-rules.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("deals.rules_missing"), tr("The compliance rules could not be read."),
                     {{QStringLiteral("file"), path}});
    return fromJson(file.readAll(), path);
}

Result<ComplianceRules> ComplianceRules::fromJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String("montaj.compliance_rules"))
        return Error(QStringLiteral("deals.rules_invalid"), tr("The compliance rules file is not valid."),
                     {{QStringLiteral("file"), where}, {QStringLiteral("offset"), parseError.offset}});
    ComplianceRules rules;
    const QJsonObject everywhere = root.value(QStringLiteral("everywhere")).toObject();
    rules.m_global.source = everywhere.value(QStringLiteral("source")).toString();
    rules.m_global.brandedToggleFor = disclosures(everywhere.value(QStringLiteral("branded_toggle_for")));
    rules.m_global.organicToggleFor = disclosures(everywhere.value(QStringLiteral("organic_toggle_for")));
    rules.m_global.brandedNotPrivate = everywhere.value(QStringLiteral("branded_not_private")).toBool(true);
    rules.m_global.aiRequiresIsAigc = everywhere.value(QStringLiteral("ai_requires_is_aigc")).toBool(true);
    for (const QJsonValue &v : root.value(QStringLiteral("jurisdictions")).toArray()) {
        JurisdictionRules j = readJurisdiction(v.toObject());
        if (j.code.isEmpty())
            return Error(
                QStringLiteral("deals.rules_invalid"), tr("The compliance rules file is not valid."),
                {{QStringLiteral("file"), where}, {QStringLiteral("field"), QStringLiteral("code")}});
        rules.m_jurisdictions.append(j);
    }
    return rules;
}

QStringList ComplianceRules::codes() const
{
    QStringList out;
    for (const JurisdictionRules &j : m_jurisdictions)
        out << j.code;
    return out;
}

const JurisdictionRules *ComplianceRules::jurisdiction(const QString &code) const
{
    for (const JurisdictionRules &j : m_jurisdictions)
        if (j.code.compare(code, Qt::CaseInsensitive) == 0)
            return &j;
    return nullptr;
}

QStringList ComplianceRules::allLabels() const
{
    QStringList out;
    for (const JurisdictionRules &j : m_jurisdictions) {
        for (const QStringList &labels : j.captionLabels)
            out << labels;
        out << j.insufficientLabels;
    }
    out.removeDuplicates();
    std::stable_sort(out.begin(), out.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

QString ComplianceRules::jurisdictionName(const QString &code)
{
    if (code == QLatin1String("US"))
        return tr("United States");
    if (code == QLatin1String("UK"))
        return tr("United Kingdom");
    if (code == QLatin1String("FR"))
        return tr("France");
    return code;
}

QStringList ComplianceRules::knownCategories()
{
    return {QStringLiteral("beauty"),
            QStringLiteral("fashion"),
            QStringLiteral("food_drink"),
            QStringLiteral("coffee"),
            QStringLiteral("fitness"),
            QStringLiteral("outdoor_gear"),
            QStringLiteral("tech"),
            QStringLiteral("gaming"),
            QStringLiteral("travel"),
            QStringLiteral("finance"),
            QStringLiteral("cosmetic_surgery"),
            QStringLiteral("therapeutic_abstention"),
            QStringLiteral("nicotine_products"),
            QStringLiteral("nicotine_ecigarettes"),
            QStringLiteral("prescription_only_medicines"),
            QStringLiteral("wild_animals"),
            QStringLiteral("unlicensed_gambling"),
            QStringLiteral("unregulated_crypto"),
            QStringLiteral("high_risk_financial_products"),
            QStringLiteral("sports_betting_tips")};
}

QString ComplianceRules::categoryName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("beauty"), QT_TR_NOOP("Beauty and skincare")},
        {QStringLiteral("fashion"), QT_TR_NOOP("Fashion")},
        {QStringLiteral("food_drink"), QT_TR_NOOP("Food and drink")},
        {QStringLiteral("coffee"), QT_TR_NOOP("Coffee")},
        {QStringLiteral("fitness"), QT_TR_NOOP("Fitness")},
        {QStringLiteral("outdoor_gear"), QT_TR_NOOP("Outdoor gear")},
        {QStringLiteral("tech"), QT_TR_NOOP("Technology")},
        {QStringLiteral("gaming"), QT_TR_NOOP("Gaming")},
        {QStringLiteral("travel"), QT_TR_NOOP("Travel")},
        {QStringLiteral("finance"), QT_TR_NOOP("Finance")},
        {QStringLiteral("cosmetic_surgery"), QT_TR_NOOP("Cosmetic surgery and aesthetic medicine")},
        {QStringLiteral("therapeutic_abstention"), QT_TR_NOOP("Giving up medical treatment")},
        {QStringLiteral("nicotine_products"), QT_TR_NOOP("Nicotine products")},
        {QStringLiteral("nicotine_ecigarettes"), QT_TR_NOOP("E-cigarettes with nicotine")},
        {QStringLiteral("prescription_only_medicines"), QT_TR_NOOP("Prescription-only medicines")},
        {QStringLiteral("wild_animals"), QT_TR_NOOP("Wild (non-domestic) animals")},
        {QStringLiteral("unlicensed_gambling"), QT_TR_NOOP("Gambling without a licence")},
        {QStringLiteral("unregulated_crypto"), QT_TR_NOOP("Crypto-assets from unregistered providers")},
        {QStringLiteral("high_risk_financial_products"), QT_TR_NOOP("High-risk financial products")},
        {QStringLiteral("sports_betting_tips"), QT_TR_NOOP("Paid sports betting tips")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : tr(it.value());
}

} // namespace montaj
