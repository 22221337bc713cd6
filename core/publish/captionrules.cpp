#include "core/publish/captionrules.h"

#include <QLocale>

namespace montaj {

namespace {

// Letters, digits, '_' and combining marks (a decomposed "é", Arabic harakat) continue a tag.
bool isTagCodePoint(char32_t c)
{
    if (c == U'_' || QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

// The code point starting at `i` and its length in UTF-16 units.
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// The code point ending just before `i`.
char32_t codePointBefore(const QString &text, qsizetype i)
{
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    return c.unicode();
}

// Words introduced by `sigil` and not glued to a preceding word ("a#b" is not a tag). Mentions
// may contain dots inside ("@brand.fr"), not at the end ("thanks @anna.").
QStringList extract(const QString &text, char16_t sigil, bool allowDots)
{
    QStringList found;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i).unicode() != sigil)
            continue;
        if (i > 0 && isTagCodePoint(codePointBefore(text, i)))
            continue;
        qsizetype end = i + 1;
        while (end < n) {
            int units = 1;
            const char32_t c = codePointAt(text, end, &units);
            if (!isTagCodePoint(c) && !(allowDots && c == U'.'))
                break;
            end += units;
        }
        while (allowDots && end > i + 1 && text.at(end - 1) == u'.')
            --end;
        if (end > i + 1)
            found.append(text.mid(i + 1, end - i - 1));
        i = end - 1;
    }
    return found;
}

} // namespace

QStringList CaptionRules::hashtags(const QString &text)
{
    return extract(text, u'#', false);
}

QStringList CaptionRules::mentions(const QString &text)
{
    return extract(text, u'@', true);
}

int CaptionRules::captionLimit(PostKind kind)
{
    return kind == PostKind::PhotoCarousel ? kPhotoDescriptionLimit : kVideoTitleLimit;
}

CaptionRules::Report CaptionRules::inspect(const QString &caption, int limit)
{
    Report report;
    report.length = static_cast<int>(caption.size());
    report.limit = limit;
    report.hashtags = hashtags(caption);
    report.mentions = mentions(caption);
    if (report.length > limit)
        report.problems.append(tr("The caption is too long: %1 characters, at most %2.")
                                   .arg(QLocale().toString(report.length), QLocale().toString(limit)));
    if (report.hashtags.size() > kMaxHashtags)
        report.warnings.append(
            tr("The caption has %1 hashtags; the platform links at most %2, the others stay plain text.")
                .arg(QLocale().toString(report.hashtags.size()), QLocale().toString(kMaxHashtags)));
    if (report.mentions.size() > kMaxMentions)
        report.warnings.append(
            tr("The caption mentions %1 accounts; the platform links at most %2, the others stay plain text.")
                .arg(QLocale().toString(report.mentions.size()), QLocale().toString(kMaxMentions)));
    return report;
}

CaptionRules::Report CaptionRules::inspect(const Post &post)
{
    Report report = inspect(post.caption, captionLimit(post.kind));
    if (post.kind == PostKind::PhotoCarousel && post.photoTitle.size() > kPhotoTitleLimit)
        report.problems.append(
            tr("The title is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(post.photoTitle.size()), QLocale().toString(kPhotoTitleLimit)));
    return report;
}

Result<void> CaptionRules::check(const Post &post)
{
    const int limit = captionLimit(post.kind);
    if (post.caption.size() > limit)
        return Error(QStringLiteral("publish.caption_too_long"),
                     tr("The caption is too long: %1 characters, at most %2.")
                         .arg(QLocale().toString(post.caption.size()), QLocale().toString(limit)),
                     {{QStringLiteral("field"), QStringLiteral("caption")}});
    if (post.kind == PostKind::PhotoCarousel && post.photoTitle.size() > kPhotoTitleLimit)
        return Error(
            QStringLiteral("publish.title_too_long"),
            tr("The title is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(post.photoTitle.size()), QLocale().toString(kPhotoTitleLimit)),
            {{QStringLiteral("field"), QStringLiteral("title")}});
    return {};
}

} // namespace montaj
