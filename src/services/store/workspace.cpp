#include "services/store/workspace.h"

#include "services/common/app_log.h"
#include "storage/common/database.h"
#include "storage/common/instance_lock.h"
#include "storage/common/store_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sd {

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

} // namespace sd
