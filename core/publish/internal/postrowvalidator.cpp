#include "core/publish/internal/postrowvalidator.h"

#include "core/publish/captionrules.h"

#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace montaj {

namespace {

constexpr int kMaxPhotos = 35;
using Severity = ImportProblem::Severity;

QString quoted(const QString &text)
{
    return QString(u'“' + text + u'”');
}

} // namespace

PostRowValidator::PostRowValidator(const ImportContext &context, const QString &csvFolder)
    : m_context(context)
    , m_folder(csvFolder)
    , m_times(context.nowUtc.isValid() ? context.nowUtc.toUTC() : QDateTime::currentDateTimeUtc())
{
    for (qsizetype i = 0; i < context.accounts.size(); ++i) {
        m_byId.insert(context.accounts.at(i).id, i);
        m_byUsername[context.accounts.at(i).username.toLower()].append(i);
    }
}

const WorkspaceAccount *PostRowValidator::findAccount(const QString &text, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    const QString key = text.trimmed();
    if (const auto byId = m_byId.constFind(key); byId != m_byId.constEnd())
        return &m_context.accounts.at(*byId);
    const QString name = (key.startsWith(u'@') ? key.mid(1) : key).toLower();
    const QList<qsizetype> matches = m_byUsername.value(name);
    if (matches.size() > 1 && ambiguous)
        *ambiguous = true;
    return matches.size() == 1 ? &m_context.accounts.at(matches.first()) : nullptr;
}

std::optional<Post> PostRowValidator::validate(const PostCsvRow &row, QList<ImportProblem> &problems)
{
    RowProblems issues(row.line, problems);
    Post post;
    post.state = PostState::Scheduled;
    const WorkspaceAccount *account = checkAccount(row, issues);
    if (account)
        post.accountId = account->id;
    m_times.read(row, account, post, issues);
    checkMedia(row, issues, post);
    checkText(row, issues, post);
    checkPrivacy(row, issues, account, post);
    checkFlags(row, issues, post);
    checkCover(row, issues, post);
    post.dealId = row.cell(PostCsvColumn::DealId).trimmed();
    if (!post.dealId.isEmpty() && !post.brandOrganic && !post.brandContent
        && parseDisclosure(row.cell(PostCsvColumn::Disclosure)))
        issues.add(
            PostCsvColumn::Disclosure, "publish.deal_without_disclosure",
            tr("The post delivers deal %1 but discloses no commercial content.").arg(quoted(post.dealId)),
            Severity::Warning);
    checkDuplicate(row, issues, post);
    if (issues.failed())
        return std::nullopt;
    return post;
}

const WorkspaceAccount *PostRowValidator::checkAccount(const PostCsvRow &row, RowProblems &issues) const
{
    const QString text = row.cell(PostCsvColumn::Account).trimmed();
    if (text.isEmpty()) {
        issues.add(PostCsvColumn::Account, "publish.account_missing",
                   tr("No account: give the account's @username or its workspace id."));
        return nullptr;
    }
    bool ambiguous = false;
    const WorkspaceAccount *account = findAccount(text, &ambiguous);
    if (ambiguous)
        issues.add(PostCsvColumn::Account, "publish.ambiguous_account",
                   tr("Several accounts are called %1: give the workspace id instead.").arg(quoted(text)));
    else if (!account)
        issues.add(PostCsvColumn::Account, "publish.unknown_account",
                   tr("No account %1 in this workspace.").arg(quoted(text)));
    return account;
}

QString PostRowValidator::resolvePath(const QString &path) const
{
    QString local = path.trimmed();
    if (local.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        local = QUrl(local).toLocalFile();
    return QDir::cleanPath(m_folder.absoluteFilePath(local));
}

void PostRowValidator::checkMedia(const PostCsvRow &row, RowProblems &issues, Post &post) const
{
    const QString text = row.cell(PostCsvColumn::Media).trimmed();
    const QString kindText = row.cell(PostCsvColumn::Kind).trimmed();
    QStringList paths;
    for (const QString &part : text.split(u'|', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            paths.append(resolvePath(part));
    post.kind = inferPostKind(paths);
    if (!kindText.isEmpty()) {
        if (const std::optional<PostKind> kind = parsePostKind(kindText))
            post.kind = *kind;
        else
            issues.add(PostCsvColumn::Kind, "publish.bad_kind",
                       tr("%1 is not a kind of post (video, project or photos).").arg(quoted(kindText)));
    }
    if (paths.isEmpty()) {
        issues.add(PostCsvColumn::Media, "publish.media_missing",
                   tr("No media: a post needs a video, a Montaj project or photos."));
        return;
    }
    if (post.kind != PostKind::PhotoCarousel && paths.size() > 1)
        issues.add(PostCsvColumn::Media, "publish.bad_kind",
                   tr("Only a photo post has several files (separated by “|”)."));
    if (post.kind == PostKind::PhotoCarousel && paths.size() > kMaxPhotos)
        issues.add(PostCsvColumn::Media, "publish.too_many_photos",
                   tr("A photo post has at most %1 photos; this one has %2.")
                       .arg(QLocale().toString(kMaxPhotos), QLocale().toString(paths.size())));
    for (const QString &path : std::as_const(paths)) {
        const bool exists = m_context.fileExists ? m_context.fileExists(path) : QFileInfo::exists(path);
        if (!exists)
            issues.add(PostCsvColumn::Media, "publish.file_missing",
                       tr("The file %1 does not exist.").arg(quoted(QDir::toNativeSeparators(path))));
    }
    switch (post.kind) {
    case PostKind::VideoFile: post.mediaPath = paths.first(); break;
    case PostKind::Project: post.projectPath = paths.first(); break;
    case PostKind::PhotoCarousel: post.photoPaths = paths; break;
    }
}

void PostRowValidator::checkText(const PostCsvRow &row, RowProblems &issues, Post &post) const
{
    post.caption = row.cell(PostCsvColumn::Caption);
    const QString title = row.cell(PostCsvColumn::Title);
    const CaptionRules::Report caption =
        CaptionRules::inspect(post.caption, CaptionRules::captionLimit(post.kind));
    if (caption.length > caption.limit)
        issues.add(PostCsvColumn::Caption, "publish.caption_too_long", caption.problems.value(0));
    if (caption.hashtags.size() > CaptionRules::kMaxHashtags)
        issues.add(PostCsvColumn::Caption, "publish.too_many_hashtags", caption.warnings.constFirst(),
                   Severity::Warning);
    if (caption.mentions.size() > CaptionRules::kMaxMentions)
        issues.add(PostCsvColumn::Caption, "publish.too_many_mentions", caption.warnings.constLast(),
                   Severity::Warning);
    if (title.isEmpty())
        return;
    if (post.kind != PostKind::PhotoCarousel) {
        issues.add(
            PostCsvColumn::Title, "publish.title_ignored",
            tr("Only photo posts have a title; the video's text is its caption. The title is ignored."),
            Severity::Warning);
        return;
    }
    post.photoTitle = title;
    if (title.size() > CaptionRules::kPhotoTitleLimit)
        issues.add(
            PostCsvColumn::Title, "publish.title_too_long",
            tr("The title is too long: %1 characters, at most %2.")
                .arg(QLocale().toString(title.size()), QLocale().toString(CaptionRules::kPhotoTitleLimit)));
}

void PostRowValidator::checkPrivacy(const PostCsvRow &row, RowProblems &issues,
                                    const WorkspaceAccount *account, Post &post) const
{
    const QString text = row.cell(PostCsvColumn::Privacy).trimmed();
    if (text.isEmpty()) {
        issues.add(PostCsvColumn::Privacy, "publish.privacy_missing",
                   tr("No privacy: choose who can see the post (public, friends, followers or only_me)."));
        return;
    }
    const std::optional<QString> level = parsePrivacyLevel(text);
    if (!level) {
        issues.add(
            PostCsvColumn::Privacy, "publish.bad_privacy",
            tr("%1 is not a privacy level (public, friends, followers, only_me, or the platform's names "
               "such as PUBLIC_TO_EVERYONE).")
                .arg(quoted(text)));
        return;
    }
    post.privacyLevel = *level;
    if (!account)
        return;
    const auto options = m_context.privacyOptions.constFind(account->id);
    if (options != m_context.privacyOptions.constEnd() && !options->contains(*level))
        issues.add(PostCsvColumn::Privacy, "publish.privacy_not_offered",
                   tr("@%1 does not offer the visibility %2; it offers %3.")
                       .arg(account->username, *level, options->join(QStringLiteral(", "))));
}

void PostRowValidator::checkFlags(const PostCsvRow &row, RowProblems &issues, Post &post) const
{
    const auto flag = [&row, &issues](PostCsvColumn column, bool &target) {
        const QString text = row.cell(column);
        if (const std::optional<bool> value = parseCsvBool(text))
            target = *value;
        else
            issues.add(column, "publish.bad_boolean",
                       tr("%1 is not yes or no (true/false, yes/no, 1/0, or empty for no).")
                           .arg(quoted(text.trimmed())));
    };
    flag(PostCsvColumn::AllowComment, post.allowComment);
    flag(PostCsvColumn::AllowDuet, post.allowDuet);
    flag(PostCsvColumn::AllowStitch, post.allowStitch);
    flag(PostCsvColumn::IsAigc, post.isAigc);
    if (post.kind == PostKind::PhotoCarousel && (post.allowDuet || post.allowStitch)) {
        issues.add(post.allowDuet ? PostCsvColumn::AllowDuet : PostCsvColumn::AllowStitch,
                   "publish.photo_interaction_ignored",
                   tr("Photo posts have no duets or stitches; the setting is ignored."), Severity::Warning);
        post.allowDuet = post.allowStitch = false;
    }
    const QString disclosureText = row.cell(PostCsvColumn::Disclosure);
    const std::optional<Disclosure> disclosure = parseDisclosure(disclosureText);
    if (!disclosure) {
        issues.add(PostCsvColumn::Disclosure, "publish.bad_disclosure",
                   tr("%1 is not a disclosure (none, your_brand, branded or both).")
                       .arg(quoted(disclosureText.trimmed())));
        return;
    }
    post.brandOrganic = disclosure->brandOrganic;
    post.brandContent = disclosure->brandContent;
    if (post.brandContent && post.privacyLevel == QLatin1String("SELF_ONLY"))
        issues.add(PostCsvColumn::Privacy, "publish.branded_private",
                   tr("Branded content cannot be posted with “only me” visibility."));
}

void PostRowValidator::checkCover(const PostCsvRow &row, RowProblems &issues, Post &post) const
{
    const QString text = row.cell(PostCsvColumn::CoverMs).trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0) {
        issues.add(PostCsvColumn::CoverMs, "publish.bad_cover",
                   post.kind == PostKind::PhotoCarousel
                       ? tr("%1 is not a photo number (0 for the first photo).").arg(quoted(text))
                       : tr("%1 is not a time in milliseconds.").arg(quoted(text)));
        return;
    }
    post.coverMs = value;
    if (post.kind == PostKind::PhotoCarousel && !post.photoPaths.isEmpty() && value >= post.photoPaths.size())
        issues.add(PostCsvColumn::CoverMs, "publish.bad_cover",
                   tr("The cover is photo %1 but the post has %2 photos (the first is 0).")
                       .arg(QLocale().toString(value), QLocale().toString(post.photoPaths.size())));
}

void PostRowValidator::checkDuplicate(const PostCsvRow &row, RowProblems &issues, const Post &post)
{
    if (post.accountId.isEmpty() || !post.scheduled.utc.isValid())
        return;
    const QString key =
        QString(post.accountId + u'\x1f' + QString::number(post.scheduled.utc.toSecsSinceEpoch()) + u'\x1f'
                + post.mediaPath + post.projectPath + post.photoPaths.join(u'|') + u'\x1f' + post.caption);
    const auto seen = m_seen.constFind(key);
    if (seen == m_seen.constEnd()) {
        m_seen.insert(key, row.line);
        return;
    }
    issues.add(PostCsvColumn::Account, "publish.duplicate_row",
               tr("Same account, time, media and caption as line %1.").arg(*seen), Severity::Warning);
}
} // namespace montaj
