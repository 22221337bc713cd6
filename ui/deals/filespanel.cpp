#include "ui/deals/filespanel.h"

#include "ui/deals/dealwidgets.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace montaj {

FilesPanel::FilesPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_attach(new QPushButton(this))
    , m_contract(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("dealFiles"));
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_contract->setObjectName(QStringLiteral("attachContract"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(DealWidgets::buttonRow({m_attach, m_contract, m_open, m_remove}));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_open->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    connect(m_list, &QListWidget::itemActivated, this, &FilesPanel::openCurrent);
    connect(m_attach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(false); });
    connect(m_contract, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(true); });
    connect(m_open, &QPushButton::clicked, this, &FilesPanel::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!currentPath().isEmpty())
            Q_EMIT removeRequested(currentPath());
    });
    retranslate();
    show({});
}

void FilesPanel::show(const Deal &deal)
{
    m_deal = deal;
    retranslate();
}

QString FilesPanel::currentPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool FilesPanel::open(const QString &path)
{
    return QFileInfo::exists(path) && QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void FilesPanel::openCurrent()
{
    const QString path = currentPath();
    if (!path.isEmpty() && !open(path))
        Q_EMIT openFailed(tr("“%1” cannot be opened: it was moved or deleted, or no application opens it.")
                              .arg(QDir::toNativeSeparators(path)));
}

void FilesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilesPanel::retranslate()
{
    m_attach->setText(tr("Attach file…"));
    m_contract->setText(tr("Attach contract…"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    const QString keep = currentPath();
    m_list->clear();
    auto add = [this, &keep](const QString &path, const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!QFileInfo::exists(path))
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (path == keep)
            m_list->setCurrentItem(item);
    };
    if (!m_deal.contractPath.isEmpty())
        add(m_deal.contractPath,
            (m_deal.contractSigned ? tr("Contract (signed): %1") : tr("Contract (not signed): %1"))
                .arg(QFileInfo(m_deal.contractPath).fileName()));
    for (const QString &path : std::as_const(m_deal.files))
        add(path, QFileInfo(path).fileName());
    m_open->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace montaj
