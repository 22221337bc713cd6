#pragma once

#include "core/publish/posttypes.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace montaj {

// The columns of Montaj's schedule CSV and the words their cells may hold, shared by the importer
// and the exporter (docs/schedule-csv.md is the user's version of this file).
enum class PostCsvColumn {
    Account,
    ScheduledAt,
    TimeZone,
    Media,
    Kind,
    Caption,
    Title,
    Privacy,
    AllowComment,
    AllowDuet,
    AllowStitch,
    Disclosure,
    IsAigc,
    CoverMs,
    DealId,
};
inline constexpr int kPostCsvColumnCount = 15;

QString postCsvColumnName(PostCsvColumn column);
// A header cell → column: case, surrounding spaces, and ' '/'-' for '_' do not matter.
std::optional<PostCsvColumn> postCsvColumnFromHeader(QStringView header);

// true/false, yes/no, 1/0 (any case); empty = false. nullopt = not a boolean.
std::optional<bool> parseCsvBool(QStringView text);
QString csvBoolText(bool value);

// Platform names (any case) and the friendly words public, friends, followers, private, only_me.
std::optional<QString> parsePrivacyLevel(QStringView text);

struct Disclosure
{
    bool brandOrganic = false; // "your_brand"
    bool brandContent = false; // "branded"
};
// none | your_brand | branded | both (any case, ' ' or '-' for '_'); empty = none.
std::optional<Disclosure> parseDisclosure(QStringView text);
QString disclosureText(bool brandOrganic, bool brandContent);

// video | project | photos (also "photo", "video_file", "carousel").
std::optional<PostKind> parsePostKind(QStringView text);
// From the media cell: several paths ('|') or images → photos, ".montaj" → project, else video.
PostKind inferPostKind(const QStringList &paths);

} // namespace montaj
