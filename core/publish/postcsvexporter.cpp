#include "core/publish/postcsvexporter.h"

#include "core/publish/csvwriter.h"
#include "core/publish/internal/postcsvschema.h"
#include "core/publish/internal/timetext.h"
#include "core/publish/scheduletime.h"

#include <QHash>

namespace montaj {

namespace {

QString mediaText(const Post &post)
{
    switch (post.kind) {
    case PostKind::VideoFile: return post.mediaPath;
    case PostKind::Project: return post.projectPath;
    case PostKind::PhotoCarousel: return post.photoPaths.join(u'|');
    }
    return {};
}

} // namespace

QStringList PostCsvExporter::header()
{
    QStringList names;
    for (int i = 0; i < kPostCsvColumnCount; ++i)
        names.append(postCsvColumnName(static_cast<PostCsvColumn>(i)));
    return names;
}

QString PostCsvExporter::scheduledAtText(const ScheduledTime &time)
{
    if (!time.utc.isValid())
        return time.localDateTime;
    const qint64 utc = time.utc.toSecsSinceEpoch();
    const QTimeZone zone = ScheduleTime::zone(time.timeZone);
    const int offset = zone.isValid() ? zone.offsetFromUtc(time.utc) : 0;
    return isoWithOffset(utc + offset, offset);
}

QByteArray PostCsvExporter::write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts)
{
    return write(posts, accounts, Options{});
}

QByteArray PostCsvExporter::write(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts,
                                  const Options &options)
{
    QHash<QString, int> usernameUses; // lower case → accounts using it
    for (const WorkspaceAccount &account : accounts)
        ++usernameUses[account.username.toLower()];
    QHash<QString, QString> accountCell;
    for (const WorkspaceAccount &account : accounts)
        accountCell.insert(account.id,
                           !account.username.isEmpty() && usernameUses.value(account.username.toLower()) == 1
                               ? account.username
                               : account.id);

    CsvWriter writer(options.separator, options.withBom);
    writer.addRow(header());
    for (const Post &post : posts) {
        QStringList cells(kPostCsvColumnCount);
        const auto set = [&cells](PostCsvColumn column, const QString &text) {
            cells[static_cast<qsizetype>(column)] = text;
        };
        set(PostCsvColumn::Account, accountCell.value(post.accountId, post.accountId));
        set(PostCsvColumn::ScheduledAt, scheduledAtText(post.scheduled));
        set(PostCsvColumn::TimeZone, post.scheduled.timeZone);
        set(PostCsvColumn::Media, mediaText(post));
        set(PostCsvColumn::Kind, toString(post.kind));
        set(PostCsvColumn::Caption, post.caption);
        set(PostCsvColumn::Title, post.kind == PostKind::PhotoCarousel ? post.photoTitle : QString());
        set(PostCsvColumn::Privacy, post.privacyLevel);
        set(PostCsvColumn::AllowComment, csvBoolText(post.allowComment));
        set(PostCsvColumn::AllowDuet, csvBoolText(post.allowDuet));
        set(PostCsvColumn::AllowStitch, csvBoolText(post.allowStitch));
        set(PostCsvColumn::Disclosure, disclosureText(post.brandOrganic, post.brandContent));
        set(PostCsvColumn::IsAigc, csvBoolText(post.isAigc));
        set(PostCsvColumn::CoverMs, QString::number(post.coverMs));
        set(PostCsvColumn::DealId, post.dealId);
        writer.addRow(cells);
    }
    return writer.data();
}

} // namespace montaj
