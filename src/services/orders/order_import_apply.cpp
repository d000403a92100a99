#include "services/orders/order_import.h"
#include "services/orders/order_import_internal.h"

#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/common/literal_lookup.h"
#include "core/common/log_category.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/order_field.h"
#include "core/orders/order_transition.h"
#include "io/formats/csv_writer.h"
#include "io/formats/pending_file.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "services/common/app_log.h"
#include "services/common/bulk_run.h"
#include "services/orders/order_import_timing.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/orders/order_import_stage.h"
#include "storage/orders/order_repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QThread>

// OrderImportService::apply: stage → publish → search tail (ARCHITECTURE.md, "Importing orders").

namespace sd {

namespace {

void phaseEnded(const char *phase)
{
    orderImportPhaseEnded(phase);
}


// The orders are in; their search documents follow in short write transactions with the bulk run's pause
// between them, so waiting writers and logins get in (a crash here leaves them on the backlog for the next
// repair). Each transaction is one statement sized to take about kSearchTransactionMs, from the pace of
// the one before (the first: kSearchBatch documents): fewer commits and pauses than fixed batches of
// 5,000 (each commit also adds FTS5 segments to merge later), and still far shorter than the publish
// that writers already waited through.
void indexSearchTail(QSqlDatabase db, OrderImportStage &stage, qsizetype total, const BulkControl &control)
{
    qsizetype batch = OrderImportService::kSearchBatch;
    for (qsizetype from = 0; from < total;) {
        if (control.pause)
            control.pause(BulkRun::kPauseMs);
        else
            QThread::msleep(BulkRun::kPauseMs);
        const qsizetype to = std::min(total, from + batch);
        QElapsedTimer took;
        took.start();
        WriteTransaction index(db);
        Result indexed = index.status();
        if (indexed.ok())
            indexed = stage.indexSearch(from, to);
        if (indexed.ok())
            indexed = index.commit();
        if (!indexed.ok()) {
            qCWarning(sdStorage).noquote()
                << "import: search documents left on the backlog:" << indexed.detail;
            break;
        }
        phaseEnded("search");
        const qint64 ms = std::max<qint64>(1, took.elapsed());
        batch = std::clamp<qsizetype>((to - from) * OrderImportService::kSearchTransactionMs / ms,
                                      OrderImportService::kSearchBatch / 5, OrderImportService::kSearchBatch * 10);
        from = to;
    }
}

OrderImportReport applyOn(QSqlDatabase db, const OrderImportPlan &plan, const BulkControl &control,
                          qint64 userId, const Clock &clock)
{
    OrderImportReport report;
    // What a crashed import left unindexed (normally nothing), in short transactions like the open's.
    repairSearchBacklog(db, OrderImportService::kRepairBudgetMs, control.pause);
    OrderImportStage stage(db);
    const auto storage = [&report](const Result &why) {
        report.result = storageFailure(OrderImportService::tr("Importing failed; nothing was changed."), why);
        return report;
    };
    const QList<StagedOrder> &orders = plan.work->orders;
    const qsizetype total = orders.size();
    Result step = stage.create();
    for (qsizetype from = 0; step.ok() && from < total; from += OrderImportService::kStageBatch) {
        if (control.progress && !control.progress({BulkProgress::Phase::Applying, from, total})) {
            report.cancelled = true;
            report.result = Result::fail(ErrorKind::Rule, OrderImportService::tr("Cancelled; nothing was changed."));
            return report; // the stage drops its tables: nothing reached the store
        }
        step = stage.stage(orders.mid(from, OrderImportService::kStageBatch));
        if (step.ok())
            phaseEnded("stage");
    }
    if (!step.ok())
        return storage(step);
    {
        // The one short transaction that publishes everything, with the audit row.
        WriteTransaction tx(db);
        if (!tx.isActive())
            return storage(tx.status());
        QStringList changed;
        step = stage.publish(userId, &changed, plan.work->unchanged);
        if (!changed.isEmpty()) {
            report.result = Result::fail(
                ErrorKind::Rule,
                OrderImportService::tr("%n orders were changed by someone else since the file was checked; nothing was changed. "
                   "Check the file again.",
                   nullptr, int(changed.size())));
            return report;
        }
        if (!step.ok())
            return storage(step);
        const QString detail = OrderImportService::tr("%1: %2 new, %3 updated")
                                   .arg(plan.work->source.isEmpty() ? OrderImportService::tr("an imported file") : plan.work->source)
                                   .arg(plan.work->newCount)
                                   .arg(plan.work->updatedCount);
        Result written = writeAudit(db, clock.nowUtc(), userId, AuditAction::OrdersImport,
                                    QStringLiteral("order"),
                                    total == 1 ? orders.constFirst().order.productOrderNo : QString(), detail);
        if (written.ok())
            written = tx.commit();
        if (!written.ok())
            return storage(written);
    }
    report.written = int(total);
    phaseEnded("publish");
    indexSearchTail(db, stage, total, control);
    stage.drop();
    if (control.progress)
        control.progress({BulkProgress::Phase::Applying, total, total});
    if (total >= 10000 && Database::statisticsStale(db))
        Database::refreshStatistics(db);
    return report;
}

} // namespace

OrderImportReport OrderImportService::apply(const OrderImportPlan &plan, const BulkControl &control)
{
    OrderImportReport report;
    if (!mayImport(m_user)) {
        report.result = Result::fail(ErrorKind::Permission,
                                     tr("Your role (%1) may not import orders.").arg(roleLabel(m_user.role)));
        return report;
    }
    if (!plan.ok() || !plan.work) {
        report.result = plan.ok() ? Result::fail(ErrorKind::Usage, tr("Check the file before importing it."))
                                  : plan.result;
        return report;
    }
    const QString databasePath = storeDatabase(m_ws).path();
    if (plan.work->databasePath != databasePath) {
        report.result = Result::fail(ErrorKind::Usage, tr("The file was checked against another store."));
        return report;
    }
    if (plan.work->orders.isEmpty())
        return report; // the same file again: no write at all, no audit row

    // The apply writes on a writer connection of its own, opened on the calling thread (the GUI's worker,
    // the CLI's main thread): its TEMP staging tables live on it, and the workspace's connection stays
    // with the workspace's thread.
    static std::atomic_int connections{0};
    const QString connection = QStringLiteral("sd-import-apply-%1").arg(++connections);
    {
        Result opened;
        QSqlDatabase db = Database::openWriteConnection(databasePath, connection, &opened);
        if (opened.ok())
            report = applyOn(db, plan, control, m_user.userId, m_ws.clock());
        else
            report.result = storageFailure(tr("Importing failed; nothing was changed."), opened);
    }
    Database::closeConnection(connection);
    phaseEnded("finish");
    return report;
}

} // namespace sd
