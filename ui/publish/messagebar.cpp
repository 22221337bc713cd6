#include "ui/publish/messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace montaj::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run();
    });
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close"));
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_run = nullptr;
    m_text->setText(text);
    m_action->hide();
    applyKind();
    show();
}

void MessageBar::showAction(const QString &text, const QString &actionText, std::function<void()> action)
{
    m_kind = Kind::Information;
    m_run = std::move(action);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->show();
    applyKind();
    show();
}

void MessageBar::dismiss()
{
    m_run = nullptr;
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::applyKind()
{
    QPalette pal = palette();
    const QColor base = QPalette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor tint;
    switch (m_kind) {
    case Kind::Information: tint = dark ? QColor(0x1e, 0x3a, 0x5a) : QColor(0xe3, 0xf0, 0xfb); break;
    case Kind::Warning: tint = dark ? QColor(0x5a, 0x48, 0x10) : QColor(0xfd, 0xf3, 0xd0); break;
    case Kind::Error: tint = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfb, 0xe3, 0xe3); break;
    }
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, dark ? QColor(Qt::white) : QColor(Qt::black));
    setPalette(pal);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_close->setAccessibleName(tr("Close"));
        m_close->setToolTip(tr("Close"));
    } else if (event->type() == QEvent::PaletteChange && !m_applying) {
        m_applying = true;
        applyKind();
        m_applying = false;
    }
    QFrame::changeEvent(event);
}

} // namespace montaj::ui
