#include "ui/earnings/payoutspanel.h"

#include "core/earnings/microdecimal.h"
#include "ui/earnings/earningsformat.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace montaj::ui {

PayoutsPanel::PayoutsPanel(QWidget *parent)
    : QWidget(parent)
    , m_balance(new QLabel(this))
    , m_minimum(new QLabel(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_record(new QPushButton(this))
    , m_reverse(new QPushButton(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("payoutsPanel"));
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_balance->setFont(big);
    m_minimum->setObjectName(QStringLiteral("minimumLabel"));
    m_minimum->setWordWrap(true);
    m_amount->setObjectName(QStringLiteral("withdrawalAmount"));
    m_date->setObjectName(QStringLiteral("withdrawalDate"));
    m_date->setCalendarPopup(true);
    m_note->setObjectName(QStringLiteral("withdrawalNote"));
    m_record->setObjectName(QStringLiteral("recordWithdrawalButton"));
    m_reverse->setObjectName(QStringLiteral("reverseWithdrawalButton"));
    m_problem->setObjectName(QStringLiteral("payoutProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    m_table->setObjectName(QStringLiteral("withdrawalsTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *form = new QHBoxLayout;
    form->addWidget(m_amountLabel);
    form->addWidget(m_amount);
    form->addWidget(m_date);
    form->addWidget(m_note, 1);
    form->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_balance);
    layout->addWidget(m_minimum);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_reverse);
    layout->addLayout(bottom);

    connect(m_record, &QPushButton::clicked, this, &PayoutsPanel::submit);
    connect(m_amount, &QLineEdit::returnPressed, this, &PayoutsPanel::submit);
    connect(m_reverse, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_statement.lines.size())
            Q_EMIT reversalRequested(m_statement.lines[row].withdrawal.id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_reverse->setEnabled(row >= 0 && row < m_statement.lines.size()
                              && m_statement.lines[row].withdrawal.reverses == 0);
    });
    m_reverse->setEnabled(false);
    retranslate();
}

void PayoutsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showStatement(m_statement);
    }
    QWidget::changeEvent(event);
}

void PayoutsPanel::retranslate()
{
    m_date->setLocale(QLocale()); // dates in the interface language (the format is fixed at construction)
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_amountLabel->setText(tr("Withdrawal:"));
    m_note->setPlaceholderText(tr("Note (payment method, reference)"));
    m_record->setText(tr("Record withdrawal"));
    m_reverse->setText(tr("Reverse the selected withdrawal"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Balance after"), tr("Note")});
}

void PayoutsPanel::submit()
{
    if (m_statement.currency.isEmpty())
        return;
    const Result<qint64> micros = MicroDecimal::parse(m_amount->text(), QLocale());
    if (!micros) {
        showProblem(tr("Enter the amount withdrawn, for example %1.")
                        .arg(EarningsFormat::money(12050, m_statement.currency)));
        return;
    }
    // Micro-units → the currency's minor units, rounded half to even (Money::parse does the same).
    const Result<Money> parsed = Money::parse(MicroDecimal::toString(*micros), m_statement.currency);
    if (!parsed) {
        showProblem(parsed.error().message);
        return;
    }
    // Today means now; another day means its middle (the balance of that day).
    const qint64 atMs = m_date->date() == QDate::currentDate()
                            ? QDateTime::currentMSecsSinceEpoch()
                            : QDateTime(m_date->date(), QTime(12, 0)).toMSecsSinceEpoch();
    Q_EMIT withdrawalRequested(*parsed, atMs, m_note->text().trimmed());
}

void PayoutsPanel::clearForm()
{
    m_amount->clear();
    m_note->clear();
    showProblem({});
}

void PayoutsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void PayoutsPanel::showStatement(const PayoutStatement &s)
{
    m_statement = s;
    const QLocale locale;
    if (s.currency.isEmpty()) {
        m_balance->clear();
        return;
    }
    m_amount->setPlaceholderText(EarningsFormat::money(10000, s.currency, locale));
    m_balance->setText(tr("Balance: %1").arg(EarningsFormat::money(s.balanceMinor, s.currency, locale)));
    const QString earned = tr("Earned %1, withdrawn %2.")
                               .arg(EarningsFormat::money(s.earnedMinor, s.currency, locale),
                                    EarningsFormat::money(s.withdrawnMinor, s.currency, locale));
    if (!s.minimum)
        m_minimum->setText(tr("%1 No minimum withdrawal is set.").arg(earned));
    else if (s.canWithdraw)
        m_minimum->setText(tr("%1 The minimum withdrawal is %2: you can withdraw.")
                               .arg(earned, EarningsFormat::isolate(s.minimum->toDisplayString(locale))));
    else
        m_minimum->setText(tr("%1 The minimum withdrawal is %2: not reached yet.")
                               .arg(earned, EarningsFormat::isolate(s.minimum->toDisplayString(locale))));
    m_table->setRowCount(int(s.lines.size()));
    for (int row = 0; row < s.lines.size(); ++row) {
        const PayoutLine &line = s.lines[row];
        const Withdrawal &w = line.withdrawal;
        const QString note = w.reverses ? tr("Reversal: %1").arg(w.note) : w.note;
        const QString cells[] = {EarningsFormat::date(w.timeMs, locale),
                                 EarningsFormat::money(w.amountMinor, w.currency, locale),
                                 EarningsFormat::money(line.balanceAfterMinor, s.currency, locale), note};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 1 || column == 2)
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_reverse->setEnabled(false);
}

} // namespace montaj::ui
