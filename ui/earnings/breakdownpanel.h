#pragma once

#include "core/earnings/earningsreport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace montaj::ui {

class BreakdownModel;

// The filterable tables of the Earnings page: earnings grouped per session, gifter, gift, day or
// month, narrowed by period and by a search (a gifter's or gift's name, or an id), with the
// total. Asks for a new breakdown when the choice changes; the page computes it.
class BreakdownPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BreakdownPanel(QWidget *parent = nullptr);

    Grouping grouping() const;
    // The filter for the chosen period and search, as of `nowMs`, in the local time zone.
    ReportFilter filter(qint64 nowMs) const;
    void showBreakdown(const Breakdown &breakdown);
    const Breakdown &breakdown() const;

Q_SIGNALS:
    void queryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_grouping;
    QComboBox *m_period;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_total;
    BreakdownModel *m_model;
    QTimer *m_debounce;
};

} // namespace montaj::ui
