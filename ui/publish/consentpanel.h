#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace montaj::ui {

// The end of the composer: the platform's declaration (Music Usage Confirmation, plus the Branded
// Content Policy when the post is branded, with links) and the person's explicit consent to publish,
// unticked until they tick it. Not the disclosure choices.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentPanel(QWidget *parent = nullptr);

    void setBranded(bool branded);
    bool consented() const;
    void setConsented(bool consented);
    QString declaration() const; // the text shown, without markup

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_declaration;
    QCheckBox *m_consent;
    bool m_branded = false;
};

} // namespace montaj::ui
