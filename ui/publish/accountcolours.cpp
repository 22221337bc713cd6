#include "ui/publish/accountcolours.h"

#include <QCryptographicHash>

namespace montaj::ui {

const QList<QColor> &AccountColours::palette()
{
    // Distinct hues that stay readable with white or black text in both themes.
    static const QList<QColor> kPalette{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                        QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                        QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf),
                                        QColor(0xe3, 0x77, 0xc2), QColor(0x8c, 0x56, 0x4b),
                                        QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x7f, 0x7f)};
    return kPalette;
}

QColor AccountColours::of(const WorkspaceAccount &account)
{
    const QColor saved(account.colour);
    if (!account.colour.isEmpty() && saved.isValid())
        return saved;
    const QByteArray hash =
        QCryptographicHash::hash(QString(account.id + account.openId).toUtf8(), QCryptographicHash::Md5);
    const auto index = static_cast<qsizetype>(static_cast<uchar>(hash.at(0)) % palette().size());
    return palette().at(index);
}

QColor AccountColours::textOn(const QColor &background)
{
    // Relative luminance (sRGB weights): dark text on light colours, white on dark ones.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor AccountColours::suggestFor(const QList<WorkspaceAccount> &existing)
{
    for (const QColor &colour : palette()) {
        bool used = false;
        for (const WorkspaceAccount &account : existing)
            used = used || QColor(account.colour) == colour;
        if (!used)
            return colour;
    }
    return palette().at(existing.size() % palette().size());
}

} // namespace montaj::ui
