#include "ui/pagecatalog.h"

#include <QCoreApplication>

namespace montaj::ui {

const QList<PageInfo> &PageCatalog::pages()
{
    static const QList<PageInfo> kPages{
        {PageId::Record, "record", "record", QT_TRANSLATE_NOOP("Pages", "Record"),
         QT_TRANSLATE_NOOP("Pages", "Record clips in takes"),
         QT_TRANSLATE_NOOP("Pages", "This page will record your camera and microphone, or your screen, in "
                                    "takes, with vertical framing guides. Recording is not available yet.")},
        {PageId::Edit, "edit", "edit", QT_TRANSLATE_NOOP("Pages", "Edit"),
         QT_TRANSLATE_NOOP("Pages", "Cut your video"),
         QT_TRANSLATE_NOOP("Pages", "This page will hold the preview player, the timeline and the inspector: "
                                    "trim, split, reorder, text overlays, music, filters, with undo and "
                                    "autosave. Editing is not available yet.")},
        {PageId::Captions, "captions", "captions", QT_TRANSLATE_NOOP("Pages", "Captions"),
         QT_TRANSLATE_NOOP("Pages", "Caption every word"),
         QT_TRANSLATE_NOOP("Pages",
                           "This page will import and export SRT, VTT and ASS subtitles, style them, "
                           "burn them into the video and create them automatically from speech. "
                           "Captions are not available yet.")},
        {PageId::Publish, "publish", "publish", QT_TRANSLATE_NOOP("Pages", "Publish"),
         QT_TRANSLATE_NOOP("Pages", "Schedule your posts"),
         QT_TRANSLATE_NOOP("Pages",
                           "This page will export platform-ready video and schedule uploads, for one "
                           "creator or for an agency's many accounts. Publishing is not available "
                           "yet.")},
        {PageId::Reach, "reach", "reach", QT_TRANSLATE_NOOP("Pages", "Reach"),
         QT_TRANSLATE_NOOP("Pages", "Estimate views before you post"),
         QT_TRANSLATE_NOOP("Pages", "This page will estimate how many views a draft may get, calibrated on "
                                    "your own history, with an honest range. Estimates are not available "
                                    "yet.")},
        {PageId::Collaborations, "collaborations", "collaborations",
         QT_TRANSLATE_NOOP("Pages", "Collaborations"), QT_TRANSLATE_NOOP("Pages", "Track your brand deals"),
         QT_TRANSLATE_NOOP("Pages", "This page will follow brand deals from invitation to payment: "
                                    "deliverables, disclosure rules for each country, and invoices. "
                                    "Collaborations are not available yet.")},
        {PageId::Earnings, "earnings", "earnings", QT_TRANSLATE_NOOP("Pages", "Earnings"),
         QT_TRANSLATE_NOOP("Pages", "See what your LIVEs earn"),
         QT_TRANSLATE_NOOP("Pages",
                           "This page will count LIVE gifts as coins, diamonds and money, per session "
                           "and per month. Earnings are not available yet.")},
        {PageId::Settings, "settings", "settings", QT_TRANSLATE_NOOP("Pages", "Settings"),
         QT_TRANSLATE_NOOP("Pages", "Settings"), ""},
    };
    return kPages;
}

const PageInfo &PageCatalog::info(PageId id)
{
    for (const PageInfo &p : pages())
        if (p.id == id)
            return p;
    Q_UNREACHABLE();
}

const PageInfo *PageCatalog::byKey(const QString &key)
{
    for (const PageInfo &p : pages())
        if (QLatin1String(p.key) == key)
            return &p;
    return nullptr;
}

QString PageCatalog::title(const PageInfo &page)
{
    return QCoreApplication::translate("Pages", page.title);
}

QString PageCatalog::headline(const PageInfo &page)
{
    return QCoreApplication::translate("Pages", page.headline);
}

QString PageCatalog::details(const PageInfo &page)
{
    return *page.details ? QCoreApplication::translate("Pages", page.details) : QString();
}

} // namespace montaj::ui
