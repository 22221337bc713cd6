#pragma once

#include <QString>
#include <QStringList>

namespace montaj {

// Finds disclosure labels in a caption: the run of labels it opens with ("Publicité #ad …") and
// every label anywhere. A label matches case-insensitively as a whole word: "#ad" is in "#ad #coffee"
// but not in "#adventure"; separators between opening labels may be spaces, "|", "·", "•", "-", ":",
// ",", "/". Not the rules (ComplianceCheck decides which label each jurisdiction needs).
class CaptionLabels
{
public:
    // `known` are the labels to look for, longest first (ComplianceRules::allLabels()).
    static QStringList opening(const QString &caption, const QStringList &known);
    static QStringList anywhere(const QString &caption, const QStringList &known);
    // True when `labels` (found) contains one of `wanted` (case-insensitive).
    static bool containsAny(const QStringList &labels, const QStringList &wanted);
    // True when `text` contains `word` as a whole word, case-insensitively.
    static bool containsWord(const QString &text, const QString &word);

private:
    static bool matchesAt(const QString &text, qsizetype at, const QString &label);
};

} // namespace montaj
