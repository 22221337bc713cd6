#pragma once

#include "core/deals/dealtypes.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;

namespace montaj {

struct DealsSnapshot;

// The pipeline as a board: one column per stage (lead … closed, lost), one card per deal with its
// brand, title and fee. Selecting a card selects the deal; dragging it to another column, or its
// context menu, moves the deal to another stage: a move DealPipeline refuses is not asked for and the
// board says why (moveRefused). Not the deal's details (DealView).
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoard(QWidget *parent = nullptr);

    void show(const DealsSnapshot &snapshot);
    void select(const QString &dealId);
    QString selected() const { return m_selected; }
    int cardCount(DealStage stage) const;
    QListWidget *column(DealStage stage) const { return m_columns.value(stage); }
    // What a drop of the deal on a stage's column does: asks for the move when DealPipeline allows
    // it (true), says why not otherwise (false). Nothing when the deal is already there.
    bool dropDeal(const QString &dealId, DealStage to);
    static QString mimeType();

Q_SIGNALS:
    void dealSelected(const QString &dealId);
    void moveRequested(const QString &dealId, montaj::DealStage to);
    void moveRefused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void menuFor(QListWidget *column, const QPoint &pos);

    QMap<DealStage, QListWidget *> m_columns;
    QMap<DealStage, QLabel *> m_titles;
    QHash<QString, DealStage> m_stages; // of the deals shown
    QString m_selected;
    bool m_filling = false;
};

} // namespace montaj
