#pragma once

#include "core/foundation/result.h"
#include "core/platform/platformprofile.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace montaj {

// What a post sends, ready: a local video file (probed and within the rules), a video address the
// platform pulls, or the carousel's photo addresses.
struct PreparedMedia
{
    enum class Source { File, PullUrl, Photos };
    Source source = Source::File;
    QString filePath; // File
    qint64 fileSize = 0;
    qint64 durationUs = 0;
    bool rendered = false; // File made from the post's project (filePath is under the work folder)
    QUrl videoUrl;         // PullUrl
    QList<QUrl> photoUrls; // Photos
};

// Gets a post's media ready off the publisher's thread: probes a video file and checks it against the
// platform's and the creator's limits; renders a project with ExportJob into the work folder (reusing
// the file rendered for an earlier try when it is newer than the project) and checks the result;
// accepts web addresses for pulled videos and photo carousels. Answers once, in its own thread.
// Cancelling stops a render. Not the upload.
class MediaPreparer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Post post;
        QString renderedPath; // from the post's progress: an earlier try's render, maybe reusable
        QString workDir;
        QString presetId;
        MediaLimits limits;
        int creatorMaxSec = 0;
        QString creatorName;
        QUrl httpOrigin; // the one origin pulls may use plain http on (the sandbox's media host)
    };
    using Done = std::function<void(Result<PreparedMedia>)>;

    explicit MediaPreparer(QObject *parent = nullptr);
    ~MediaPreparer() override; // cancels a render still running

    void prepare(Request request, Done done);
    void cancel();
    bool isRunning() const { return m_running; }

    static QString renderPathFor(const QString &workDir, const QString &postId);

Q_SIGNALS:
    void renderProgress(qint64 frame, qint64 totalFrames);

private:
    struct Outcome
    {
        std::optional<PreparedMedia> media;
        Error error;
    };
    struct Shared
    {
        std::atomic<bool> cancelled{false};
        std::atomic<qint64> frame{0};
        std::atomic<qint64> total{0};
    };
    static Outcome run(const Request &request, const std::shared_ptr<Shared> &shared);
    static Outcome render(const Request &request, const std::shared_ptr<Shared> &shared);
    static Outcome checkedFile(const QString &path, const Request &request, bool rendered);

    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    std::shared_ptr<Shared> m_shared;
    Done m_done;
    bool m_running = false;
};

} // namespace montaj
