#include "ui/common/export_progress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace sd {

Result runExportWithProgress(QWidget *parent, Workspace &workspace, const UserSession &user,
                             const ExportRequest &request, const QString &label, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    ExportService service(workspace, user);
    Result result;
    const std::unique_ptr<ExportJob> job = service.prepare(request, &result);
    if (!job)
        return result;

    QProgressDialog dialog(label, QCoreApplication::translate("sd::ExportProgress", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("exportProgressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QEventLoop loop;
    // Progress arrives queued from the worker; a value beyond int range is scaled.
    QObject::connect(job.get(), &ExportJob::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        const int scale = total > 1000000000 ? 1000 : 1;
        dialog.setMaximum(int(std::max<qint64>(total, 1) / scale));
        dialog.setValue(int(std::min(done, std::max<qint64>(total, 1)) / scale));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, job.get(), [&job] { job->cancel(); });
    QObject::connect(job.get(), &ExportJob::finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    if (cancelled)
        *cancelled = job->wasCancelled();
    return result;
}

} // namespace sd
