// Database open: pragmas, permissions, migrations with a verified backup, refusal of newer schemas,
// backups, and the migration script splitter.
#include "file_mode_watcher.h"
#include "result_support.h"
#include "storage/common/database.h"
#include "storage/common/sql_script.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using sd::test::FileModeWatcher;

namespace {

QVariant scalarOn(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// Opens a plain connection (no migrations) to look at a file from the outside.
class RawConnection
{
public:
    explicit RawConnection(const QString &file) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const { return scalarOn(db(), sql); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    // A folder with the program's migration 0001 copied from the resource, plus `extra` scripts.
    QString migrationsFolder(QTemporaryDir &dir, const QList<QPair<QString, QString>> &extra)
    {
        const QString folder = dir.filePath(QStringLiteral("sql"));
        QDir().mkpath(folder);
        // Schema 1 of the built-in migrations, and then the test's own.
        const QStringList builtIn =
            QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("0001_*.sql")}, QDir::Files, QDir::Name);
        for (const QString &f : builtIn)
            QFile::copy(QStringLiteral(":/sql/") + f, folder + QLatin1Char('/') + f);
        for (const auto &script : extra) {
            QFile file(folder + QLatin1Char('/') + script.first);
            if (file.open(QIODevice::WriteOnly))
                file.write(script.second.toUtf8());
        }
        return folder;
    }

    // Opens at schema 1 (the built-in migrations) and stores one order row.
    bool createVersion1WithData(const QString &path, const QString &folderWithOnly0001)
    {
        QString error;
        auto db =
            keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, folderWithOnly0001); });
        if (!db) {
            qWarning() << error;
            return false;
        }
        QSqlQuery q(db->connection());
        return db->schemaVersion() == 1 &&
               q.exec(QStringLiteral("INSERT INTO orders (product_order_no, order_no, channel, status, "
                                     "paid_at, product_name, quantity, "
                                     "total_amount, updated_at) VALUES ('2024051300001', 'O1', 'NAVER', "
                                     "'NEW', 1, '키보드', 1, 35000, 1)"));
    }

private slots:
    void newDatabaseHasLatestSchemaAndPragmas()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("new/store.sqlite")); // folder created on open
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QSqlDatabase c = db->connection();
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
                 QStringLiteral("wal"));
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(scalarOn(c, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        // FULL: what the screen calls saved survives a power cut (NORMAL may lose the last commits).
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // A fresh database is not "migrated from" anything, so there is no backup.
        QVERIFY(db->lastMigrationBackup().isEmpty());

        // Foreign keys are enforced, not just reported.
        QSqlQuery q(c);
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO order_events (order_id, at, action) VALUES (999, 1, 'x')")));
    }

    void filesAreForTheUserOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (!QFile::exists(file))
                continue;
            const auto p = QFile::permissions(file);
            QVERIFY2((p & owner) == owner, qPrintable(file));
            QVERIFY2(!(p & others), qPrintable(file));
        }
        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(okOr(db->backupTo(backup), &error), qPrintable(error));
        QVERIFY(!(QFile::permissions(backup) & others));
    }

    // Even under a lax umask (022) the store, its -wal and -shm files and a backup with its .part file
    // are never readable by others, not even while they are being written.
    void filesAreOwnerOnlyWhileWritten()
    {
        const mode_t oldMask = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        FileModeWatcher watchNew(dir.path());
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        {
            // Enough rows that the backup below takes a moment.
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            QVERIFY(
                q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                      "WHERE i < 20000) INSERT INTO filler SELECT randomblob(1000) FROM n")));
        }
        watchNew.stop();
        QVERIFY(watchNew.modes().contains(QStringLiteral("store.sqlite")));
        QVERIFY(watchNew.modes().contains(QStringLiteral("store.sqlite-wal")));
        QVERIFY2(watchNew.exposed().isEmpty(), qPrintable(watchNew.exposed().join(QLatin1String(", "))));

        QTemporaryDir out;
        FileModeWatcher watchBackup(out.path());
        QVERIFY2(okOr(db->backupTo(out.filePath(QStringLiteral("copy.sqlite"))), &error), qPrintable(error));
        watchBackup.stop();
        ::umask(oldMask);
        QVERIFY2(watchBackup.modes().contains(QStringLiteral("copy.sqlite.part")),
                 qPrintable(QStringList(watchBackup.modes().keys()).join(QLatin1String(", "))));
        QVERIFY2(watchBackup.exposed().isEmpty(),
                 qPrintable(watchBackup.exposed().join(QLatin1String(", "))));
    }

    void reopenKeepsDataAndMakesNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        }
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalarOn(db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'k'"))
                     .toString(),
                 QStringLiteral("v"));
        QVERIFY(db->lastMigrationBackup().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.pre-v*")}, QDir::Files).size(), 0);
    }

    // A version-7 store (before the import's row signatures) gains order_import_rows, empty: its orders
    // are compared the whole way at their next import. A signature row goes with its order.
    void migrationOnAnExistingVersion7StoreAddsImportRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v7 = dir.filePath(QStringLiteral("v7"));
        QVERIFY(QDir().mkpath(v7));
        const QStringList builtIn = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &f : builtIn) {
            if (f.left(4).toInt() <= 7)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + f, v7 + QLatin1Char('/') + f));
        }
        QCOMPARE(Database::latestSchemaVersion(v7), 7);
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, v7); });
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO orders (product_order_no, order_no, channel, status, "
                                          "paid_at, product_name, quantity, total_amount, updated_at) VALUES "
                                          "('2024051300001', 'O1', 'NAVER', 'NEW', 1, '키보드', 1, 35000, 1)")));
        }
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->schemaVersion() >= 8);
        QSqlDatabase c = db->connection();
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1);
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM order_import_rows")).toInt(), 0);
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("store.sqlite.pre-v*")}, QDir::Files).isEmpty());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO order_import_rows (order_id, signature, updated_at) "
                                      "SELECT id, -1234567890123456789, updated_at FROM orders")));
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT signature FROM order_import_rows")).toLongLong(),
                 Q_INT64_C(-1234567890123456789));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO order_import_rows (order_id, signature, updated_at) "
                                       "VALUES (999, 1, 1)"))); // no such order
        QVERIFY(q.exec(QStringLiteral("DELETE FROM orders")));
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM order_import_rows")).toInt(), 0);
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void migrationFromOlderSchemaKeepsDataAndBacksUp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QTemporaryDir v1dir, v2dir;
        QVERIFY(createVersion1WithData(path, migrationsFolder(v1dir, {})));

        const QString v2 = migrationsFolder(
            v2dir,
            {{QStringLiteral("0002_memo.sql"), QStringLiteral("-- version 2: a memo per order\n"
                                                              "ALTER TABLE orders ADD COLUMN memo TEXT;\n"
                                                              "UPDATE orders SET memo = 'migrated';\n")}});
        QCOMPARE(Database::latestSchemaVersion(v2), 2);
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, v2); });
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), 2);
        QSqlDatabase c = db->connection();
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1);
        QCOMPARE(
            scalarOn(c, QStringLiteral("SELECT memo FROM orders WHERE product_order_no = '2024051300001'"))
                .toString(),
            QStringLiteral("migrated"));
        QCOMPARE(scalarOn(c, QStringLiteral("PRAGMA journal_mode")).toString().toLower(),
                 QStringLiteral("wal"));

        // The backup sits next to the database, is named after the target version and holds the old schema.
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("store.sqlite.pre-v2-*.sqlite")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        const QString backupPath = dir.filePath(backups.first());
        QCOMPARE(QFileInfo(db->lastMigrationBackup()).absoluteFilePath(),
                 QFileInfo(backupPath).absoluteFilePath());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
        RawConnection backup(backupPath);
        QVERIFY(backup.isOpen());
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(backup.scalar(QStringLiteral("SELECT product_name FROM orders")).toString(),
                 QStringLiteral("키보드"));
        QVERIFY(!backup.exec(QStringLiteral("SELECT memo FROM orders"))); // old schema: no memo column
    }

    // Version 2 keeps attempts on real accounts by their id and drops the names that were no account,
    // which version 1 stored as typed (possibly a password typed into the wrong field).
    void loginAttemptsMigrateWithoutUnknownNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QTemporaryDir v1dir;
        QVERIFY(createVersion1WithData(path, migrationsFolder(v1dir, {})));
        {
            RawConnection raw(path);
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO users (id, login, display_name, role, password_hash, "
                                        "created_at) VALUES (7, 'staff', 'S', 'OPERATOR', 'h', 1)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO login_attempts (login, at, success) VALUES "
                                            "('staff', 10, 0), ('staff', 20, 1), ('Secret-Pw1', 30, 0)")));
        }
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        QSqlDatabase c = db->connection();
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM login_attempts")).toInt(), 2);
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE user_id = 7")).toInt(),
                 2);
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT success FROM login_attempts WHERE at = 20")).toInt(), 1);
        QCOMPARE(scalarOn(c, QStringLiteral("SELECT length(value) FROM store_secrets WHERE name = "
                                            "'login-name-key'"))
                     .toInt(),
                 32);
    }

    void failingMigrationLeavesOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QTemporaryDir v1dir, v2dir;
        QVERIFY(createVersion1WithData(path, migrationsFolder(v1dir, {})));
        // The first statement works, the second does not: the first must be rolled back with it.
        const QString broken =
            migrationsFolder(v2dir, {{QStringLiteral("0002_broken.sql"),
                                      QStringLiteral("ALTER TABLE orders ADD COLUMN memo TEXT;\n"
                                                     "DELETE FROM orders;\n"
                                                     "ALTER TABLE no_such_table ADD COLUMN x TEXT;\n")}});
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, broken); });
        QVERIFY(!db);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error)); // names the version that failed
        QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));

        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 1);
        QVERIFY(!raw.exec(QStringLiteral("SELECT memo FROM orders")));

        // The program that knows only version 1 still opens it.
        QTemporaryDir again;
        auto v1 = keepMessage(
            &error, [&](sd::Result *r) { return Database::open(path, r, migrationsFolder(again, {})); });
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->schemaVersion(), 1);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
        }
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY(!db);
        QVERIFY2(error.contains(QString::number(Database::latestSchemaVersion() + 5)), qPrintable(error));
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::latestSchemaVersion() + 5);
    }

    void backupIsConsistentCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        {
            WriteTransaction tx(db->connection());
            QVERIFY2(tx.isActive(), qPrintable(tx.status().message));
            QSqlQuery q(db->connection());
            for (int i = 0; i < 50; ++i)
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k%1', 'v')").arg(i)));
            QVERIFY(tx.commit());
        }
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(okOr(db->backupTo(target), &error), qPrintable(error));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        RawConnection copy(target);
        QVERIFY(copy.isOpen());
        QCOMPARE(copy.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt(), db->schemaVersion());
        QCOMPARE(copy.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 50);

        // A second backup to the same name replaces the first.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM settings")));
        QVERIFY2(okOr(db->backupTo(target), &error), qPrintable(error));
        RawConnection copy2(target);
        QCOMPARE(copy2.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);

        // A target folder that does not exist fails with a message and leaves nothing behind.
        const QString nowhere = dir.filePath(QStringLiteral("missing/dir/copy.sqlite"));
        QVERIFY(!okOr(db->backupTo(nowhere), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(nowhere));
    }

    void writeTransactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) {
            return Database::open(dir.filePath(QStringLiteral("store.sqlite")), r);
        });
        QVERIFY2(db, qPrintable(error));
        {
            WriteTransaction tx(db->connection());
            QVERIFY(tx.isActive());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
        }
        QCOMPARE(scalarOn(db->connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);
        {
            WriteTransaction tx(db->connection());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")));
            QVERIFY(tx.commit());
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(scalarOn(db->connection(), QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
    }

    void readConnectionIsQueryOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        const QString name = QStringLiteral("reader-test");
        {
            QSqlDatabase reader = keepMessage(
                &error, [&](sd::Result *r) { return Database::openReadConnection(path, name, r); });
            QVERIFY2(reader.isOpen(), qPrintable(error));
            QCOMPARE(scalarOn(reader, QStringLiteral("PRAGMA query_only")).toInt(), 1);
            QCOMPARE(scalarOn(reader, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalarOn(reader, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 0);
            QSqlQuery q(reader);
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")));
        }
        Database::closeConnection(name);
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void splitSqlScript_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y);")};
        QTest::newRow("multi-line statement")
            << QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n")
            << QStringList{QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);")};
        QTest::newRow("comment lines dropped")
            << QStringLiteral("-- header; with a semicolon;\nCREATE TABLE a (x);\n  -- indented comment;\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x);")};
        QTest::newRow("trigger body kept whole")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET n = n + 1;\n"
                              "    DELETE FROM c;\nEND;\nCREATE TABLE d (x);\n")
            << QStringList{
                   QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET n = n + 1;\n"
                                  "    DELETE FROM c;\nEND;"),
                   QStringLiteral("CREATE TABLE d (x);")};
        QTest::newRow("lower-case trigger")
            << QStringLiteral("create trigger t after delete on a begin\n  delete from b;\nend;\n")
            << QStringList{
                   QStringLiteral("create trigger t after delete on a begin\n  delete from b;\nend;")};
        QTest::newRow("CRLF line ends")
            << QStringLiteral("CREATE TABLE a (x);\r\nCREATE TABLE b (y);\r\n")
            << QStringList{QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y);")};
        QTest::newRow("last statement without semicolon")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y)")
            << QStringList{QStringLiteral("CREATE TABLE a (x);"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("blank lines only") << QStringLiteral("\n\n  \n-- nothing\n") << QStringList{};
    }

    void splitSqlScript()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(sd::splitSqlScript(script), expected);
    }

    void builtInMigrationsSplitIntoExecutableStatements()
    {
        // Every statement of every shipped migration runs on an empty in-memory database.
        const QString name = QStringLiteral("split-check");
        {
            QSqlDatabase mem = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            mem.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(mem.open());
            const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
            QVERIFY(!files.isEmpty());
            for (const QString &f : files) {
                QFile file(QStringLiteral(":/sql/") + f);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QStringList statements = sd::splitSqlScript(QString::fromUtf8(file.readAll()));
                QVERIFY(!statements.isEmpty());
                for (const QString &s : statements) {
                    QSqlQuery q(mem);
                    QVERIFY2(q.exec(s), qPrintable(f + QStringLiteral(": ") + q.lastError().text() + s));
                }
            }
            mem.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
