#include "ui/publish/consentpanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
const QString kMusicUsage =
    QStringLiteral("https://www.tiktok.com/legal/page/global/music-usage-confirmation/en");
const QString kBrandedContent = QStringLiteral("https://www.tiktok.com/legal/page/global/bc-policy/en");

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}
} // namespace

ConsentPanel::ConsentPanel(QWidget *parent)
    : QWidget(parent)
    , m_declaration(new QLabel(this))
    , m_consent(new QCheckBox(this))
{
    m_declaration->setObjectName(QStringLiteral("declarationLabel"));
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_declaration->setWordWrap(true);
    m_declaration->setTextFormat(Qt::RichText);
    m_declaration->setOpenExternalLinks(true);
    m_declaration->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_declaration);
    layout->addWidget(m_consent);
    connect(m_consent, &QCheckBox::toggled, this, &ConsentPanel::changed);
    retranslate();
}

void ConsentPanel::setBranded(bool branded)
{
    if (m_branded == branded)
        return;
    m_branded = branded;
    retranslate();
}

bool ConsentPanel::consented() const
{
    return m_consent->isChecked();
}

void ConsentPanel::setConsented(bool consented)
{
    m_consent->setChecked(consented);
}

QString ConsentPanel::declaration() const
{
    return QTextDocumentFragment::fromHtml(m_declaration->text()).toPlainText();
}

void ConsentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsentPanel::retranslate()
{
    const QString music = link(kMusicUsage, tr("Music Usage Confirmation"));
    if (m_branded)
        m_declaration->setText(tr("By posting, you agree to TikTok's %1 and %2.")
                                   .arg(link(kBrandedContent, tr("Branded Content Policy")), music));
    else
        m_declaration->setText(tr("By posting, you agree to TikTok's %1.").arg(music));
    m_consent->setText(tr("I have checked the preview and agree to publish this post at the chosen time."));
}

} // namespace montaj::ui
