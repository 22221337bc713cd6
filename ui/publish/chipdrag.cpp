#include "ui/publish/chipdrag.h"

#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/postchip.h"

#include <QDrag>
#include <QMimeData>
#include <QToolTip>
#include <QWidget>

namespace montaj::ui {

void ChipDrag::start(QWidget *source, const PostCalendarModel &model, const QString &postId,
                     const QRect &chip, const QPoint &pressPos)
{
    const std::optional<Post> post = model.post(postId);
    if (!post || !PostCalendarModel::canReschedule(*post))
        return;
    auto *drag = new QDrag(source);
    drag->setMimeData(PostChip::mimeData(postId));
    if (!chip.isEmpty()) {
        drag->setPixmap(source->grab(chip));
        drag->setHotSpot(pressPos - chip.topLeft());
    }
    drag->exec(Qt::MoveAction);
}

void ChipDrag::tooltip(QWidget *source, const PostCalendarModel &model, const QString &postId,
                       const QPoint &globalPos)
{
    const std::optional<Post> post = model.post(postId);
    if (!post) {
        QToolTip::hideText();
        return;
    }
    const QString time = QLocale().toString(model.displayTime(*post).time(), QLocale::ShortFormat);
    QToolTip::showText(globalPos, PostChip::describe(*post, model.account(post->accountId), time), source);
}

} // namespace montaj::ui
