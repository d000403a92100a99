#include "ui/orders/order_import_flow.h"

#include "services/orders/order_import.h"
#include "ui/common/busy_wait.h"
#include "ui/common/file_password.h"
#include "ui/orders/column_mapping_dialog.h"
#include "ui/orders/order_import_dialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace sd {

namespace {

struct OrderImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderImportFlow)
};

// The one progress dialog of the flow (checking on the worker, then applying here).
class ImportProgress
{
public:
    ImportProgress(QWidget *parent, const QString &title, int showAfterMs) : m_dialog(parent)
    {
        m_dialog.setObjectName(QStringLiteral("orderImportProgressDialog"));
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setCancelButtonText(OrderImportFlow::tr("Cancel"));
        m_dialog.setMinimumDuration(showAfterMs);
        m_dialog.setRange(0, 0);
        if (showAfterMs <= 0)
            m_dialog.show();
    }
    ~ImportProgress() { m_dialog.close(); }

    QProgressDialog &dialog() { return m_dialog; }
    void show(const QString &label, qint64 done, qint64 total)
    {
        // A value beyond int range (bytes of a big sheet) is scaled.
        const qint64 scale = total > 1000000000 ? 1000 : 1;
        m_dialog.setLabelText(label);
        m_dialog.setMaximum(int(std::max<qint64>(total, 0) / scale));
        m_dialog.setValue(int(std::min(done, std::max<qint64>(total, 0)) / scale));
    }

private:
    QProgressDialog m_dialog;
};

// Runs the check on a worker thread while this thread keeps the window alive; Cancel sets the flag the
// service reads between its steps.
OrderImportPlan checkOnWorker(QWidget *parent, OrderImportService &service, const QByteArray &bytes,
                              const OrderImportOptions &options, const QString &title, int showAfterMs)
{
    ImportProgress progress(parent, title, showAfterMs);
    QProgressDialog *dialog = &progress.dialog();
    progress.show(OrderImportFlow::tr("Reading %1…").arg(options.source), 0, 0);
    std::atomic_bool cancel{false};
    // The Cancel button signals; a cancel() from elsewhere (Escape, a test) only sets wasCanceled().
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [&cancel] { cancel.store(true); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, dialog, [dialog, &cancel] {
        if (dialog->wasCanceled())
            cancel.store(true);
    });
    poll.start();
    OrderCheckControl control;
    control.cancel = &cancel;
    const QString file = options.source;
    control.progress = [dialog, &progress, file](const OrderCheckProgress &p) {
        // Queued to the GUI thread; dropped with the dialog if it is gone.
        QMetaObject::invokeMethod(
            dialog,
            [&progress, file, p] {
                progress.show(p.phase == OrderCheckProgress::Phase::Reading
                                  ? OrderImportFlow::tr("Reading %1…").arg(file)
                                  : OrderImportFlow::tr("Comparing %L1 of %L2 orders with the store…")
                                        .arg(p.done)
                                        .arg(p.total),
                              p.done, p.total);
            },
            Qt::QueuedConnection);
    };
    OrderImportPlan plan;
    QEventLoop loop;
    bool finished = false;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { plan = service.checkFile(bytes, options, control); }));
    worker->setObjectName(QStringLiteral("order-import-check"));
    QObject::connect(
        worker.get(), &QThread::finished, &loop,
        [&] {
            finished = true;
            loop.quit();
        },
        Qt::QueuedConnection);
    worker->start(QThread::LowPriority);
    execBehindDialog(loop, *dialog, showAfterMs, [&finished] { return finished; });
    worker->wait();
    return plan;
}

OrderImportReport applyWithProgress(QWidget *parent, OrderImportService &service, const OrderImportPlan &plan,
                                    const QString &title, int showAfterMs)
{
    ImportProgress progress(parent, title, showAfterMs);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BulkControl control;
    control.progress = [&progress](const BulkProgress &p) {
        progress.show(OrderImportFlow::tr("Importing %L1 of %L2 orders…").arg(p.done).arg(p.total), p.done,
                      p.total);
        if (progress.dialog().isVisible()) // the window repaints and Cancel is read
            QCoreApplication::processEvents();
        return !progress.dialog().wasCanceled();
    };
    control.pause = [&progress](int ms) { pauseWithoutInput(ms, &progress.dialog()); };
    const OrderImportReport report = service.apply(plan, control);
    QApplication::restoreOverrideCursor();
    return report;
}

} // namespace

bool importOrderFile(QWidget *parent, Workspace &workspace, const UserSession &user, const QString &fileName,
                     QString *message, const OrderImportFlowOptions &flow)
{
    const QString title = OrderImportFlow::tr("Import orders");
    QByteArray bytes;
    const Result read = OrderImportService::readFile(fileName, &bytes);
    if (!read.ok()) {
        QMessageBox::warning(parent, title, read.message);
        return false;
    }
    OrderImportService service(workspace, user);
    OrderImportOptions options;
    options.source = QFileInfo(fileName).fileName();
    OrderImportPlan plan;
    for (;;) {
        plan = checkOnWorker(parent, service, bytes, options, title, flow.progressAfterMs);
        if (plan.cancelled) {
            *message = plan.result.message;
            return false;
        }
        if (plan.passwordProblem != TableData::PasswordProblem::None) {
            if (plan.passwordProblem == TableData::PasswordProblem::Wrong)
                QMessageBox::warning(parent, title, plan.result.message);
            const std::optional<QString> password = askFilePassword(parent, title, options.source);
            if (!password)
                return false;
            options.password = *password;
            continue;
        }
        if (plan.needsMapping && !plan.firstRows.isEmpty()) {
            ColumnMappingDialog mapping(
                plan,
                [&service, parent, &title](const QString &name, const QMap<QString, QString> &columns,
                                           std::optional<Channel> channel) {
                    const Result saved = service.saveUserProfile(name, columns, channel);
                    if (saved.kind != ErrorKind::Rule || !service.profile(name.trimmed()))
                        return saved;
                    // A profile of that name exists: replace it only when the seller says so.
                    QMessageBox ask(
                        QMessageBox::Question, title,
                        OrderImportFlow::tr("You already have a profile named %1. Replace it with "
                                            "this mapping?")
                            .arg(name.trimmed()),
                        QMessageBox::Yes | QMessageBox::No, parent);
                    ask.setObjectName(QStringLiteral("replaceProfileBox"));
                    ask.setDefaultButton(QMessageBox::No);
                    if (ask.exec() != QMessageBox::Yes)
                        return saved;
                    return service.saveUserProfile(name, columns, channel, {}, true);
                },
                parent);
            if (mapping.exec() != QDialog::Accepted)
                return false;
            options.profile = mapping.profileName();
            continue;
        }
        break;
    }
    // Refused as a whole with nothing to list (no permission, an unreadable file): a message is enough.
    if (!plan.ok() && plan.rows.isEmpty()) {
        QMessageBox::warning(parent, title, plan.result.message);
        return false;
    }
    OrderImportDialog preview(
        plan, title, [&plan](const QString &file) { return OrderImportService::saveProblems(plan, file); },
        parent);
    // Import is offered only for a good file with something to write; nothing else is applied.
    if (preview.exec() != QDialog::Accepted || !plan.ok() || plan.nothingToWrite())
        return false;
    const OrderImportReport report = applyWithProgress(parent, service, plan, title, flow.progressAfterMs);
    if (report.cancelled) {
        *message = report.result.message;
        return false;
    }
    if (!report.result.ok()) {
        QMessageBox::warning(parent, title, report.result.message);
        return false;
    }
    *message = OrderImportFlow::tr("Imported %1: %2 new and %3 updated orders")
                   .arg(options.source)
                   .arg(plan.newCount)
                   .arg(plan.updatedCount);
    return report.written > 0;
}

} // namespace sd
