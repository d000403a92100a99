#include "ui/orders/order_import_flow.h"

#include "services/orders/order_import.h"
#include "services/store/workspace.h"
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
#include <functional>
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

// Runs `work` on a worker thread named `name` while this thread keeps the window alive behind the
// progress dialog (busy_wait: no user input until it shows, then the dialog takes it). `cancel` becomes
// true when the dialog's Cancel is pressed (or the dialog is cancelled otherwise); the work reads it.
void runImportOnWorker(ImportProgress &progress, int showAfterMs, const QString &name, std::atomic_bool &cancel,
                 const std::function<void()> &work)
{
    QProgressDialog *dialog = &progress.dialog();
    // The Cancel button signals; a cancel() from elsewhere (Escape, a test) only sets wasCanceled().
    const QMetaObject::Connection pressed =
        QObject::connect(dialog, &QProgressDialog::canceled, dialog, [&cancel] { cancel.store(true); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, dialog, [dialog, &cancel] {
        if (dialog->wasCanceled())
            cancel.store(true);
    });
    poll.start();
    runBehindDialog(*dialog, showAfterMs, name, true, work);
    QObject::disconnect(pressed); // closing the dialog signals canceled() after `cancel` is gone
}

// Shows a worker's progress on the GUI thread: queued there, dropped with the dialog if it is gone.
void showQueued(ImportProgress &progress, const std::function<QString()> &label, qint64 done, qint64 total)
{
    QMetaObject::invokeMethod(
        &progress.dialog(), [&progress, label, done, total] { progress.show(label(), done, total); },
        Qt::QueuedConnection);
}

// The check on a worker (its own read connection).
OrderImportPlan checkOnWorker(QWidget *parent, OrderImportService &service, const QByteArray &bytes,
                              const OrderImportOptions &options, const QString &title, int showAfterMs)
{
    ImportProgress progress(parent, title, showAfterMs);
    progress.show(OrderImportFlow::tr("Reading %1…").arg(options.source), 0, 0);
    std::atomic_bool cancel{false};
    OrderCheckControl control;
    control.cancel = &cancel;
    const QString file = options.source;
    control.progress = [&progress, file](const OrderCheckProgress &p) {
        showQueued(
            progress,
            [file, p] {
                return p.phase == OrderCheckProgress::Phase::Reading
                           ? OrderImportFlow::tr("Reading %1…").arg(file)
                           : OrderImportFlow::tr("Comparing %L1 of %L2 orders with the store…")
                                 .arg(p.done)
                                 .arg(p.total);
            },
            p.done, p.total);
    };
    OrderImportPlan plan;
    runImportOnWorker(progress, showAfterMs, QStringLiteral("order-import-check"), cancel,
                [&] { plan = service.checkFile(bytes, options, control); });
    return plan;
}

// The apply on a worker too (staging, the publish, the search tail: a writer connection of its own), so
// the window repaints through the publish's transaction; Cancel stops it before the publish (nothing is
// written). Then the views are told here, on the GUI thread.
OrderImportReport applyOnWorker(QWidget *parent, Workspace &workspace, OrderImportService &service,
                                const OrderImportPlan &plan, const QString &title, int showAfterMs)
{
    ImportProgress progress(parent, title, showAfterMs);
    progress.show(OrderImportFlow::tr("Importing %L1 of %L2 orders…").arg(0).arg(plan.newCount + plan.updatedCount),
                  0, plan.newCount + plan.updatedCount);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::atomic_bool cancel{false};
    BulkControl control;
    control.progress = [&progress, &cancel](const BulkProgress &p) {
        showQueued(
            progress,
            [p] { return OrderImportFlow::tr("Importing %L1 of %L2 orders…").arg(p.done).arg(p.total); },
            p.done, p.total);
        return !cancel.load();
    };
    // No pause function: the worker sleeps between its transactions while this thread paints.
    OrderImportReport report;
    runImportOnWorker(progress, showAfterMs, QStringLiteral("order-import-apply"), cancel,
                [&] { report = service.apply(plan, control); });
    QApplication::restoreOverrideCursor();
    if (report.written > 0)
        workspace.notifyWritten();
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
    const OrderImportReport report =
        applyOnWorker(parent, workspace, service, plan, title, flow.progressAfterMs);
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
