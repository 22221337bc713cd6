#pragma once

#include "core/platform/platformtypes.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace montaj::ui {

// What keeps the composer's Schedule button disabled, in words: the platform's posting rules
// (a privacy level chosen by the user among creator_info's options, interactions creator_info turned
// off left off, branded content never "only me", the video no longer than the creator may post),
// the caption limits, a complete commercial-content disclosure, a valid future time, and the
// person's explicit consent after the preview. Not the widgets; not the publisher's own checks.
class ComposerRules
{
    Q_DECLARE_TR_FUNCTIONS(ComposerRules)

public:
    struct Input
    {
        Post post;
        std::optional<CreatorInfo> creator; // empty: not checked here (the publisher checks again)
        bool discloseCommercial = false;
        bool consent = false;
        bool mediaExists = false;
        qint64 videoDurationMs = -1; // -1: unknown
        QString timeError;           // the schedule field's own error (bad zone, no time)
        QDateTime nowUtc;            // invalid: now
    };

    // Translated, in the order the form shows the fields; empty when the post may be scheduled.
    static QStringList problems(const Input &input);
    // The part of problems() about disclosure alone (shown next to the disclosure box).
    static QString disclosureProblem(const Input &input);
};

} // namespace montaj::ui
