#include "ui/record/takerecoverybar.h"

#include "ui/bidi.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace montaj::ui {

TakeRecoveryBar::TakeRecoveryBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_recover(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("record.recovery"));
    m_recover->setObjectName(QStringLiteral("record.recover"));
    m_dismiss->setObjectName(QStringLiteral("record.dismissRecovery"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_recover, 0, Qt::AlignTop);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_recover, &QPushButton::clicked, this, [this] {
        if (!m_sessions.isEmpty())
            Q_EMIT recoverRequested(m_sessions.first());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (!m_sessions.isEmpty())
            Q_EMIT dismissRequested(m_sessions.first());
    });
    setVisible(false);
    retranslate();
}

void TakeRecoveryBar::setSessions(const QList<InterruptedSession> &sessions)
{
    m_sessions = sessions;
    setVisible(!m_sessions.isEmpty());
    retranslate();
}

void TakeRecoveryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void TakeRecoveryBar::retranslate()
{
    m_recover->setText(tr("Add to the editor"));
    m_dismiss->setText(tr("Leave them"));
    m_dismiss->setToolTip(tr("The files stay in the Takes folder"));
    if (m_sessions.isEmpty()) {
        m_text->clear();
        return;
    }
    const InterruptedSession &s = m_sessions.first();
    const QLocale locale;
    m_text->setText(
        tr("The recording session of %1 ended before it was finished: %n take(s) were kept (%2) in %3.",
           nullptr, int(s.takes.size()))
            .arg(locale.toString(s.started, QLocale::ShortFormat),
                 bidiIsolated(locale.formattedDataSize(s.bytes)),
                 bidiIsolated(QDir::toNativeSeparators(s.folder))));
}

} // namespace montaj::ui
