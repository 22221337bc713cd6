#include "core/deals/internal/captionlabels.h"

namespace montaj {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

bool isSeparator(QChar c)
{
    static const QString kSeparators = QStringLiteral("|·•-–—:,/");
    return c.isSpace() || kSeparators.contains(c);
}

} // namespace

bool CaptionLabels::matchesAt(const QString &text, qsizetype at, const QString &label)
{
    if (label.isEmpty() || at + label.size() > text.size())
        return false;
    if (QStringView(text).mid(at, label.size()).compare(label, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = at + label.size();
    // Whole word on both sides (a label that starts with '#' is its own boundary on the left).
    if (end < text.size() && isWordChar(text.at(end)) && isWordChar(label.back()))
        return false;
    if (at > 0 && isWordChar(text.at(at - 1)) && isWordChar(label.front()))
        return false;
    return true;
}

QStringList CaptionLabels::opening(const QString &caption, const QStringList &known)
{
    QStringList found;
    qsizetype at = 0;
    for (;;) {
        while (at < caption.size() && isSeparator(caption.at(at)))
            ++at;
        if (at >= caption.size())
            break;
        QString matched;
        for (const QString &label : known)
            if (matchesAt(caption, at, label)) {
                matched = label;
                break;
            }
        if (matched.isEmpty())
            break;
        found << matched;
        at += matched.size();
    }
    return found;
}

QStringList CaptionLabels::anywhere(const QString &caption, const QStringList &known)
{
    QStringList found;
    for (const QString &label : known)
        if (containsWord(caption, label))
            found << label;
    return found;
}

bool CaptionLabels::containsAny(const QStringList &labels, const QStringList &wanted)
{
    for (const QString &l : labels)
        for (const QString &w : wanted)
            if (l.compare(w, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

bool CaptionLabels::containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive))
        if (matchesAt(text, at, word))
            return true;
    return false;
}

} // namespace montaj
