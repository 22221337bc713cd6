#pragma once

#include "core/earnings/payoutbook.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace montaj::ui {

// Payouts on the Earnings page: the balance in the payout currency, the minimum withdrawal, the
// withdrawals with the balance after each, recording a withdrawal (amount, date, note) and
// reversing one that bounced. Refusals (below the minimum, above the balance) are shown as the
// ledger words them. Shows and asks; the page records.
class PayoutsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PayoutsPanel(QWidget *parent = nullptr);

    void showStatement(const PayoutStatement &statement);
    void showProblem(const QString &message); // empty clears
    void clearForm();

Q_SIGNALS:
    void withdrawalRequested(const montaj::Money &amount, qint64 atMs, const QString &note);
    void reversalRequested(qint64 withdrawalId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();

    QLabel *m_balance;
    QLabel *m_minimum;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QPushButton *m_record;
    QPushButton *m_reverse;
    QLabel *m_problem;
    QTableWidget *m_table;
    PayoutStatement m_statement;
};

} // namespace montaj::ui
