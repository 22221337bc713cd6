#include "ui/deals/pipelineboard.h"

#include "core/deals/dealpipeline.h"
#include "ui/deals/dealssnapshot.h"

#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QScrollArea>
#include <QVBoxLayout>

namespace montaj {
namespace {

// One stage's column: its cards drag out as the deal's id; a card dropped on it asks the board.
class StageList : public QListWidget
{
public:
    StageList(PipelineBoard *board, DealStage stage)
        : m_board(board)
        , m_stage(stage)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        viewport()->setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
    }

protected:
    QStringList mimeTypes() const override { return {PipelineBoard::mimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(PipelineBoard::mimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
        return mime;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    void dragEnterEvent(QDragEnterEvent *event) override { dragMoveEvent(event); }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        // Every other column takes the drop: a refused move is explained, not silently ignored.
        if (event->mimeData()->hasFormat(PipelineBoard::mimeType()) && event->source() != this)
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString dealId = QString::fromUtf8(event->mimeData()->data(PipelineBoard::mimeType()));
        if (dealId.isEmpty() || event->source() == this) {
            event->ignore();
            return;
        }
        m_board->dropDeal(dealId, m_stage);
        // The board is filled again from the store: the source column keeps its card meanwhile.
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }

private:
    PipelineBoard *m_board;
    DealStage m_stage;
};

} // namespace

QString PipelineBoard::mimeType()
{
    return QStringLiteral("application/x-montaj-deal");
}

bool PipelineBoard::dropDeal(const QString &dealId, DealStage to)
{
    if (!m_stages.contains(dealId) || m_stages.value(dealId) == to)
        return false;
    const DealStage from = m_stages.value(dealId);
    if (const Result<void> allowed = DealPipeline::check(from, to); !allowed) {
        QStringList targets;
        for (DealStage stage : DealPipeline::stages())
            if (DealPipeline::canMove(from, stage))
                targets << DealPipeline::displayName(stage);
        Q_EMIT moveRefused(
            targets.isEmpty()
                ? tr("%1 A closed deal stays closed.").arg(allowed.error().message)
                : tr("%1 From “%2” it can go to: %3.")
                      .arg(allowed.error().message, DealPipeline::displayName(from), targets.join(tr(", "))));
        return false;
    }
    Q_EMIT moveRequested(dealId, to);
    return true;
}

PipelineBoard::PipelineBoard(QWidget *parent)
    : QWidget(parent)
{
    auto *strip = new QWidget;
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 0);
    for (DealStage stage : DealPipeline::stages()) {
        auto *column = new QWidget;
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(2, 2, 2, 2);
        auto *title = new QLabel;
        title->setObjectName(QString(QStringLiteral("stageTitle_") + toString(stage)));
        auto *list = new StageList(this, stage);
        list->setObjectName(QString(QStringLiteral("stage_") + toString(stage)));
        list->setMinimumWidth(170);
        list->setWordWrap(true);
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        layout->addWidget(title);
        layout->addWidget(list, 1);
        row->addWidget(column);
        m_columns.insert(stage, list);
        m_titles.insert(stage, title);
        connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
            if (m_filling || !item)
                return;
            m_selected = item->data(Qt::UserRole).toString();
            for (QListWidget *other : std::as_const(m_columns))
                if (other != item->listWidget())
                    other->setCurrentItem(nullptr);
            Q_EMIT dealSelected(m_selected);
        });
        connect(list, &QListWidget::customContextMenuRequested, this,
                [this, list](const QPoint &pos) { menuFor(list, pos); });
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void PipelineBoard::show(const DealsSnapshot &snapshot)
{
    m_filling = true;
    for (QListWidget *list : std::as_const(m_columns))
        list->clear();
    m_stages.clear();
    for (const Deal &deal : snapshot.deals) {
        m_stages.insert(deal.id, deal.stage);
        QListWidget *list = m_columns.value(deal.stage);
        if (!list)
            continue;
        const QString brand = snapshot.brands.value(deal.brandId).name;
        QString text = brand;
        if (!deal.title.isEmpty() && deal.title != brand)
            text += QString(u'\n' + deal.title);
        if (deal.fee)
            text += QString(u'\n' + deal.fee->toDisplayString());
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, deal.id);
        item->setToolTip(text);
        if (deal.id == m_selected)
            list->setCurrentItem(item);
    }
    m_filling = false;
    retranslate();
}

void PipelineBoard::select(const QString &dealId)
{
    m_selected = dealId;
    for (QListWidget *list : std::as_const(m_columns))
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == dealId)
                list->setCurrentRow(i);
}

int PipelineBoard::cardCount(DealStage stage) const
{
    const QListWidget *list = m_columns.value(stage);
    return list ? list->count() : 0;
}

void PipelineBoard::menuFor(QListWidget *column, const QPoint &pos)
{
    QListWidgetItem *item = column->itemAt(pos);
    if (!item)
        return;
    const QString dealId = item->data(Qt::UserRole).toString();
    const DealStage from = m_columns.key(column);
    QMenu menu(this);
    QMenu *move = menu.addMenu(tr("Move to"));
    for (DealStage to : DealPipeline::stages())
        if (DealPipeline::canMove(from, to))
            move->addAction(DealPipeline::displayName(to), this,
                            [this, dealId, to] { Q_EMIT moveRequested(dealId, to); });
    menu.exec(column->viewport()->mapToGlobal(pos));
}

void PipelineBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelineBoard::retranslate()
{
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it)
        it.value()->setText(tr("%1 (%2)").arg(DealPipeline::displayName(it.key())).arg(cardCount(it.key())));
}

} // namespace montaj
