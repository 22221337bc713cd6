#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace montaj::ui {

// The composer's commercial-content disclosure, as the platform requires it: "Disclose commercial
// content" off by default; when on, the person ticks "Your brand" (the post is labeled "Promotional
// content") and/or "Branded content" ("Paid partnership"), and sees which label the post will carry.
// Also the AI-generated content label. Not the privacy rule (CreatorHeader) nor the consent.
class DisclosureBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DisclosureBox(QWidget *parent = nullptr);

    bool discloses() const;
    bool yourBrand() const;
    bool brandedContent() const;
    bool aiGenerated() const;
    void setValues(bool yourBrand, bool brandedContent,
                   bool aiGenerated);        // discloses when either brand is on
    void setProblem(const QString &problem); // shown under the choices

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    QCheckBox *m_disclose;
    QLabel *m_discloseHint;
    QCheckBox *m_yourBrand;
    QLabel *m_yourBrandHint;
    QCheckBox *m_branded;
    QLabel *m_brandedHint;
    QLabel *m_labels;
    QLabel *m_problem;
    QCheckBox *m_aigc;
};

} // namespace montaj::ui
