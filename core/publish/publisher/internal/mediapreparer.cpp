#include "core/publish/publisher/internal/mediapreparer.h"

#include "core/edit/projectfile.h"
#include "core/media/mediaprobe.h"
#include "core/platform/postrules.h"
#include "core/publish/publisher/creatorcheck.h"
#include "core/publish/publisher/internal/mediarulecheck.h"
#include "core/publish/publisher/internal/publisherlog.h"
#include "core/render/exportjob.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace montaj {
namespace {

constexpr int kProgressIntervalMs = 250;

} // namespace

MediaPreparer::MediaPreparer(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_shared && m_shared->total.load() > 0)
            Q_EMIT renderProgress(m_shared->frame.load(), m_shared->total.load());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_progressTimer.stop();
        m_running = false;
        Outcome outcome = m_watcher.result();
        Done done = std::exchange(m_done, nullptr);
        if (!done)
            return;
        if (outcome.media)
            done(std::move(*outcome.media));
        else
            done(outcome.error);
    });
}

MediaPreparer::~MediaPreparer()
{
    cancel();
    m_done = nullptr;
    // The render notices the flag at its next frame; its thread-pool task owns what it uses.
    disconnect(&m_watcher, nullptr, this, nullptr);
}

QString MediaPreparer::renderPathFor(const QString &workDir, const QString &postId)
{
    return QDir(workDir).filePath(postId + QStringLiteral(".mp4"));
}

void MediaPreparer::prepare(Request request, Done done)
{
    m_shared = std::make_shared<Shared>();
    m_done = std::move(done);
    m_running = true;
    if (request.post.kind == PostKind::Project)
        m_progressTimer.start();
    m_watcher.setFuture(QtConcurrent::run(
        [request = std::move(request), shared = m_shared] { return run(request, shared); }));
}

void MediaPreparer::cancel()
{
    if (m_shared)
        m_shared->cancelled.store(true);
}

MediaPreparer::Outcome MediaPreparer::run(const Request &request, const std::shared_ptr<Shared> &shared)
{
    const Post &post = request.post;
    Outcome outcome;
    switch (post.kind) {
    case PostKind::PhotoCarousel: {
        Result<QList<QUrl>> urls = CreatorCheck::photoUrls(post, request.httpOrigin);
        if (!urls) {
            outcome.error = urls.error();
            return outcome;
        }
        PreparedMedia media;
        media.source = PreparedMedia::Source::Photos;
        media.photoUrls = *urls;
        outcome.media = media;
        return outcome;
    }
    case PostKind::Project: return render(request, shared);
    case PostKind::VideoFile: break;
    }
    if (CreatorCheck::isPullUrl(post.mediaPath)) {
        const QUrl url(post.mediaPath, QUrl::StrictMode);
        if (Result<void> ok = PostRules::checkPullUrl(url, QStringLiteral("media_path"), request.httpOrigin);
            !ok) {
            outcome.error = ok.error();
            return outcome;
        }
        PreparedMedia media;
        media.source = PreparedMedia::Source::PullUrl;
        media.videoUrl = url;
        outcome.media = media;
        return outcome;
    }
    return checkedFile(post.mediaPath, request, false);
}

MediaPreparer::Outcome MediaPreparer::checkedFile(const QString &path, const Request &request, bool rendered)
{
    Outcome outcome;
    Result<MediaInfo> info = MediaProbe::probe(path);
    if (!info) {
        outcome.error = info.error();
        return outcome;
    }
    if (Result<void> ok =
            MediaRuleCheck::check(*info, request.limits, request.creatorMaxSec, request.creatorName);
        !ok) {
        outcome.error = ok.error();
        return outcome;
    }
    PreparedMedia media;
    media.source = PreparedMedia::Source::File;
    media.filePath = QFileInfo(path).absoluteFilePath();
    media.fileSize = QFileInfo(path).size();
    media.durationUs = info->durationUs;
    media.rendered = rendered;
    outcome.media = media;
    return outcome;
}

MediaPreparer::Outcome MediaPreparer::render(const Request &request, const std::shared_ptr<Shared> &shared)
{
    const QString project = request.post.projectPath;
    const QString output = renderPathFor(request.workDir, request.post.id);
    // An earlier try rendered this post: reuse the file unless the project changed since.
    const QFileInfo earlier(request.renderedPath.isEmpty() ? output : request.renderedPath);
    if (earlier.isFile() && earlier.lastModified() >= QFileInfo(project).lastModified()) {
        qCInfo(lcPublisher) << "post" << request.post.id << "reuses its rendered file";
        return checkedFile(earlier.absoluteFilePath(), request, true);
    }
    Outcome outcome;
    const ExportPreset *preset = ExportPreset::find(request.presetId);
    if (!preset) {
        outcome.error = Error(QStringLiteral("publish.unknown_preset"),
                              tr("The export preset “%1” does not exist.").arg(request.presetId),
                              {{QStringLiteral("preset"), request.presetId}});
        return outcome;
    }
    auto document = ProjectFile::load(project);
    if (!document) {
        outcome.error = document.error();
        return outcome;
    }
    if (!QDir().mkpath(request.workDir)) {
        outcome.error = Error(QStringLiteral("publish.work_dir_unavailable"),
                              tr("Montaj cannot write to its publishing folder %1.")
                                  .arg(QDir::toNativeSeparators(request.workDir)),
                              {{QStringLiteral("file"), request.workDir}});
        return outcome;
    }
    ExportJob job((*document)->state(), *preset, output);
    job.setCreatorMaxDurationUs(qint64(request.creatorMaxSec) * 1000000);
    job.setProgressCallback([&job, shared](const ExportProgress &p) {
        shared->frame.store(p.frame);
        shared->total.store(p.totalFrames);
        if (shared->cancelled.load())
            job.cancel();
    });
    qCInfo(lcPublisher) << "post" << request.post.id << "renders its project with" << preset->id;
    Result<ExportResult> rendered = job.run();
    if (!rendered) {
        outcome.error = rendered.error();
        return outcome;
    }
    return checkedFile(rendered->outputPath, request, true);
}

} // namespace montaj
