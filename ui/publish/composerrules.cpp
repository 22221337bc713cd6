#include "ui/publish/composerrules.h"

#include "core/platform/postrules.h"
#include "core/publish/captionrules.h"
#include "ui/publish/publishtext.h"

#include <QLocale>

namespace montaj::ui {

QString ComposerRules::disclosureProblem(const Input &input)
{
    if (input.discloseCommercial && !input.post.brandOrganic && !input.post.brandContent)
        return tr("Commercial content is disclosed: choose “Your brand”, “Branded content” or both.");
    return {};
}

QStringList ComposerRules::problems(const Input &input)
{
    const Post &post = input.post;
    QStringList found;
    if (post.accountId.isEmpty())
        found << tr("Choose the account to post to.");
    if (post.kind == PostKind::Project ? post.projectPath.isEmpty() : post.mediaPath.isEmpty())
        found << tr("Choose the video to post.");
    else if (!input.mediaExists)
        found << tr("The video file cannot be found.");
    found << CaptionRules::inspect(post).problems;

    // The platform's posting rules, through the same checks the client applies before sending.
    PostInfo info;
    info.title = post.caption;
    info.privacyLevel = post.privacyLevel;
    info.disableComment = !post.allowComment;
    info.disableDuet = !post.allowDuet;
    info.disableStitch = !post.allowStitch;
    info.brandContentToggle = post.brandContent;
    info.brandOrganicToggle = post.brandOrganic;
    info.isAigc = post.isAigc;
    MediaLimits limits;
    limits.maxTitleUtf16 = CaptionRules::kVideoTitleLimit + 1'000'000; // the caption is CaptionRules' job
    const CreatorInfo *creator = input.creator ? &*input.creator : nullptr;
    Result<void> checked = PostRules::checkPost(info, limits, creator);
    if (!checked && checked.error().code == QLatin1String("platform.post_branded_private")) {
        // Said below in the composer's words; look on for the rules checked after it.
        info.brandContentToggle = false;
        checked = PostRules::checkPost(info, limits, creator);
    }
    if (!checked)
        found << checked.error().message;
    if (post.brandContent && post.privacyLevel == QLatin1String("SELF_ONLY"))
        found << tr("Branded content cannot be visible to “Only me”: choose another audience.");
    if (creator && creator->maxVideoPostDurationSec > 0 && input.videoDurationMs > 0
        && input.videoDurationMs > qint64(creator->maxVideoPostDurationSec) * 1000)
        found << tr("The video lasts %1; this account may post videos of at most %2.")
                     .arg(PublishText::duration(input.videoDurationMs),
                          PublishText::duration(qint64(creator->maxVideoPostDurationSec) * 1000));

    if (const QString disclosure = disclosureProblem(input); !disclosure.isEmpty())
        found << disclosure;
    if (!input.timeError.isEmpty()) {
        found << input.timeError;
    } else {
        const QDateTime now = input.nowUtc.isValid() ? input.nowUtc : QDateTime::currentDateTimeUtc();
        if (!post.scheduled.utc.isValid())
            found << tr("Choose when to publish.");
        else if (post.scheduled.utc <= now)
            found << tr("Choose a time in the future.");
    }
    if (!input.consent)
        found << tr("Tick the consent box once you have checked the preview.");
    found.removeDuplicates();
    return found;
}

} // namespace montaj::ui
