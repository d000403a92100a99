#include "services/store/workspace.h"

#include "core/common/log_category.h"
#include "services/common/app_log.h"
#include "services/common/bulk_run.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/common/instance_lock.h"
#include "storage/common/store_repository.h"
#include "storage/orders/order_import_stage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace sd {

namespace {

// Search documents a killed import left on order_search_backlog (its orders were published, their
// documents not yet written or still the old text). Bounded, as an open must stay short: the open writes
// one batch (a small backlog: all of it) and says whether more is left (searchLags); the GUI writes the
// rest on a worker (repairSearchOn), the CLI's listings before they search (repairSearch), the next import
// before it stages. Batches of kRepairBatch in short write transactions (like a bulk run's stage) with the
// bulk run's pause between them. A failure never fails the open: it is logged, and search lags until a
// later repair.
constexpr int kRepairBatch = 1000;
constexpr qint64 kOpenRepairBudgetMs = 0; // one batch

} // namespace

void repairSearchBacklog(QSqlDatabase db, qint64 budgetMs, const std::function<void(int ms)> &pause,
                         const std::atomic_bool *stop)
{
    if (!OrderImportStage::hasBacklog(db))
        return; // every normal open and import ends here, without taking the write lock
    QElapsedTimer spent;
    spent.start();
    int repaired = 0;
    for (;;) {
        WriteTransaction tx(db);
        Result step = tx.status();
        int n = 0;
        if (step.ok())
            step = OrderImportStage::repairSearch(db, kRepairBatch, &n);
        if (step.ok())
            step = tx.commit();
        if (!step.ok()) {
            qCWarning(sdServices).noquote() << "search documents left on the backlog, the repair failed:"
                                            << (step.detail.isEmpty() ? step.message : step.detail);
            return;
        }
        repaired += n;
        if (n < kRepairBatch)
            break;
        if ((budgetMs >= 0 && spent.elapsed() >= budgetMs) || (stop && stop->load())) {
            qCInfo(sdServices) << "repaired" << repaired
                               << "search documents; the rest waits for a later repair";
            return;
        }
        if (pause) // let waiting writers and logins in
            pause(BulkRun::kPauseMs);
        else
            QThread::msleep(BulkRun::kPauseMs);
    }
    qCInfo(sdServices) << "repaired" << repaired << "search documents a crashed import left";
}

Workspace::Workspace(const Clock &clock) : m_clock(clock) {}

Database &storeDatabase(Workspace &workspace)
{
    return *workspace.m_database;
}

Workspace::~Workspace()
{
    m_settings.reset();
    m_database.reset(); // close the database before the lock is released
    m_lock.reset();
}

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sellerdesk.sqlite"));
}

std::unique_ptr<Workspace> Workspace::open(const QString &databasePath, const Clock &clock, bool exclusive,
                                           Result *status)
{
    Result ignored;
    if (!status)
        status = &ignored;
    *status = Result::success();
    std::unique_ptr<Workspace> ws(new Workspace(clock));
    const QString dir = QFileInfo(databasePath).absolutePath();
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir)) {
            *status =
                Result::fail(ErrorKind::Storage,
                             QCoreApplication::translate("sd::Workspace", "The folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(dir)));
            return nullptr;
        }
        // Only a folder we create is made private; an existing one (e.g. the home folder) is left alone.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (exclusive) {
        ws->m_lock = std::make_unique<InstanceLock>(databasePath);
        if (!(*status = ws->m_lock->acquire()).ok())
            return nullptr;
    }
    ws->m_database = Database::open(databasePath, status, QStringLiteral(":/sql"));
    if (!ws->m_database) {
        if (status->kind == ErrorKind::Storage && !status->detail.isEmpty())
            *status = storageFailure(status->message, *status);
        return nullptr;
    }
    repairSearchBacklog(ws->m_database->connection(), kOpenRepairBudgetMs);
    ws->m_settings = std::make_unique<Settings>(ws->m_database->connection().connectionName());
    ws->reloadCalendar();
    return ws;
}

void Workspace::reloadCalendar()
{
    m_calendar = BusinessCalendar::korean();
    const auto holidays = StoreRepository(m_database->connection()).userHolidays();
    for (const auto &h : holidays)
        m_calendar.addHoliday(h.first, h.second);
}

bool Workspace::isInitialized() const
{
    return storeProfile().has_value();
}

std::optional<StoreProfile> Workspace::storeProfile() const
{
    return StoreRepository(m_database->connection()).profile();
}

QString Workspace::databasePath() const
{
    return m_database->path();
}

void Workspace::notifyWritten()
{
    notifyCommitObserver(m_database->connection().connectionName());
}

bool Workspace::searchLags() const
{
    return OrderImportStage::hasBacklog(m_database->connection());
}

void Workspace::repairSearch()
{
    repairSearchBacklog(m_database->connection(), -1);
}

void Workspace::repairSearchOn(const QString &databasePath, const std::atomic_bool *stop)
{
    static std::atomic_int connections{0};
    const QString name = QStringLiteral("sd-search-repair-%1").arg(++connections);
    {
        Result opened;
        QSqlDatabase db = Database::openWriteConnection(databasePath, name, &opened);
        if (opened.ok())
            repairSearchBacklog(db, -1, {}, stop);
        else
            qCWarning(sdServices).noquote() << "search repair: the store cannot be opened:" << opened.detail;
    }
    Database::closeConnection(name);
}

} // namespace sd
