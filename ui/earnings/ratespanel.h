#pragma once

#include "core/earnings/conversionsettings.h"
#include "core/earnings/giftcatalog.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace montaj::ui {

// The Earnings page's settings: the dated conversion settings (creator share, diamond values,
// exchange rates; a new one is added with the date it applies from, never edited in place), the
// payout currency, minimum withdrawal and tax-estimate rate, and the gift catalog with its coin
// prices (the platform's, or the user's when edited). Shows and asks; the page saves.
class RatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatesPanel(QWidget *parent = nullptr);

    void showRates(const QList<RateSetting> &rates);
    void showOptions(const QString &payoutCurrency, const std::optional<Money> &minimum, int taxBasisPoints);
    void showCatalog(const QList<GiftPrice> &gifts);
    void showProblem(const QString &message);

Q_SIGNALS:
    void rateAdded(const montaj::RateSetting &rate);
    void optionsSaved(const QString &payoutCurrency, const std::optional<montaj::Money> &minimum,
                      int taxBasisPoints);
    void priceEdited(qint64 giftId, const QString &name, qint64 coins);
    void importRatesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRate();
    void saveOptions();
    void updateForm();
    QString kindText(RateKind kind) const;
    QString valueText(const RateSetting &rate) const;

    QGroupBox *m_ratesBox;
    QTableWidget *m_rates;
    QComboBox *m_kind;
    QComboBox *m_currency;
    QComboBox *m_quote;
    QLineEdit *m_value;
    QDateEdit *m_from;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_importRates;
    QGroupBox *m_optionsBox;
    QLabel *m_payoutLabel;
    QLabel *m_minimumLabel;
    QLabel *m_taxLabel;
    QComboBox *m_payout;
    QLineEdit *m_minimum;
    QLineEdit *m_tax;
    QPushButton *m_save;
    QGroupBox *m_catalogBox;
    QTableWidget *m_catalog;
    QLabel *m_problem;
    QList<RateSetting> m_shownRates;
    QList<GiftPrice> m_gifts;
    bool m_filling = false;
};

} // namespace montaj::ui
