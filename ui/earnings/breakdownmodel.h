#pragma once

#include "core/earnings/earningsreport.h"

#include <QAbstractTableModel>

namespace montaj::ui {

// A breakdown (per session, day, month, gifter or gift) as a table: name, gifts, coins, diamonds
// and amount, numbers in the interface language. Sorting happens in the report. Not editable.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Gifts, Coins, Diamonds, Amount, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setBreakdown(const Breakdown &breakdown);
    const Breakdown &breakdown() const { return m_breakdown; }
    void relabel(); // after a language change

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString name(const BreakdownRow &row) const;

    Breakdown m_breakdown;
};

} // namespace montaj::ui
