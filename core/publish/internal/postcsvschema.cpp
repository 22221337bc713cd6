#include "core/publish/internal/postcsvschema.h"

#include <QStringList>

namespace montaj {

namespace {

constexpr std::array<const char *, kPostCsvColumnCount> kNames{
    "account",      "scheduled_at", "time_zone", "media",         "kind",
    "caption",      "title",        "privacy",   "allow_comment", "allow_duet",
    "allow_stitch", "disclosure",   "is_aigc",   "cover_ms",      "deal_id",
};

// Lower case, trimmed, ' ' and '-' → '_'.
QString normalized(QStringView text)
{
    QString word = text.trimmed().toString().toLower();
    word.replace(u' ', u'_');
    word.replace(u'-', u'_');
    return word;
}

bool endsWithAny(const QString &path, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes)
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QString postCsvColumnName(PostCsvColumn column)
{
    return QString::fromLatin1(kNames[static_cast<std::size_t>(column)]);
}

std::optional<PostCsvColumn> postCsvColumnFromHeader(QStringView header)
{
    const QString word = normalized(header);
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (word == QLatin1String(kNames[i]))
            return static_cast<PostCsvColumn>(i);
    if (word == QLatin1String("timezone") || word == QLatin1String("zone"))
        return PostCsvColumn::TimeZone;
    if (word == QLatin1String("media_path") || word == QLatin1String("path"))
        return PostCsvColumn::Media;
    return std::nullopt;
}

std::optional<bool> parseCsvBool(QStringView text)
{
    const QStringView word = text.trimmed();
    if (word.isEmpty() || word == u"0" || word.compare(u"false", Qt::CaseInsensitive) == 0
        || word.compare(u"no", Qt::CaseInsensitive) == 0)
        return false;
    if (word == u"1" || word.compare(u"true", Qt::CaseInsensitive) == 0
        || word.compare(u"yes", Qt::CaseInsensitive) == 0)
        return true;
    return std::nullopt;
}

QString csvBoolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

std::optional<QString> parsePrivacyLevel(QStringView text)
{
    const QString word = normalized(text);
    static constexpr std::array<std::pair<const char *, const char *>, 9> kWords{{
        {"public_to_everyone", "PUBLIC_TO_EVERYONE"},
        {"mutual_follow_friends", "MUTUAL_FOLLOW_FRIENDS"},
        {"follower_of_creator", "FOLLOWER_OF_CREATOR"},
        {"self_only", "SELF_ONLY"},
        {"public", "PUBLIC_TO_EVERYONE"},
        {"friends", "MUTUAL_FOLLOW_FRIENDS"},
        {"followers", "FOLLOWER_OF_CREATOR"},
        {"private", "SELF_ONLY"},
        {"only_me", "SELF_ONLY"},
    }};
    for (const auto &[name, level] : kWords)
        if (word == QLatin1String(name))
            return QString::fromLatin1(level);
    return std::nullopt;
}

std::optional<Disclosure> parseDisclosure(QStringView text)
{
    const QString word = normalized(text);
    if (word.isEmpty() || word == QLatin1String("none"))
        return Disclosure{};
    if (word == QLatin1String("your_brand"))
        return Disclosure{true, false};
    if (word == QLatin1String("branded") || word == QLatin1String("branded_content"))
        return Disclosure{false, true};
    if (word == QLatin1String("both"))
        return Disclosure{true, true};
    return std::nullopt;
}

QString disclosureText(bool brandOrganic, bool brandContent)
{
    if (brandOrganic && brandContent)
        return QStringLiteral("both");
    if (brandOrganic)
        return QStringLiteral("your_brand");
    if (brandContent)
        return QStringLiteral("branded");
    return QStringLiteral("none");
}

std::optional<PostKind> parsePostKind(QStringView text)
{
    const QString word = normalized(text);
    if (word == QLatin1String("video") || word == QLatin1String("video_file"))
        return PostKind::VideoFile;
    if (word == QLatin1String("project"))
        return PostKind::Project;
    if (word == QLatin1String("photos") || word == QLatin1String("photo")
        || word == QLatin1String("carousel"))
        return PostKind::PhotoCarousel;
    return std::nullopt;
}

PostKind inferPostKind(const QStringList &paths)
{
    if (paths.size() > 1)
        return PostKind::PhotoCarousel;
    const QString path = paths.value(0);
    if (endsWithAny(path, {".montaj"}))
        return PostKind::Project;
    if (endsWithAny(path, {".jpg", ".jpeg", ".webp", ".png"}))
        return PostKind::PhotoCarousel;
    return PostKind::VideoFile;
}

} // namespace montaj
