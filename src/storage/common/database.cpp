#include "storage/common/database.h"

#include "storage/common/sql_script.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace sd {

namespace {

QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

struct Migration
{
    int version;
    QString file;
};

// resources/sql/NNNN_name.sql (or the scripts in `dir`), in version order.
QList<Migration> migrations(const QString &dir)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QList<Migration> list;
    const QDir folder(dir);
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), folder.filePath(f)});
    }
    return list;
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// Runs one statement; on failure the driver's text (for the log) and the statement.
Result exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return Result::success();
    return Result::storage(QCoreApplication::translate("sd::Database", "The store could not be written."),
                           q.lastError().text() + QStringLiteral(" | ") + sql.left(200));
}

} // namespace

static Result configureConnection(QSqlDatabase &db, bool readOnly);

void restrictToOwner(const QString &file)
{
    if (QFile::exists(file))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool createOwnerOnlyFile(const QString &file)
{
    if (QFileInfo::exists(file))
        return true;
    QFile f(file);
    // The mode is given to open(2) itself, so there is no moment when the file has another. Another
    // program may create the same new store at the same moment: then the file is there and fine.
    return f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
           QFileInfo::exists(file);
}

namespace {

// Checked before SQLite opens the file: SQLite would wait through its busy timeout and then report a
// pragma it could not apply, or quietly turn another program's database into a SellerDesk store.
Result looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Result::success(); // a new store
    if (!file.open(QIODevice::ReadOnly))
        return Result::storage(QCoreApplication::translate("sd::Database", "The file %1 cannot be read.")
                                   .arg(QDir::toNativeSeparators(path)),
                               file.errorString());
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) == magic)
        return Result::success();
    return Result::fail(ErrorKind::BadInput,
                        QCoreApplication::translate("sd::Database", "%1 is not a SellerDesk store.")
                            .arg(QDir::toNativeSeparators(path)));
}

} // namespace

Database::Database(const QString &path, const QString &connectionName, const QString &migrationsDir)
    : m_path(path), m_connectionName(connectionName), m_migrationsDir(migrationsDir)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::statisticsStale() const
{
    return statisticsStale(connection());
}

void Database::refreshStatistics()
{
    refreshStatistics(connection());
}

bool Database::statisticsStale(QSqlDatabase db)
{
    const qint64 rows = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM orders")).toLongLong();
    if (rows < 1000)
        return false; // small tables plan well without statistics
    const QString stat =
        scalar(db,
               QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE tbl = 'orders' AND idx = 'orders_paid'"))
            .toString();
    const qint64 analysed = stat.section(QLatin1Char(' '), 0, 0).toLongLong();
    return analysed <= 0 || rows > 2 * analysed || analysed > 2 * rows;
}

void Database::refreshStatistics(QSqlDatabase db)
{
    // A sample per index is enough for choosing plans and keeps this to milliseconds on a million rows.
    exec(db, QStringLiteral("PRAGMA analysis_limit = 1000"));
    exec(db, QStringLiteral("ANALYZE"));
}

int Database::latestSchemaVersion(const QString &migrationsDir)
{
    const auto list = migrations(migrationsDir);
    return list.isEmpty() ? 0 : list.last().version;
}

std::unique_ptr<Database> Database::open(const QString &path, Result *status, const QString &migrationsDir)
{
    Result ignored;
    if (!status)
        status = &ignored;
    *status = Result::success();
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    if (!(*status = looksLikeSqlite(info.absoluteFilePath())).ok())
        return nullptr;
    if (!createOwnerOnlyFile(info.absoluteFilePath())) {
        *status = Result::fail(ErrorKind::Storage,
                               QCoreApplication::translate("sd::Database", "The file %1 cannot be created.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return nullptr;
    }
    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), uniqueConnectionName("sd-main"), migrationsDir));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(database->m_path);
    if (!db.open()) {
        *status =
            Result::storage(QCoreApplication::translate("sd::Database", "The store %1 cannot be opened.")
                                .arg(QDir::toNativeSeparators(path)),
                            db.lastError().text());
        return nullptr;
    }
    // Wait for a program that is creating the same new store (the WAL switch locks the file briefly)
    // before looking at it.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    if (!database->isOurs()) {
        *status = Result::fail(ErrorKind::BadInput,
                               QCoreApplication::translate("sd::Database", "%1 is not a SellerDesk store.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return nullptr;
    }
    if (!(*status = configureConnection(db, false)).ok() || !(*status = database->migrate()).ok())
        return nullptr;
    if (database->statisticsStale())
        database->refreshStatistics();
    for (const char *suffix : {"", "-wal", "-shm"})
        restrictToOwner(database->m_path + QLatin1String(suffix));
    return database;
}

bool Database::isOurs() const
{
    // A store has a schema version; a database at version 0 is ours only while it is still empty.
    // Another program creating the same new store switches it to WAL, and that answers "busy" without
    // waiting through busy_timeout: such an answer is asked again, anything else is taken as it is.
    QSqlDatabase db = connection();
    QDeadlineTimer deadline(5000);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                  "(SELECT COUNT(*) FROM sqlite_master)")) &&
            q.next())
            return q.value(0).toInt() > 0 || q.value(1).toInt() == 0;
        const QString code = q.lastError().nativeErrorCode();
        const bool busy = code == QLatin1String("5") || code == QLatin1String("6");
        if (!busy || deadline.hasExpired())
            return false; // not readable as a database (damaged after its header)
        QThread::msleep(10);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

// Pragmas differ between platform builds of SQLite, so each one is set and then read back.
static Result configureConnection(QSqlDatabase &db, bool readOnly)
{
    struct Pragma
    {
        QString set;
        QString read;
        QString expected;
    };
    // busy_timeout: how long a statement waits for another program's write lock before failing with
    // "database is locked". The long writers keep each transaction short (a demo batch about 0.5 s, a
    // bulk action's stage of BulkRun::kStageSize orders about 0.25 s, measured with bench_write_lock on a
    // loaded 2-core machine) and leave the lock free between transactions, so 10 s is twenty times the
    // longest transaction: room for a slow disk or a busy machine, while a writer that is really stuck
    // is still reported within seconds.
    QList<Pragma> pragmas = {
        {QStringLiteral("PRAGMA busy_timeout = 10000"), QStringLiteral("PRAGMA busy_timeout"),
         QStringLiteral("10000")},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
        // 32 MiB of page cache per connection (the default is 2 MiB): the orders indexes of a large
        // store are read over and over while the user scrolls, filters and searches.
        {QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("PRAGMA cache_size"),
         QStringLiteral("-32768")},
    };
    if (readOnly) {
        pragmas.append({QStringLiteral("PRAGMA query_only = ON"), QStringLiteral("PRAGMA query_only"),
                        QStringLiteral("1")});
    } else {
        pragmas.prepend({QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA journal_mode"),
                         QStringLiteral("wal")});
        // FULL: a commit reaches the disk before the screen says "saved". With NORMAL, WAL mode may roll
        // back the last commits on a power cut or OS crash: tracking numbers entered just before it would
        // be gone. Every user action is one small transaction, so the extra fsync per commit is cheap
        // (bench_demo_insert and bench_single_actions print the cost beside NORMAL).
        pragmas.append({QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"),
                        QStringLiteral("2")});
    }
    for (const Pragma &p : pragmas) {
        // Switching a new file to WAL needs an exclusive lock and does not wait through busy_timeout: when
        // another program opens the same new file at the same moment, the mode stays unchanged. Retry
        // briefly.
        QDeadlineTimer deadline(5000);
        QString actual;
        for (;;) {
            exec(db, p.set);
            actual = scalar(db, p.read).toString().toLower();
            if (actual == p.expected || deadline.hasExpired())
                break;
            QThread::msleep(10);
        }
        if (actual != p.expected)
            return Result::fail(
                ErrorKind::Storage,
                QCoreApplication::translate("sd::Database",
                                            "The database setting \"%1\" could not be applied (got \"%2\").")
                    .arg(p.set, actual));
    }
    return Result::success();
}

Result Database::migrate()
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const int latest = latestSchemaVersion(m_migrationsDir);
    if (current > latest) {
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate("sd::Database",
                                                        "This database was made by a newer version of "
                                                        "SellerDesk (schema %1, this program knows %2). "
                                                        "Please update SellerDesk.")
                                .arg(current)
                                .arg(latest));
    }
    if (current == latest)
        return Result::success();
    if (current > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString target = QStringLiteral("%1.pre-v%2-%3.sqlite").arg(m_path).arg(latest).arg(stamp);
        if (const Result copied = backupTo(target); !copied.ok())
            return copied;
        m_lastBackup = target;
    }
    for (const Migration &m : migrations(m_migrationsDir)) {
        if (m.version <= current)
            continue;
        QFile file(m.file);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result::fail(
                ErrorKind::Storage,
                QCoreApplication::translate("sd::Database", "Migration %1 is missing from the program.")
                    .arg(m.file));
        }
        const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
        WriteTransaction tx(db);
        if (!tx.isActive())
            return tx.status();
        // Another program (the GUI and the CLI on a new file) may have migrated while this one waited
        // for the write lock.
        if (schemaVersion() >= m.version)
            continue;
        const QString failed =
            QCoreApplication::translate("sd::Database", "Updating the store to version %1 failed; it stays "
                                                        "at version %2.")
                .arg(m.version)
                .arg(schemaVersion());
        for (const QString &statement : statements) {
            if (const Result done = exec(db, statement); !done.ok())
                return done.as(failed); // tx rolls back: the database stays at the previous version
        }
        if (const Result done = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            !done.ok())
            return done.as(failed);
        if (!tx.commit())
            return tx.status().as(failed);
    }
    return Result::success();
}

Result Database::backupTo(const QString &targetFile) const
{
    const QString temp = targetFile + QStringLiteral(".part");
    QFile::remove(temp);
    // VACUUM INTO accepts an existing empty file and keeps its mode: the copy is 0600 from its first byte.
    if (!createOwnerOnlyFile(temp)) {
        return Result::fail(ErrorKind::Storage, QCoreApplication::translate(
                                                    "sd::Database", "The backup could not be written to %1.")
                                                    .arg(QDir::toNativeSeparators(temp)));
    }
    QSqlDatabase db = connection();
    // Another program may migrate the store while it is copied: the copy holds a version between the
    // one before and the one after.
    const int versionBefore = schemaVersion();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (!q.exec()) {
        QFile::remove(temp);
        return Result::storage(
            QCoreApplication::translate("sd::Database", "The backup could not be written."),
            q.lastError().text());
    }
    // Check the copy before it takes the real name.
    int copiedVersion = -1;
    const bool good = checkCopy(temp, &copiedVersion).ok();
    if (!good || copiedVersion < versionBefore || copiedVersion > schemaVersion()) {
        QFile::remove(temp);
        return Result::fail(
            ErrorKind::Storage,
            QCoreApplication::translate("sd::Database",
                                        "The backup copy failed its integrity check; nothing was changed."));
    }
    QFile::remove(targetFile);
    if (!QFile::rename(temp, targetFile)) {
        QFile::remove(temp);
        return Result::fail(ErrorKind::Storage, QCoreApplication::translate(
                                                    "sd::Database", "The backup could not be saved as %1.")
                                                    .arg(targetFile));
    }
    return Result::success();
}

Result Database::checkCopy(const QString &file, int *schemaVersion)
{
    const QString checkName = uniqueConnectionName("sd-copy-check");
    bool opened = false;
    QString integrity;
    int version = -1;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), checkName);
        check.setDatabaseName(file);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (check.open()) {
            opened = true;
            QSqlQuery q(check);
            if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (q.next()) // "ok", or one row per problem
                    integrity += q.value(0).toString() + QLatin1Char('\n');
            }
            const QVariant v = scalar(check, QStringLiteral("PRAGMA user_version"));
            if (v.isValid())
                version = v.toInt();
            check.close();
        }
    }
    QSqlDatabase::removeDatabase(checkName);
    if (schemaVersion)
        *schemaVersion = version;
    const QString name = QDir::toNativeSeparators(file);
    if (!opened || integrity.isEmpty()) {
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::Database", "%1 cannot be read as a database.").arg(name));
    }
    if (integrity.trimmed() != QLatin1String("ok")) {
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::Database", "%1 is damaged (its integrity check failed).")
                .arg(name));
    }
    if (version <= 0) {
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::Database", "%1 is not a SellerDesk store.").arg(name));
    }
    return Result::success();
}

QString storeFilesFolder(const QString &databasePath)
{
    return databasePath + QStringLiteral(".files");
}

namespace {

// A connection of its own to the store at `path` (the caller's thread uses it), read-only or a writer,
// with the pragmas every connection of that kind gets.
QSqlDatabase openConnection(const QString &path, const QString &connectionName, bool readOnly,
                            Result *status)
{
    Result ignored;
    if (!status)
        status = &ignored;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *status =
            Result::storage(QCoreApplication::translate("sd::Database", "The store %1 cannot be opened.")
                                .arg(QDir::toNativeSeparators(path)),
                            db.lastError().text());
        return db;
    }
    *status = configureConnection(db, readOnly);
    if (!status->ok())
        db.close();
    return db;
}

} // namespace

QSqlDatabase Database::openReadConnection(const QString &path, const QString &connectionName, Result *status)
{
    return openConnection(path, connectionName, true, status);
}

QSqlDatabase Database::openWriteConnection(const QString &path, const QString &connectionName,
                                           Result *status)
{
    return openConnection(path, connectionName, false, status);
}

void Database::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_status = Result::storage(
            QCoreApplication::translate("sd::Database",
                                        "The store is busy or cannot be written; nothing was changed."),
            q.lastError().text());
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

namespace {

QMutex g_observersMutex;
QHash<QString, std::function<void()>> g_commitObservers;

} // namespace

void setCommitObserver(const QString &connectionName, std::function<void()> observer)
{
    QMutexLocker lock(&g_observersMutex);
    if (observer)
        g_commitObservers.insert(connectionName, std::move(observer));
    else
        g_commitObservers.remove(connectionName);
}

void notifyCommitObserver(const QString &connectionName)
{
    std::function<void()> observer;
    {
        QMutexLocker lock(&g_observersMutex);
        observer = g_commitObservers.value(connectionName);
    }
    if (observer)
        observer();
}

Result WriteTransaction::commit()
{
    if (!m_active) {
        if (m_status.ok())
            m_status = Result::storage(
                QCoreApplication::translate("sd::Database", "Saving failed; nothing was changed."),
                QStringLiteral("commit without an active transaction"));
        return m_status;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_status = Result::storage(
            QCoreApplication::translate("sd::Database", "Saving failed; nothing was changed."),
            q.lastError().text());
        rollback();
        return m_status;
    }
    m_active = false;
    std::function<void()> observer;
    {
        QMutexLocker lock(&g_observersMutex);
        observer = g_commitObservers.value(m_db.connectionName());
    }
    if (observer)
        observer();
    return Result::success();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace sd
