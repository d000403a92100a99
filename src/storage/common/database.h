#pragma once
#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace sd {

// One SQLite database file: the writer connection of the thread that opened it, pragmas set and
// verified, migrations applied (with a verified backup first). Worker threads open their own
// read connections with openReadConnection().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure returns nullptr and `status` says why: kind
    // BadInput (the file is not a SellerDesk store: not SQLite at all, or another program's database)
    // or Storage (it cannot be read or written). A new file is created 0600
    // before SQLite touches it, and SQLite gives its -wal, -shm and -journal files the same mode.
    // `migrationsDir` holds the NNNN_name.sql scripts; tests point it at a folder of their own.
    static std::unique_ptr<Database> open(const QString &path, Result *status,
                                          const QString &migrationsDir = QStringLiteral(":/sql"));

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion(const QString &migrationsDir = QStringLiteral(":/sql"));

    // A read-only connection for the calling thread, with the same pragmas. Close it with
    // closeConnection() from the same thread before the thread ends.
    static QSqlDatabase openReadConnection(const QString &path, const QString &connectionName,
                                           Result *status = nullptr);
    // A writer connection for the calling thread (a worker that writes: the GUI's order import), with the
    // writer's pragmas (WAL, synchronous FULL, busy_timeout) on a store that open() already migrated. TEMP
    // tables are per connection: what a worker stages lives on its own connection. Close it with
    // closeConnection() from the same thread before the thread ends.
    static QSqlDatabase openWriteConnection(const QString &path, const QString &connectionName,
                                            Result *status = nullptr);
    static void closeConnection(const QString &connectionName);

    // The query planner needs statistics to choose between the orders indexes: without them a
    // filtered, sorted window can take a second instead of milliseconds. Refreshed at open when the
    // orders table has grown or shrunk by more than half since the last ANALYZE, and after bulk loads.
    bool statisticsStale() const;
    void refreshStatistics();
    // The same on a connection of the caller's (a worker's writer connection).
    static bool statisticsStale(QSqlDatabase db);
    static void refreshStatistics(QSqlDatabase db);

    // A consistent copy of the live database (VACUUM INTO a temp file, integrity-checked, renamed).
    Result backupTo(const QString &targetFile) const;
    // Checks a copy of a store without changing it: SQLite opens it read-only, PRAGMA integrity_check
    // says "ok" and it has a schema version. `schemaVersion` gets that version (also on failure when
    // it could be read). A failure is BadInput: the file is not a good store.
    static Result checkCopy(const QString &file, int *schemaVersion);

    // Backups made before migrations land next to the database: "<name>.pre-v<N>-<stamp>.sqlite".
    QString lastMigrationBackup() const { return m_lastBackup; }

private:
    Database(const QString &path, const QString &connectionName, const QString &migrationsDir);
    Result migrate();
    bool isOurs() const;

    QString m_path;
    QString m_connectionName;
    QString m_migrationsDir;
    QString m_lastBackup;
};

// Write transaction that takes the write lock up front (BEGIN IMMEDIATE). QSqlDatabase::transaction()
// sends a deferred BEGIN, which makes two read-modify-write writers fail with "database is locked".
// Rolls back on destruction unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    // Why BEGIN IMMEDIATE or COMMIT failed (Storage, with the driver's text as detail); success otherwise.
    Result status() const { return m_status; }
    // Commits; on failure rolls back and returns the reason (also kept in status()).
    Result commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Result m_status;
};

// Called on the committing thread after every successful WriteTransaction::commit() on the connection
// named `connectionName` (services/StoreWatcher uses it to refresh views at once after a commit). An empty
// function removes the observer.
void setCommitObserver(const QString &connectionName, std::function<void()> observer);
// Calls the observer of `connectionName` as a commit on it would: this program committed on another
// connection (a worker's) and the views over this one must refresh. Call it on that connection's thread.
void notifyCommitObserver(const QString &connectionName);

// Files the store keeps beside its database (claim evidence, product images): "<database>.files/".
// Backups hold this folder; a restore puts it back with the database.
QString storeFilesFolder(const QString &databasePath);

// Files the application writes are for the user only (0600).
void restrictToOwner(const QString &file);
// Creates `file` empty and 0600 unless it exists; false when it cannot be created.
bool createOwnerOnlyFile(const QString &file);

} // namespace sd
