// sellerdesk-cli backup --out FILE and restore FILE, run as real processes on a demo store: a restore
// brings back the orders of the backup and keeps the old store aside; usage, permission, bad files and
// a store held by a running SellerDesk get their exit codes (2, 3, 4, 6) and change nothing.
#include "result_support.h"
#include "services/access/password_hash.h"
#include "storage/common/database.h"
#include "storage/common/instance_lock.h"
#include "storage/common/user_repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace sd;

namespace {

const QString kPassword = QStringLiteral("demo1234!");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray ordersDump(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("cli-backup-peek-%1").arg(++counter);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const char *sql :
                 {"SELECT * FROM orders ORDER BY id", "SELECT * FROM order_events ORDER BY id",
                  "SELECT * FROM order_contacts ORDER BY 1", "SELECT * FROM store",
                  "SELECT id, login, role FROM users ORDER BY id"}) {
                QSqlQuery q(db);
                q.exec(QString::fromLatin1(sql));
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        hash.addData((q.value(i).toString() + QChar(0x1f)).toUtf8());
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "SELLERDESK_USER"})
            e.remove(QLatin1String(name));
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        e.insert(QStringLiteral("SELLERDESK_PASSWORD"), kPassword);
        e.insert(QStringLiteral("SELLERDESK_TEST_NOW"), QStringLiteral("2024-05-13T01:00:00Z"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(SELLERDESK_CLI), args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run asDemo(const QStringList &args)
    {
        return cli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("demo")} +
            args);
    }

    // Every file of the temp folder except the one named, to show that a refusal made none.
    QStringList files() const
    {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("demo.sqlite"));
        const Run r = cli({QStringLiteral("--db"), m_db, QStringLiteral("demo"), QStringLiteral("--orders"),
                           QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QDir().mkpath(storeFilesFolder(m_db) + QStringLiteral("/claims")));
        QFile evidence(storeFilesFolder(m_db) + QStringLiteral("/claims/1.png"));
        QVERIFY(evidence.open(QIODevice::WriteOnly));
        evidence.write("png");
    }

    void backupThenRestoreBringsBackTheOrders()
    {
        const QString file = path(QStringLiteral("out/demo.sdbackup"));
        // --out's folder must exist, as for every output file (README); a missing one is exit 2 and made
        // none.
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out"), file}).code, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
        const Run made =
            asDemo({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--out"), file});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QJsonObject json = QJsonDocument::fromJson(made.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(json.value(QStringLiteral("manifest")).toObject().value(QStringLiteral("files")).toInt(), 1);
        QCOMPARE(modeOf(file), 0600);
        const QByteArray atBackup = ordersDump(m_db);

        // A change after the backup: a new order is confirmed.
        QString id;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT product_order_no FROM orders WHERE status = 'NEW' ORDER BY id LIMIT 1"));
            QVERIFY(q.next());
            id = q.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pick"));
        QCOMPARE(asDemo({QStringLiteral("order"), QStringLiteral("confirm"), id}).code, 0);
        const QByteArray changed = ordersDump(m_db);
        QVERIFY(changed != atBackup);

        const Run restored = asDemo({QStringLiteral("restore"), file});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(ordersDump(m_db), atBackup);
        // It says what it did: which backup, and where the previous store is.
        const QString kept = m_db + QStringLiteral(".before-restore-20240513-100000.sqlite");
        QVERIFY2(restored.out.contains(QDir::toNativeSeparators(file)) && restored.out.contains(kept),
                 qPrintable(restored.out));
        QCOMPARE(ordersDump(kept), changed);
        QVERIFY(QFileInfo::exists(storeFilesFolder(m_db) + QStringLiteral("/claims/1.png")));
        // The restored store works: the demo master logs in and lists its orders.
        QCOMPARE(asDemo({QStringLiteral("list"), QStringLiteral("orders")}).code, 0);
    }

    void usageErrors()
    {
        const QByteArray before = ordersDump(m_db);
        QCOMPARE(asDemo({QStringLiteral("backup")}).code, 2);
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out")}).code, 2);
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out"),
                         path(QStringLiteral("a.sdbackup")), QStringLiteral("extra")})
                     .code,
                 2);
        QCOMPARE(asDemo({QStringLiteral("restore")}).code, 2);
        QCOMPARE(asDemo({QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("a.sdbackup"))));
        QCOMPARE(ordersDump(m_db), before);
    }

    void aRoleWithoutBackupGetsExitCode3()
    {
        {
            QString error;
            auto database = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_db, r); });
            QVERIFY2(database, qPrintable(error));
            UserRecord u;
            u.login = QStringLiteral("staff");
            u.displayName = QStringLiteral("운영 담당");
            u.role = Role::Operator;
            u.passwordHash = hashPassword(QStringLiteral("staff2024!"));
            WriteTransaction tx(database->connection());
            QVERIFY(okOr(UserRepository(database->connection()).insert(u, QDateTime::currentDateTimeUtc()),
                         &error));
            QVERIFY(tx.commit());
        }
        const QString good = path(QStringLiteral("for-staff.sdbackup"));
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out"), good}).code, 0);
        const QByteArray before = ordersDump(m_db);
        const QStringList names = files();
        const QHash<QString, QString> env{
            {QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("staff2024!")}};
        const QStringList asStaff{QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                  QStringLiteral("staff")};
        const Run backup = cli(asStaff + QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                                                     path(QStringLiteral("x.sdbackup"))},
                               env);
        QCOMPARE(backup.code, 3);
        const Run restore = cli(asStaff + QStringList{QStringLiteral("restore"), good}, env);
        QCOMPARE(restore.code, 3);
        QCOMPARE(ordersDump(m_db), before);
        QCOMPARE(files(), names);
    }

    void badFilesGetExitCode4()
    {
        const QString good = path(QStringLiteral("good.sdbackup"));
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out"), good}).code, 0);
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QTemporaryDir elsewhere;
        const QString truncated = elsewhere.filePath(QStringLiteral("truncated.sdbackup"));
        const QString text = elsewhere.filePath(QStringLiteral("notes.sdbackup"));
        for (const auto &[name, content] : {std::pair{truncated, bytes.left(bytes.size() - 100)},
                                            std::pair{text, QByteArray("not a backup\n")}}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = ordersDump(m_db);
        const QStringList names = files();
        for (const QString &bad : {truncated, text, elsewhere.filePath(QStringLiteral("missing.sdbackup"))}) {
            const Run r = asDemo({QStringLiteral("--json"), QStringLiteral("restore"), bad});
            QVERIFY2(r.code == 4, qPrintable(bad + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(bad), qPrintable(r.err));
            const QJsonObject error = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_input"));
            QCOMPARE(error.value(QStringLiteral("exit")).toInt(), 4);
        }
        QCOMPARE(ordersDump(m_db), before);
        QCOMPARE(files(), names);
    }

    void aRunningSellerDeskBlocksTheRestore()
    {
        const QString good = path(QStringLiteral("locked.sdbackup"));
        QCOMPARE(asDemo({QStringLiteral("backup"), QStringLiteral("--out"), good}).code, 0);
        InstanceLock gui(m_db); // as the GUI holds it while the store is open
        QString error;
        QVERIFY2(okOr(gui.acquire(), &error), qPrintable(error));
        const QByteArray before = ordersDump(m_db);
        const QStringList names = files();
        const Run r = asDemo({QStringLiteral("restore"), good});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QLatin1String("already open")), qPrintable(r.err));
        QCOMPARE(ordersDump(m_db), before);
        QCOMPARE(files(), names);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "test_cli_backup.moc"
