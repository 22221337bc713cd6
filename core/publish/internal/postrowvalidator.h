#pragma once

#include "core/publish/internal/postcsvrow.h"
#include "core/publish/internal/postcsvtimereader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <array>
#include <optional>

namespace montaj {

// Checks one row against the workspace and builds its post. Problems name Montaj's columns; the
// importer renames them for other layouts. Remembers rows seen, to warn about duplicates. Not a
// CSV reader.
class PostRowValidator
{
    Q_DECLARE_TR_FUNCTIONS(PostRowValidator)

public:
    PostRowValidator(const ImportContext &context, const QString &csvFolder);

    // The post when the row has no error (warnings allowed); problems are appended either way.
    std::optional<Post> validate(const PostCsvRow &row, QList<ImportProblem> &problems);

    // By workspace id, or by username with or without '@' (case-insensitive). nullptr when unknown
    // or, with `ambiguous` set, when several accounts (of different platforms) share the username.
    const WorkspaceAccount *findAccount(const QString &text, bool *ambiguous = nullptr) const;

private:
    const WorkspaceAccount *checkAccount(const PostCsvRow &row, RowProblems &problems) const;
    void checkMedia(const PostCsvRow &row, RowProblems &problems, Post &post) const;
    void checkText(const PostCsvRow &row, RowProblems &problems, Post &post) const;
    void checkPrivacy(const PostCsvRow &row, RowProblems &problems, const WorkspaceAccount *account,
                      Post &post) const;
    void checkFlags(const PostCsvRow &row, RowProblems &problems, Post &post) const;
    void checkCover(const PostCsvRow &row, RowProblems &problems, Post &post) const;
    void checkDuplicate(const PostCsvRow &row, RowProblems &problems, const Post &post);
    QString resolvePath(const QString &path) const;

    const ImportContext &m_context;
    QDir m_folder;
    PostCsvTimeReader m_times;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, QList<qsizetype>> m_byUsername; // lower case
    QHash<QString, int> m_seen;                    // duplicate key → first line
};

} // namespace montaj
