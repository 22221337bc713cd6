#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformtypes.h"
#include "core/publish/posttypes.h"

#include <QGroupBox>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace montaj::ui {

// Asks creator_info for an account when this studio has a signed-in session for it and answers
// later through `done`; returns false (and never calls `done`) when it has none.
using CreatorInfoSource =
    std::function<bool(const WorkspaceAccount &account, std::function<void(Result<CreatorInfo>)> done)>;

// The top of the composer, built from creator_info as the platform requires: who is posting
// (avatar, nickname, @username), "who can see this post" with no default (a placeholder until the
// person chooses one of the offered levels), comments / duets / stitches unticked and greyed out
// with a reason where the account turned them off, and the video's length against the longest the
// account may post. Without a session for the account (an agency's client) it says the account is
// checked again when publishing and offers every privacy level by name. Not the disclosure.
class CreatorHeader : public QGroupBox
{
    Q_OBJECT

public:
    explicit CreatorHeader(QWidget *parent = nullptr);

    void showChecking(const WorkspaceAccount &account);
    void showCreatorInfo(const WorkspaceAccount &account, const CreatorInfo &info);
    // No creator_info for this account here; `error` when the platform was asked and failed.
    void showUnchecked(const WorkspaceAccount &account, const QString &error = {});
    const std::optional<CreatorInfo> &creatorInfo() const { return m_info; }

    QString privacyLevel() const; // empty until chosen
    void setPrivacyLevel(const QString &level);
    bool allowComment() const;
    bool allowDuet() const;
    bool allowStitch() const;
    void setInteractions(bool comment, bool duet, bool stitch); // disabled ones stay off
    // Branded content cannot be "only me": that option is greyed out while it is on.
    void setBrandedContent(bool branded);
    void setVideoDurationMs(qint64 ms); // -1: unknown / not a video file

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPrivacy(const QStringList &levels);
    void showAccount(const WorkspaceAccount &account);
    void refreshDuration();
    void applyInteractions();

    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_status;
    QLabel *m_privacyLabel;
    QComboBox *m_privacy;
    QCheckBox *m_comment;
    QCheckBox *m_duet;
    QCheckBox *m_stitch;
    QLabel *m_duration;
    std::optional<CreatorInfo> m_info;
    WorkspaceAccount m_account;
    enum class Mode { Checking, Checked, Unchecked } m_mode = Mode::Unchecked;
    QString m_error;
    qint64 m_durationMs = -1;
    bool m_branded = false;
    QString m_wantedPrivacy;        // kept while options load
    std::array<bool, 3> m_wanted{}; // comment, duet, stitch: off by default
};

} // namespace montaj::ui
