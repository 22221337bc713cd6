#include "ui/earnings/breakdownmodel.h"

#include "ui/earnings/earningsformat.h"

namespace montaj::ui {

void BreakdownModel::setBreakdown(const Breakdown &breakdown)
{
    beginResetModel();
    m_breakdown = breakdown;
    endResetModel();
}

void BreakdownModel::relabel()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breakdown.rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::name(const BreakdownRow &row) const
{
    const QLocale locale;
    switch (m_breakdown.grouping) {
    case Grouping::Day: return locale.toString(row.date, QLocale::LongFormat);
    case Grouping::Month: return locale.toString(row.date, QStringLiteral("MMMM yyyy"));
    case Grouping::Session:
        return row.label.isEmpty() ? tr("Session %1").arg(row.key)
                                   : tr("%1 (%2)").arg(row.label, EarningsFormat::date(row.firstMs, locale));
    case Grouping::Gifter: return QString(QChar(0x200E) + u'@' + (row.label.isEmpty() ? row.key : row.label));
    case Grouping::Gift: return row.label.isEmpty() ? tr("Gift %1").arg(row.key) : row.label;
    }
    return row.key;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_breakdown.rows.size())
        return {};
    const BreakdownRow &row = m_breakdown.rows[index.row()];
    const QLocale locale;
    const bool valued = !m_breakdown.valueError.has_value();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return name(row);
        case Gifts: return EarningsFormat::count(row.gifts, locale);
        case Coins: return EarningsFormat::count(row.coins, locale);
        case Diamonds: return valued ? EarningsFormat::count(row.diamonds, locale) : QString();
        case Amount:
            return valued ? EarningsFormat::money(row.minorUnits, m_breakdown.currency, locale) : QString();
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return row.key;
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        switch (m_breakdown.grouping) {
        case Grouping::Session: return tr("Session");
        case Grouping::Day: return tr("Day");
        case Grouping::Month: return tr("Month");
        case Grouping::Gifter: return tr("Gifter");
        case Grouping::Gift: return tr("Gift");
        }
        return {};
    case Gifts: return tr("Gifts");
    case Coins: return tr("Coins");
    case Diamonds: return tr("Diamonds");
    case Amount: return tr("Amount (%1)").arg(m_breakdown.currency);
    default: return {};
    }
}

} // namespace montaj::ui
