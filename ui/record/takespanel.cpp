#include "ui/record/takespanel.h"

#include "ui/record/recordformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace montaj::ui {

TakesPanel::TakesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_delete(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_statsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("record.takes"));
    m_list->setObjectName(QStringLiteral("record.takeList"));
    m_delete->setObjectName(QStringLiteral("record.deleteLast"));
    m_done->setObjectName(QStringLiteral("record.done"));
    m_statsLabel->setObjectName(QStringLiteral("record.stats"));
    m_empty->setObjectName(QStringLiteral("record.noTakes"));
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMinimumHeight(60);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_empty->setEnabled(false);
    m_statsLabel->setWordWrap(true);
    QFont small = m_statsLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_statsLabel->setFont(small);
    m_done->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1); // in the list's place while there is none
    layout->addLayout(buttons);
    layout->addWidget(m_statsLabel);
    connect(m_delete, &QPushButton::clicked, this, &TakesPanel::deleteLastClicked);
    connect(m_done, &QPushButton::clicked, this, &TakesPanel::doneClicked);
    retranslate();
}

void TakesPanel::setTakes(const QList<Take> &takes)
{
    m_takes = takes;
    refreshList();
}

void TakesPanel::setStats(const CaptureStats &stats)
{
    m_stats = stats;
    m_hasStats = true;
    refreshStats();
}

void TakesPanel::setDeleteEnabled(bool enabled)
{
    m_delete->setEnabled(enabled);
}

void TakesPanel::setDoneEnabled(bool enabled)
{
    m_done->setEnabled(enabled);
}

QString TakesPanel::statsText() const
{
    return m_statsLabel->text();
}

void TakesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TakesPanel::retranslate()
{
    m_title->setText(tr("Recorded takes"));
    m_empty->setText(tr("No takes yet. Each Record → Stop adds one."));
    m_delete->setText(tr("&Delete last take"));
    m_delete->setToolTip(tr("Deletes the last take's file."));
    m_done->setText(tr("D&one"));
    m_done->setToolTip(tr("Ends the session and adds the takes to the project in the editor."));
    refreshList();
    refreshStats();
}

void TakesPanel::refreshList()
{
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < m_takes.size(); ++i) {
        const Take &take = m_takes.at(i);
        //: A take in the list: its number and its duration, e.g. "Take 2 · 0:14".
        QString text = tr("Take %1 · %2").arg(locale.toString(i + 1), RecordFormat::clock(take.durationUs));
        if (take.autoStopped)
            text = tr("%1 (length reached)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(take.path);
    }
    m_list->setVisible(!m_takes.isEmpty());
    m_empty->setVisible(m_takes.isEmpty());
}

void TakesPanel::refreshStats()
{
    m_statsLabel->setText(m_hasStats ? RecordFormat::stats(m_stats) : QString());
    m_statsLabel->setVisible(m_hasStats);
}

} // namespace montaj::ui
