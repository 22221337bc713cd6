#include "ui/publish/csvimportdialog.h"

#include "core/publish/store/workspaceservice.h"
#include "ui/publish/publishtext.h"
#include "ui/publish/workspacesettings.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
struct DryRun
{
    ImportReport report;
    QList<WorkspaceAccount> accounts;
    bool approvalRequired = false;
};
} // namespace

CsvImportDialog::CsvImportDialog(WorkspaceService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_intro(new QLabel(this))
    , m_file(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_defaultsLabel(new QLabel(this))
    , m_defaultAccount(new QComboBox(this))
    , m_defaultPrivacy(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_cancel(new QPushButton(this))
    , m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    m_table->setObjectName(QStringLiteral("importProblems"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_defaultAccount->setObjectName(QStringLiteral("importDefaultAccount"));
    m_defaultPrivacy->setObjectName(QStringLiteral("importDefaultPrivacy"));
    for (QLabel *label : {m_intro, m_file, m_summary, m_defaultsLabel})
        label->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_defaultPrivacy->setPlaceholderText(QString());
    for (const QString &level : PublishText::allPrivacyLevels())
        m_defaultPrivacy->addItem(PublishText::privacyName(level), level);
    m_defaultAccount->setCurrentIndex(-1);
    m_defaultPrivacy->setCurrentIndex(-1);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *defaults = new QHBoxLayout;
    defaults->addWidget(m_defaultsLabel, 1);
    defaults->addWidget(m_defaultAccount);
    defaults->addWidget(m_defaultPrivacy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addLayout(defaults);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(820, 520);

    connect(m_choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::importValidRows);
    connect(m_defaultAccount, &QComboBox::activated, this, &CsvImportDialog::runDryRun);
    connect(m_defaultPrivacy, &QComboBox::activated, this, &CsvImportDialog::runDryRun);
    retranslate();
    showReport();
}

void CsvImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a schedule"), QFileInfo(m_path).absolutePath(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void CsvImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_hasReport = false;
    runDryRun();
}

void CsvImportDialog::runDryRun()
{
    if (m_path.isEmpty())
        return;
    m_busy = true;
    m_error.clear();
    showReport();
    const QString path = m_path;
    const QString account = m_defaultAccount->currentData().toString();
    const QString privacy = m_defaultPrivacy->currentData().toString();
    m_service.run<DryRun>(
        this,
        [path, account, privacy](WorkspaceStore &store) -> Result<DryRun> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error(QStringLiteral("publish.import_unreadable"),
                             tr("The file cannot be read: %1").arg(file.errorString()),
                             {{QStringLiteral("file"), path}});
            auto accounts = store.accounts();
            if (!accounts)
                return accounts.error();
            auto settings = WorkspaceSettings::read(store);
            if (!settings)
                return settings.error();
            ImportContext context;
            context.accounts = *accounts;
            context.defaultAccountId = account;
            context.defaultPrivacy = privacy;
            return DryRun{PostCsvImporter::dryRun(file.readAll(), path, context), *accounts,
                          settings->approvalRequired};
        },
        [this](Result<DryRun> result) {
            m_busy = false;
            if (!result) {
                m_error = result.error().message;
                m_report = {};
                m_hasReport = false;
            } else {
                m_report = result->report;
                m_approvalRequired = result->approvalRequired;
                m_hasReport = true;
                if (m_accounts.size() != result->accounts.size() || m_defaultAccount->count() == 0) {
                    m_accounts = result->accounts;
                    const QString chosen = m_defaultAccount->currentData().toString();
                    const QSignalBlocker quiet(m_defaultAccount);
                    m_defaultAccount->clear();
                    for (const WorkspaceAccount &a : m_accounts)
                        m_defaultAccount->addItem(PublishText::handle(a), a.id);
                    m_defaultAccount->setCurrentIndex(m_defaultAccount->findData(chosen));
                }
            }
            showReport();
            Q_EMIT checked();
        });
}

void CsvImportDialog::showReport()
{
    const QLocale locale;
    m_file->setText(m_path.isEmpty() ? tr("No file chosen.")
                                     : QString(QChar(0x200E) + QDir::toNativeSeparators(m_path)));
    const bool hootsuite = m_hasReport && m_report.layout == ImportReport::Layout::Hootsuite;
    m_defaultsLabel->setVisible(hootsuite);
    m_defaultAccount->setVisible(hootsuite);
    m_defaultPrivacy->setVisible(hootsuite);

    m_table->setRowCount(0);
    const int valid = static_cast<int>(m_report.validPosts.size());
    if (m_busy) {
        m_summary->setText(tr("Checking the file…"));
    } else if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
    } else if (!m_hasReport) {
        m_summary->setText(tr("Choose a file to check. Nothing is imported until you say so."));
    } else {
        const int invalid = m_report.rowsParsed - valid;
        m_summary->setText(tr("%1 %2 %3 Nothing has been imported yet.")
                               .arg(tr("%n row(s) read:", nullptr, m_report.rowsParsed),
                                    tr("%n valid,", nullptr, valid),
                                    tr("%n with errors.", nullptr, invalid)));
        const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const ImportProblem &problem : m_report.problems) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *where = new QTableWidgetItem(problem.row > 0 ? locale.toString(problem.row) : tr("File"));
            where->setData(Qt::UserRole, problem.row);
            where->setIcon(problem.severity == ImportProblem::Severity::Error ? error : warning);
            where->setToolTip(problem.severity == ImportProblem::Severity::Error
                                  ? tr("Error: the row is not imported")
                                  : tr("Warning: the row is imported"));
            m_table->setItem(row, 0, where);
            m_table->setItem(
                row, 1,
                new QTableWidgetItem(problem.column.isEmpty() ? QStringLiteral("\u2014") : problem.column));
            auto *what = new QTableWidgetItem(problem.message);
            what->setToolTip(problem.message);
            what->setData(Qt::UserRole, problem.code);
            m_table->setItem(row, 2, what);
        }
        m_table->resizeRowsToContents();
    }
    m_table->setVisible(m_hasReport && !m_report.problems.isEmpty());
    m_import->setText(m_approvalRequired ? tr("Import the %n valid row(s) for approval", nullptr, valid)
                                         : tr("Import the %n valid row(s)", nullptr, valid));
    m_import->setEnabled(!m_busy && m_hasReport && valid > 0 && !m_report.hasFileError());
    m_choose->setEnabled(!m_busy);
}

void CsvImportDialog::importValidRows()
{
    if (m_busy || m_report.validPosts.isEmpty())
        return;
    QList<Post> posts = m_report.validPosts;
    if (m_approvalRequired)
        for (Post &post : posts)
            post.state = PostState::NeedsApproval;
    const QString actor = QStringLiteral("import:") + QFileInfo(m_path).fileName();
    m_busy = true;
    showReport();
    m_service.run<QList<Post>>(
        this, [posts, actor](WorkspaceStore &store) { return store.createPosts(posts, actor); },
        [this](Result<QList<Post>> created) {
            m_busy = false;
            if (!created) {
                m_error = created.error().message;
                showReport();
                Q_EMIT failed(created.error());
                return;
            }
            m_imported = static_cast<int>(created->size());
            Q_EMIT imported(m_imported);
            accept();
        });
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReport();
    }
    QDialog::changeEvent(event);
}

void CsvImportDialog::retranslate()
{
    setWindowTitle(tr("Import a schedule"));
    m_intro->setText(
        tr("Montaj checks every row first: accounts, times and time zones, media files, captions, "
           "privacy and disclosure. Rows with errors are not imported."));
    m_choose->setText(tr("Choose file…"));
    m_defaultsLabel->setText(tr("This Hootsuite file names no account or audience. Use:"));
    m_defaultAccount->setPlaceholderText(tr("Account"));
    m_defaultPrivacy->setPlaceholderText(tr("Who can see the posts"));
    for (int i = 0; i < m_defaultPrivacy->count(); ++i)
        m_defaultPrivacy->setItemText(i, PublishText::privacyName(m_defaultPrivacy->itemData(i).toString()));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_cancel->setText(tr("Cancel"));
}

} // namespace montaj::ui
