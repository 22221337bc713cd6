#pragma once

#include "core/publish/internal/postcsvschema.h"
#include "core/publish/postcsvimporter.h"

#include <array>

namespace montaj {

// One data row in Montaj's terms, whatever layout it came from.
struct PostCsvRow
{
    int line = 0;
    std::array<QString, kPostCsvColumnCount> cells;
    bool timeReported = false; // the layout reader already reported a bad time cell

    const QString &cell(PostCsvColumn column) const { return cells[static_cast<std::size_t>(column)]; }
    QString &cell(PostCsvColumn column) { return cells[static_cast<std::size_t>(column)]; }
};

// Collects one row's problems under Montaj's column names and remembers whether any is an error.
class RowProblems
{
public:
    RowProblems(int line, QList<ImportProblem> &problems)
        : m_line(line)
        , m_problems(problems)
    {}

    void add(PostCsvColumn column, const char *code, const QString &message,
             ImportProblem::Severity severity = ImportProblem::Severity::Error)
    {
        m_problems.append({m_line, postCsvColumnName(column), QString::fromLatin1(code), message, severity});
        if (severity == ImportProblem::Severity::Error)
            m_failed = true;
    }
    bool failed() const { return m_failed; }
    int line() const { return m_line; }

private:
    int m_line = 0;
    QList<ImportProblem> &m_problems;
    bool m_failed = false;
};

} // namespace montaj
