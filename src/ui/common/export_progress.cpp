#include "ui/common/export_progress.h"

#include "ui/common/busy_wait.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

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
    bool finished = false;
    QObject::connect(job.get(), &ExportJob::finished, &loop, [&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    job->start();
    execBehindDialog(loop, dialog, 400, [&finished] { return finished; });
    if (cancelled)
        *cancelled = job->wasCancelled();
    return result;
}

bool chooseExportFile(QWidget *parent, const QString &title, const QString &suggestedName, QString *file,
                      ExportFormat *format)
{
    const QString xlsxFilter = QCoreApplication::translate("sd::OrdersView", "Excel workbook (*.xlsx)");
    const QString csvFilter = QCoreApplication::translate("sd::OrdersView", "CSV for Excel (*.csv)");
    const QString cp949Filter =
        QCoreApplication::translate("sd::OrdersView", "CSV in CP949, for older programs (*.csv)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected = xlsxFilter;
    QString name = QFileDialog::getSaveFileName(
        parent, title, QDir(dir).filePath(suggestedName + QStringLiteral(".xlsx")),
        QStringList{xlsxFilter, csvFilter, cp949Filter}.join(QStringLiteral(";;")), &selected);
    if (name.isEmpty())
        return false;
    *format = selected == csvFilter     ? ExportFormat::Csv
              : selected == cp949Filter ? ExportFormat::CsvCp949
                                        : ExportFormat::Xlsx;
    const QString suffix = *format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    if (QFileInfo(name).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        name += QLatin1Char('.') + suffix;
    *file = name;
    return true;
}

} // namespace sd
