#pragma once

#include "core/deals/dealtypes.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;

namespace montaj {

struct DealsSnapshot;

// The pipeline as a board: one column per stage (lead … closed, lost), one card per deal with its
// brand, title and fee. Selecting a card selects the deal; its context menu moves the deal to
// another stage (the page checks the move). Not the deal's details (DealView).
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoard(QWidget *parent = nullptr);

    void show(const DealsSnapshot &snapshot);
    void select(const QString &dealId);
    QString selected() const { return m_selected; }
    int cardCount(DealStage stage) const;

Q_SIGNALS:
    void dealSelected(const QString &dealId);
    void moveRequested(const QString &dealId, montaj::DealStage to);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void menuFor(QListWidget *column, const QPoint &pos);

    QMap<DealStage, QListWidget *> m_columns;
    QMap<DealStage, QLabel *> m_titles;
    QString m_selected;
    bool m_filling = false;
};

} // namespace montaj
