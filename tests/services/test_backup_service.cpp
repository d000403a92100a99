// BackupService: a backup holds the orders and the store's files, is owner-only from its first byte and
// audited; a restore brings the same orders back and keeps the old store aside; a truncated, damaged,
// foreign or too new file, a role without Backup and a store held by another running SellerDesk are
// refused with nothing changed; the retention rule keeps 7 daily and 4 weekly automatic backups.
#include "file_mode_watcher.h"
#include "io/formats/zip_archive.h"
#include "result_support.h"
#include "services/store/backup_service.h"
#include "services/store/settings.h"
#include "storage/common/instance_lock.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>
#include <algorithm>
#include <functional>
#include <sys/stat.h>

using namespace sd;
using namespace sd::test;

namespace {

const QStringList kOrderNos = {QStringLiteral("2024051300001"), QStringLiteral("2024051300002"),
                               QStringLiteral("2024051300003"), QStringLiteral("2024051300004")};

// A read-only look at a database file that does not go through Database (no migration, no WAL switch).
class Peek
{
public:
    explicit Peek(const QString &path)
    {
        static int counter = 0;
        m_name = QStringLiteral("backup-peek-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString &sql) const { return scalar(QSqlDatabase::database(m_name), sql); }
    QStringList orderNos() const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.exec(QStringLiteral("SELECT product_order_no FROM orders ORDER BY product_order_no"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    // Everything a refusal must leave alone.
    QByteArray dump() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql : {"SELECT * FROM orders ORDER BY id", "SELECT * FROM order_contacts ORDER BY 1",
                                "SELECT * FROM audit_log ORDER BY id", "SELECT * FROM users ORDER BY id",
                                "SELECT * FROM store"}) {
            QSqlQuery q(QSqlDatabase::database(m_name));
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData((q.value(i).toString() + QChar(0x1f)).toUtf8());
            }
        }
        return hash.result().toHex();
    }

private:
    QString m_name;
};

// The names (and sizes) of everything in a folder, to show that a refusal left no file behind.
QStringList listing(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out << QDir(folder).relativeFilePath(path);
    }
    out.sort();
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QByteArray manifestBytes(int schemaVersion, int formatVersion = 1)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("sellerdesk-backup")},
                                     {QStringLiteral("formatVersion"), formatVersion},
                                     {QStringLiteral("schemaVersion"), schemaVersion},
                                     {QStringLiteral("createdAt"), QStringLiteral("2024-05-12T01:00:00Z")},
                                     {QStringLiteral("appVersion"), QStringLiteral("test")},
                                     {QStringLiteral("store"), QStringLiteral("하늘상회")},
                                     {QStringLiteral("files"), 0}})
        .toJson();
}

// The store of every test: a master, an operator, four orders, and a claim photo in the files folder.
struct Store
{
    TestWorkspace t;
    UserSession master;
    UserSession operatorUser;

    Store()
    {
        if (!t.ok())
            return;
        master = addUser(t.db(), QStringLiteral("owner"), Role::Master);
        operatorUser = addUser(t.db(), QStringLiteral("staff"), Role::Operator);
        QList<Order> orders;
        for (const QString &no : kOrderNos)
            orders << makeOrder(no);
        insertOrders(t.db(), orders);
        writeFile(photo(), QByteArrayLiteral("\xff\xd8 a claim photo"));
    }
    QString db() const { return t.dbPath(); }
    QString files() const { return storeFilesFolder(t.dbPath()); }
    QString photo() const { return QDir(files()).filePath(QStringLiteral("claims/17/photo.jpg")); }
    QString path(const QString &name) const { return t.dir.filePath(name); }
    Result backup(const QString &file, BackupInfo *info = nullptr)
    {
        return BackupService(t.workspace(), master).backup(file, info);
    }
    void close() { t.ws.reset(); }
};

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void restoreBringsBackTheSameOrdersAndFiles()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString file = s.path(QStringLiteral("out/store.sdbackup"));
        BackupInfo info;
        const Result made = s.backup(file, &info);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QCOMPARE(info.file, file);
        QCOMPARE(info.manifest.files, 1);
        QCOMPARE(info.manifest.schemaVersion, Database::latestSchemaVersion());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
        QCOMPARE(countRows(s.t.db(), QStringLiteral("audit_log WHERE action = 'backup.create'")), 1);

        // After the backup: one more order, the photo gone.
        Order later = makeOrder(QStringLiteral("2024051300099"));
        QVERIFY(insertOrder(s.t.db(), later));
        QVERIFY(QFile::remove(s.photo()));
        s.close();

        RestoreReport report;
        const Result restored =
            BackupService::restore(s.db(), file, s.master, defaultNow().addSecs(3600), &report);
        QVERIFY2(restored.ok(), qPrintable(restored.message));

        // The same orders as when the backup was made, and the photo is back.
        QCOMPARE(Peek(s.db()).orderNos(), kOrderNos);
        QCOMPARE(readFile(s.photo()), QByteArrayLiteral("\xff\xd8 a claim photo"));
        // The restore is recorded in the restored store, by the master who did it.
        QCOMPARE(Peek(s.db())
                     .value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.restore' "
                                           "AND user_id = %1")
                                .arg(s.master.userId))
                     .toInt(),
                 1);

        // The replaced store is kept aside under a dated name, with its files folder.
        QCOMPARE(report.keptStore, s.db() + QStringLiteral(".before-restore-20240513-110000.sqlite"));
        QCOMPARE(report.keptFiles, s.db() + QStringLiteral(".before-restore-20240513-110000.files"));
        QCOMPARE(Peek(report.keptStore).orderNos(), kOrderNos + QStringList{QStringLiteral("2024051300099")});
        QCOMPARE(Peek(report.keptStore)
                     .value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup.create'"))
                     .toInt(),
                 1);
        QVERIFY(QFileInfo(report.keptFiles).isDir());
        QCOMPARE(modeOf(s.db()), 0600);
        const QString summary = BackupService::restoreSummary(report);
        QVERIFY2(summary.contains(file) && summary.contains(report.keptStore), qPrintable(summary));
        // Nothing of the unpacking is left behind.
        for (const QString &name : listing(s.t.dir.path()))
            QVERIFY2(!name.contains(QLatin1String("restore-part")) &&
                         !name.contains(QLatin1String("snapshot")),
                     qPrintable(name));

        // The restored store opens as usual.
        QString error;
        auto ws =
            keepMessage(&error, [&](sd::Result *r) { return Workspace::open(s.db(), s.t.clock, false, r); });
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(countRows(storeDatabase(*ws).connection(), QStringLiteral("orders")), int(kOrderNos.size()));
    }

    // Owner-only from the first byte, even under a lax umask: the .part file, libzip's temporary file
    // and the finished backup.
    void backupFilesAreOwnerOnly()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString out = s.path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const mode_t old = ::umask(022);
        // The watcher polls: on a busy machine a small backup can be renamed before it looks, so try
        // again until it has seen the temporary file at least once (every try must expose nothing).
        bool sawPart = false;
        QStringList seen;
        for (int attempt = 0; attempt < 20 && !sawPart; ++attempt) {
            QFile::remove(QDir(out).filePath(QStringLiteral("b.sdbackup")));
            FileModeWatcher watcher(out);
            const Result made = s.backup(QDir(out).filePath(QStringLiteral("b.sdbackup")));
            watcher.stop();
            QVERIFY2(made.ok(), qPrintable(made.message));
            QVERIFY2(watcher.exposed().isEmpty(), qPrintable(watcher.exposed().join(QLatin1String(", "))));
            sawPart = watcher.modes().contains(QStringLiteral("b.sdbackup.part"));
            seen = watcher.modes().keys();
        }
        ::umask(old);
        QVERIFY2(sawPart, qPrintable(seen.join(QLatin1String(", "))));
        QCOMPARE(modeOf(QDir(out).filePath(QStringLiteral("b.sdbackup"))), 0600);
    }

    void aRoleWithoutBackupIsRefused()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString file = s.path(QStringLiteral("b.sdbackup"));
        const Result denied = BackupService(s.t.workspace(), s.operatorUser).backup(file);
        QCOMPARE(denied.kind, ErrorKind::Permission);
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(countRows(s.t.db(), QStringLiteral("audit_log WHERE action LIKE 'backup.%'")), 0);

        QVERIFY(s.backup(file).ok());
        // Nor may a backup overwrite the store itself or land in its files folder.
        const QByteArray store = readFile(s.db());
        QCOMPARE(s.backup(s.db()).kind, ErrorKind::BadInput);
        QCOMPARE(s.backup(QDir(s.files()).filePath(QStringLiteral("b.sdbackup"))).kind, ErrorKind::BadInput);
        QCOMPARE(readFile(s.db()), store);
        s.close();
        const QByteArray before = Peek(s.db()).dump();
        const QStringList files = listing(s.t.dir.path());
        const Result refused = BackupService::restore(s.db(), file, s.operatorUser, defaultNow(), nullptr);
        QCOMPARE(refused.kind, ErrorKind::Permission);
        QCOMPARE(Peek(s.db()).dump(), before);
        QCOMPARE(listing(s.t.dir.path()), files);
    }

    void refusesWhatIsNoGoodBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("bytes changed") << QStringLiteral("flipped");
        QTest::newRow("text file") << QStringLiteral("text");
        QTest::newRow("a SQLite database") << QStringLiteral("sqlite");
        QTest::newRow("another program's zip") << QStringLiteral("foreign-zip");
        QTest::newRow("damaged database inside") << QStringLiteral("bad-db");
        QTest::newRow("newer schema") << QStringLiteral("newer-schema");
        QTest::newRow("newer format") << QStringLiteral("newer-format");
        QTest::newRow("path outside the folder") << QStringLiteral("escape");
        QTest::newRow("missing file") << QStringLiteral("missing");
    }

    void refusesWhatIsNoGoodBackup()
    {
        QFETCH(QString, kind);
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        QTemporaryDir elsewhere;
        const QString good = elsewhere.filePath(QStringLiteral("good.sdbackup"));
        QVERIFY(s.backup(good).ok());
        const QByteArray goodBytes = readFile(good);
        const QString bad = elsewhere.filePath(QStringLiteral("bad.sdbackup"));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(writeFile(bad, goodBytes.left(goodBytes.size() / 2)));
        } else if (kind == QLatin1String("flipped")) {
            QByteArray b = goodBytes;
            for (qsizetype i = b.size() / 3; i < b.size() / 3 + 64; ++i)
                b[i] = char(b[i] ^ 0x5a);
            QVERIFY(writeFile(bad, b));
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(bad, "order,tracking\n1,2\n"));
        } else if (kind == QLatin1String("sqlite")) {
            QVERIFY(QFile::copy(s.db(), bad));
        } else if (kind == QLatin1String("missing")) {
            // bad is never written
        } else {
            ZipArchiveWriter zip(bad);
            QByteArray database = readFile(s.db());
            if (kind == QLatin1String("bad-db")) {
                // A real SQLite header over pages of garbage: it unpacks fine and fails integrity_check.
                for (qsizetype i = 4096; i < database.size(); i += 7)
                    database[i] = char(0xee);
            }
            if (kind != QLatin1String("foreign-zip")) {
                const int schema = kind == QLatin1String("newer-schema") ? Database::latestSchemaVersion() + 1
                                                                         : Database::latestSchemaVersion();
                QVERIFY(zip.addBytes(QStringLiteral("manifest.json"),
                                     manifestBytes(schema, kind == QLatin1String("newer-format") ? 2 : 1)));
            }
            QVERIFY(zip.addBytes(QStringLiteral("store.sqlite"), database));
            if (kind == QLatin1String("escape"))
                QVERIFY(zip.addBytes(QStringLiteral("files/../../evil.txt"), "x"));
            QString error;
            QVERIFY2(zip.finish(&error), qPrintable(error));
        }
        s.close();
        const QByteArray before = Peek(s.db()).dump();
        const QStringList files = listing(s.t.dir.path());

        const Result refused = BackupService::restore(s.db(), bad, s.master, defaultNow(), nullptr);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY(!refused.message.isEmpty());
        QCOMPARE(Peek(s.db()).dump(), before);
        QCOMPARE(listing(s.t.dir.path()), files);
        QCOMPARE(readFile(s.photo()), QByteArrayLiteral("\xff\xd8 a claim photo"));
    }

    void refusesWhileAnotherSellerDeskHoldsTheStore()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString file = s.path(QStringLiteral("b.sdbackup"));
        QVERIFY(s.backup(file).ok());
        s.close();
        InstanceLock running(s.db()); // the GUI that has the store open
        QString error;
        QVERIFY2(okOr(running.acquire(), &error), qPrintable(error));
        const QByteArray before = Peek(s.db()).dump();
        const QStringList files = listing(s.t.dir.path());
        const Result refused = BackupService::restore(s.db(), file, s.master, defaultNow(), nullptr);
        QCOMPARE(refused.kind, ErrorKind::Storage);
        QCOMPARE(Peek(s.db()).dump(), before);
        QCOMPARE(listing(s.t.dir.path()), files);
    }

    // On a new computer there is no store yet: nothing to protect, nobody to ask.
    void restoresWhereNoStoreIsYet()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString file = s.path(QStringLiteral("b.sdbackup"));
        QVERIFY(s.backup(file).ok());
        QTemporaryDir fresh;
        const QString db = fresh.filePath(QStringLiteral("new/sellerdesk.sqlite"));
        RestoreReport report;
        const Result restored = BackupService::restore(db, file, UserSession{}, defaultNow(), &report);
        QVERIFY2(restored.ok(), qPrintable(restored.message));
        QVERIFY(report.keptStore.isEmpty());
        QCOMPARE(Peek(db).orderNos(), kOrderNos);
        QCOMPARE(readFile(QDir(storeFilesFolder(db)).filePath(QStringLiteral("claims/17/photo.jpg"))),
                 QByteArrayLiteral("\xff\xd8 a claim photo"));
    }

    void retentionKeepsSevenDailyAndFourWeekly_data()
    {
        QTest::addColumn<QList<QDateTime>>("times");
        QTest::addColumn<QList<QDate>>("kept");
        const auto at = [](const QDate &d, int hour = 9) {
            return QDateTime(d, QTime(hour, 0), QTimeZone::utc());
        };
        const QDate sun(2024, 6, 30); // a Sunday

        // A backup every day for 60 days: the last 7 days, then the newest of each of 4 earlier weeks.
        QList<QDateTime> daily;
        for (int i = 0; i < 60; ++i)
            daily << at(sun.addDays(-i));
        QTest::newRow("every day") << daily
                                   << QList<QDate>{QDate(2024, 6, 30), QDate(2024, 6, 29), QDate(2024, 6, 28),
                                                   QDate(2024, 6, 27), QDate(2024, 6, 26), QDate(2024, 6, 25),
                                                   QDate(2024, 6, 24),
                                                   // weeks before Mon 24 June: Sun 23, 16, 9, 2 June
                                                   QDate(2024, 6, 23), QDate(2024, 6, 16), QDate(2024, 6, 9),
                                                   QDate(2024, 6, 2)};

        // Two on one day: the later one is that day's backup.
        QList<QDateTime> twice{at(sun, 8), at(sun, 20), at(sun.addDays(-1))};
        QTest::newRow("two on one day") << twice << QList<QDate>{sun, sun.addDays(-1)};

        // A backup every third day: the 7 days that have one reach 18 days back; a long break never
        // deletes them all.
        QList<QDateTime> sparse;
        for (int i = 0; i < 60; i += 3)
            sparse << at(sun.addDays(-i));
        QList<QDate> sparseKept;
        for (int i = 0; i <= 18; i += 3)
            sparseKept << sun.addDays(-i);
        // Before Wed 12 June (-18), the newest of each week: Sun 9 June, Fri 31 May, Sat 25 May, Sun 19 May.
        sparseKept << QDate(2024, 6, 9) << QDate(2024, 5, 31) << QDate(2024, 5, 25) << QDate(2024, 5, 19);
        QTest::newRow("every third day") << sparse << sparseKept;

        QTest::newRow("none") << QList<QDateTime>{} << QList<QDate>{};
        QTest::newRow("fewer than seven")
            << QList<QDateTime>{at(sun), at(sun.addDays(-10))} << QList<QDate>{sun, sun.addDays(-10)};
    }

    void retentionKeepsSevenDailyAndFourWeekly()
    {
        QFETCH(QList<QDateTime>, times);
        QFETCH(QList<QDate>, kept);
        // In any order: the rule sorts.
        QList<QDateTime> shuffled = times;
        std::reverse(shuffled.begin(), shuffled.end());
        for (const QList<QDateTime> &input : {times, shuffled}) {
            const QList<int> keep = BackupService::keptBackups(input);
            QList<QDateTime> keptTimes;
            for (int i : keep)
                keptTimes << input.at(i);
            std::sort(keptTimes.begin(), keptTimes.end(), std::greater<>());
            QList<QDate> keptDates;
            for (const QDateTime &t : keptTimes)
                keptDates << t.date();
            QCOMPARE(keptDates, kept);
        }
        // "Two on one day" keeps the evening one.
        if (QTest::currentDataTag() == QLatin1String("two on one day"))
            QCOMPARE(times.at(BackupService::keptBackups(times).first()).time(), QTime(20, 0));
    }

    void automaticBackupOnceADayAndPruned()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const QString folder = BackupService::automaticBackupFolder(s.db());
        QCOMPARE(folder, s.path(QStringLiteral("backups")));
        // Thirty earlier days of automatic backups, a backup the user put there, another store's.
        QVERIFY(QDir().mkpath(folder));
        const QDate today(2024, 5, 13);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(writeFile(
                QDir(folder).filePath(QStringLiteral("store-%1-090000.sdbackup")
                                          .arg(today.addDays(-i).toString(QStringLiteral("yyyyMMdd")))),
                "old"));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("my own.sdbackup")), "mine"));
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("other-20240101-090000.sdbackup")), "other"));

        const AutoBackupReport first = BackupService::runAutomaticBackup(s.db(), defaultNow());
        QVERIFY2(first.result.ok(), qPrintable(first.result.message));
        QVERIFY(first.made);
        QCOMPARE(first.info.file, QDir(folder).filePath(QStringLiteral("store-20240513-100000.sdbackup")));
        QCOMPARE(modeOf(first.info.file), 0600);
        QVERIFY(BackupService::readManifest(first.info.file, nullptr).ok());
        // 31 automatic backups: 7 daily + 4 weekly stay.
        QCOMPARE(first.pruned.size(), 31 - 11);
        QStringList left = QDir(folder).entryList(QDir::Files);
        QCOMPARE(left.size(), 11 + 2);
        QVERIFY(left.contains(QStringLiteral("my own.sdbackup")));
        QVERIFY(left.contains(QStringLiteral("other-20240101-090000.sdbackup")));
        QCOMPARE(countRows(s.t.db(), QStringLiteral("audit_log WHERE action = 'backup.auto'")), 1);

        // Later the same day: nothing new.
        const AutoBackupReport again = BackupService::runAutomaticBackup(s.db(), defaultNow().addSecs(7200));
        QVERIFY(again.result.ok());
        QVERIFY(!again.made);
        QCOMPARE(QDir(folder).entryList(QDir::Files), left);

        // The setting that turns them off.
        QVERIFY(BackupService(s.t.workspace(), s.master).automaticBackupsOn());
        QVERIFY(s.t.workspace()
                    .settings()
                    .set(s.master, Settings::Key::AutoBackup, QStringLiteral("0"), defaultNow())
                    .ok());
        QVERIFY(!BackupService(s.t.workspace(), s.master).automaticBackupsOn());
    }

    void automaticBackupFolderIsOwnerOnly()
    {
        Store s;
        QVERIFY2(s.t.ok(), qPrintable(s.t.error));
        const mode_t old = ::umask(022);
        const AutoBackupReport r = BackupService::runAutomaticBackup(s.db(), defaultNow());
        ::umask(old);
        QVERIFY2(r.result.ok(), qPrintable(r.result.message));
        QCOMPARE(modeOf(BackupService::automaticBackupFolder(s.db())), 0700);
        QCOMPARE(modeOf(r.info.file), 0600);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "test_backup_service.moc"
