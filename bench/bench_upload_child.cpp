// The process bench_upload kills half-way: uploads a file to an upload URL (already initialised by
// the benchmark) with Montaj's Uploader, saving its progress to a state file as it goes, and prints
// one line per megabyte sent and per confirmed chunk:
//   progress confirmed=BYTES sent=BYTES total=BYTES
// Usage: bench_upload_child UPLOAD_URL PUBLISH_ID FILE STATE_FILE CHUNK_BYTES

#include "core/platform/chunkplan.h"
#include "core/platform/httpclient.h"
#include "core/platform/uploader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

#include <cstdio>

using namespace montaj;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("montaj.*.debug=false\nmontaj.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: bench_upload_child UPLOAD_URL PUBLISH_ID FILE STATE_FILE CHUNK_BYTES\n");
        return 2;
    }
    UploadTicket ticket;
    ticket.uploadUrl = QUrl(args.at(1), QUrl::StrictMode);
    ticket.publishId = args.at(2);
    const QString file = args.at(3);
    const Result<ChunkPlan> plan = ChunkPlan::forFile(QFileInfo(file).size(), args.at(5).toLongLong());
    if (!plan) {
        std::fprintf(stderr, "bench_upload_child: %s\n", qPrintable(plan.error().toString()));
        return 1;
    }
    HttpClient http;
    Uploader uploader(&http);
    uploader.setStatePath(args.at(4));
    qint64 printedSent = -1, printedConfirmed = -1;
    QObject::connect(&uploader, &Uploader::progress, &app, [&](qint64 confirmed, qint64 sent, qint64 total) {
        if (confirmed == printedConfirmed && sent < printedSent + 1000000)
            return;
        printedSent = sent;
        printedConfirmed = confirmed;
        std::printf("progress confirmed=%lld sent=%lld total=%lld\n", confirmed, sent, total);
        std::fflush(stdout);
    });
    QObject::connect(&uploader, &Uploader::finished, &app, [](const QString &publishId) {
        std::printf("finished %s\n", qPrintable(publishId));
        QCoreApplication::exit(0);
    });
    QObject::connect(&uploader, &Uploader::failed, &app, [](const Error &error) {
        std::fprintf(stderr, "bench_upload_child: %s\n", qPrintable(error.toString()));
        QCoreApplication::exit(1);
    });
    if (const Result<void> started = uploader.start(ticket, file, *plan); !started) {
        std::fprintf(stderr, "bench_upload_child: %s\n", qPrintable(started.error().toString()));
        return 1;
    }
    return app.exec();
}
