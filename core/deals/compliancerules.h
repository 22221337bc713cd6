#pragma once

#include "core/deals/dealtypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace montaj {

// What one jurisdiction requires of a commercial post, read from data (rules/compliance-rules.json,
// built in as a resource): caption labels per disclosure type and where they must stand, labels
// that are not enough, the in-video disclosure, France's "Images retouchées" / "Images virtuelles"
// and written-contract threshold, and prohibited categories, each with its source.
struct JurisdictionRules
{
    enum class InVideo { None, Recommended, Required };
    struct Category
    {
        QString key;
        QString source;
    };

    QString code; // "US", "UK", "FR"
    QString name;
    QString source;
    QString captionLanguage; // "en", "fr"
    bool labelAtStart = true;
    QMap<DisclosureType, QStringList> captionLabels;
    QStringList insufficientLabels;
    InVideo inVideo = InVideo::None;
    QStringList inVideoTexts;
    bool inVideoWholeDuration = false;
    QString retouchedText; // empty: no requirement
    QString retouchedSource;
    QString virtualText;
    QString virtualSource;
    std::optional<Money> contractThreshold; // excl. VAT, per advertiser and calendar year
    QDate contractFrom;
    QString contractSource;
    QList<Category> prohibited;

    bool prohibits(const QString &category) const;
};

// The rules the compliance engine checks, as data. Load the built-in file or another one (tests,
// an updated rules file); the code in ComplianceCheck never hard-codes a label or a threshold.
// Not the checks themselves.
class ComplianceRules
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceRules)

public:
    // What applies everywhere (the platform's own rules).
    struct Global
    {
        QString source;
        QList<DisclosureType> brandedToggleFor;
        QList<DisclosureType> organicToggleFor;
        bool brandedNotPrivate = true;
        bool aiRequiresIsAigc = true;
    };

    static Result<ComplianceRules> builtIn(); // :/montaj/deals/compliance-rules.json
    static Result<ComplianceRules> fromJson(const QByteArray &json, const QString &where = {});

    const Global &global() const { return m_global; }
    QStringList codes() const;                                        // in file order
    const JurisdictionRules *jurisdiction(const QString &code) const; // nullptr when unknown
    // Every caption label any jurisdiction knows (accepted or insufficient), longest first.
    QStringList allLabels() const;

    // Translated names for people.
    static QString jurisdictionName(const QString &code);
    static QString categoryName(const QString &key);
    // The categories the deal form offers (prohibited ones included), as keys.
    static QStringList knownCategories();

private:
    Global m_global;
    QList<JurisdictionRules> m_jurisdictions;
};

} // namespace montaj
