#pragma once

#include <QList>
#include <QString>

namespace montaj::ui {

// The studio's pages, in navigation order. Ids are stable: they are saved as "last page".
enum class PageId { Record, Edit, Captions, Publish, Reach, Collaborations, Earnings, Settings };

// What the navigation and an empty page show for each part of the product: icon and translatable
// texts. Not the pages themselves.
struct PageInfo
{
    PageId id;
    const char *key;      // stable id for settings and tests: "record", "edit", …
    const char *icon;     // resource name under :/icons
    const char *title;    // QT_TRANSLATE_NOOP("Pages", …)
    const char *headline; // the empty state: what this page will hold
    const char *details;
};

class PageCatalog
{
public:
    static const QList<PageInfo> &pages();
    static const PageInfo &info(PageId id);
    static const PageInfo *byKey(const QString &key);
    // Translated texts (translated at call time, so call again after a language change).
    static QString title(const PageInfo &page);
    static QString headline(const PageInfo &page);
    static QString details(const PageInfo &page);
};

} // namespace montaj::ui
