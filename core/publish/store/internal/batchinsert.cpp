#include "core/publish/store/internal/batchinsert.h"

#include "core/publish/store/internal/workspacedb.h"

#include <algorithm>

namespace montaj {

namespace {
constexpr int kMaxValues = 999;
constexpr int kMaxRows = 200;
} // namespace

BatchInsert::BatchInsert(WorkspaceDb &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerBatch(std::clamp(kMaxValues / std::max(1, int(m_columns.size())), 1, kMaxRows))
{}

QString BatchInsert::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    for (int i = 1; i < m_columns.size(); ++i)
        one += QStringLiteral(", ?");
    one += u')';
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << one;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), all.join(QStringLiteral(", ")));
}

Result<void> BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_pending += row;
    if (++m_pendingRows < m_rowsPerBatch)
        return {};
    if (!m_full) {
        auto q = m_db.prepare(statement(m_rowsPerBatch));
        if (!q)
            return q.error();
        m_full.emplace(std::move(q).value());
    }
    auto done = m_db.run(*m_full, m_pending);
    m_pending.clear();
    m_pendingRows = 0;
    return done;
}

Result<void> BatchInsert::finish()
{
    if (m_pendingRows == 0)
        return {};
    auto q = m_db.query(statement(m_pendingRows), m_pending);
    m_pending.clear();
    m_pendingRows = 0;
    if (!q)
        return q.error();
    return {};
}

} // namespace montaj
