#include "ui/filters/filterfileeditor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace montaj::ui {

FilterFileEditor::FilterFileEditor(const FilterParam &param, QWidget *parent)
    : QWidget(parent)
    , m_param(param)
    , m_edit(new QLineEdit(this))
    , m_browse(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("filters.param.%1.path").arg(param.name));
    m_browse->setObjectName(QStringLiteral("filters.param.%1.browse").arg(param.name));
    m_edit->setClearButtonEnabled(true);
    m_edit->setLayoutDirection(Qt::LeftToRight); // paths read left to right in every language
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { choose(m_edit->text().trimmed()); });
    connect(m_browse, &QToolButton::clicked, this, &FilterFileEditor::browse);
    retranslate();
}

void FilterFileEditor::setPath(const QString &path)
{
    m_committed = path;
    m_edit->setText(QDir::toNativeSeparators(path));
}

QString FilterFileEditor::path() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void FilterFileEditor::choose(const QString &path)
{
    const QString clean = QDir::fromNativeSeparators(path);
    m_edit->setText(QDir::toNativeSeparators(clean));
    if (clean == m_committed)
        return;
    m_committed = clean;
    Q_EMIT pathEdited(clean);
}

void FilterFileEditor::setParam(const FilterParam &param)
{
    m_param = param;
    retranslate();
}

void FilterFileEditor::browse()
{
    QStringList filters;
    if (!m_param.fileFilter.isEmpty())
        //: A file dialog filter: the kind of file, then its patterns ("LUT file (*.cube)").
        filters << tr("%1 (%2)").arg(m_param.label, m_param.fileFilter);
    filters << tr("All files (*)");
    const QString start = m_committed.isEmpty() ? QDir::homePath() : QFileInfo(m_committed).absolutePath();
    const QString picked =
        QFileDialog::getOpenFileName(this, m_param.label, start, filters.join(QStringLiteral(";;")));
    if (!picked.isEmpty())
        choose(picked);
}

void FilterFileEditor::retranslate()
{
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(tr("Choose the file for “%1”").arg(m_param.label));
    m_edit->setAccessibleName(m_param.label);
    m_edit->setPlaceholderText(tr("No file"));
}

void FilterFileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
