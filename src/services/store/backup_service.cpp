#include "services/store/backup_service.h"

#include "core/calendar/seoul_time.h"
#include "io/formats/zip_archive.h"
#include "services/common/app_log.h"
#include "services/store/settings.h"
#include "services/store/workspace.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/common/instance_lock.h"
#include "storage/common/store_repository.h"
#include "storage/common/user_repository.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

namespace sd {

namespace {

const QString kManifestEntry = QStringLiteral("manifest.json");
const QString kDatabaseEntry = QStringLiteral("store.sqlite");
const QString kFilesPrefix = QStringLiteral("files/");
const QString kFormatName = QStringLiteral("sellerdesk-backup");
const QString kSuffix = QStringLiteral(".sdbackup");
constexpr qint64 kMaxManifestBytes = 64 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A name no other backup running at the same moment (the GUI's automatic one, a CLI command) picks.
QString uniqueSibling(const QString &path, const char *what)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1.%2-%3-%4")
        .arg(path, QLatin1String(what))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QByteArray manifestJson(const BackupManifest &m)
{
    const QJsonObject o{{QStringLiteral("format"), kFormatName},
                        {QStringLiteral("formatVersion"), m.formatVersion},
                        {QStringLiteral("schemaVersion"), m.schemaVersion},
                        {QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("appVersion"), m.appVersion},
                        {QStringLiteral("store"), m.storeName},
                        {QStringLiteral("files"), m.files}};
    return QJsonDocument(o).toJson();
}

bool parseManifest(const QByteArray &bytes, BackupManifest *m)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormatName)
        return false;
    m->formatVersion = o.value(QStringLiteral("formatVersion")).toInt();
    m->schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    m->createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    m->appVersion = o.value(QStringLiteral("appVersion")).toString();
    m->storeName = o.value(QStringLiteral("store")).toString();
    m->files = o.value(QStringLiteral("files")).toInt();
    return m->formatVersion > 0;
}

// An entry of the files folder may only land inside it: no "..", no absolute path, no drive letter.
bool safeFileEntry(const QString &name)
{
    if (!name.startsWith(kFilesPrefix) || name.size() == kFilesPrefix.size() ||
        name.endsWith(QLatin1Char('/')))
        return true; // folder entries are skipped, not refused
    const QString rel = name.mid(kFilesPrefix.size());
    return !rel.contains(QLatin1Char('\\')) && !rel.contains(QLatin1Char(':')) &&
           !rel.startsWith(QLatin1Char('/')) && QDir::cleanPath(rel) == rel &&
           !rel.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

bool isFileEntry(const QString &name)
{
    return name.startsWith(kFilesPrefix) && name.size() > kFilesPrefix.size() &&
           !name.endsWith(QLatin1Char('/'));
}

// The files of the store's files folder, relative to it, in a stable order. Links are left out: a
// backup holds the store's own files, not what a link points to.
QStringList storeFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

QString badBackup(const QString &file)
{
    return BackupService::tr("%1 is not a SellerDesk backup, or it is incomplete.").arg(native(file));
}

// Renames done during a restore, undone in reverse order when a later step fails.
class Moves
{
public:
    bool move(const QString &from, const QString &to)
    {
        if (!QFileInfo::exists(from))
            return true;
        if (!QFile::rename(from, to) && !QDir().rename(from, to))
            return false;
        m_done.append({from, to});
        return true;
    }
    void undo()
    {
        for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
            if (!QFile::rename(it->second, it->first))
                QDir().rename(it->second, it->first);
        }
        m_done.clear();
    }

private:
    QList<QPair<QString, QString>> m_done;
};

} // namespace

BackupService::BackupService(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

QString BackupService::suggestedFileName() const
{
    return QStringLiteral("sellerdesk-backup-%1%2")
        .arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("yyyyMMdd-HHmm")), kSuffix);
}

bool BackupService::automaticBackupsOn() const
{
    return m_ws.settings().intValue(Settings::Key::AutoBackup) != 0;
}

Result BackupService::backup(const QString &targetFile, BackupInfo *info)
{
    if (!m_user.can(Permission::Backup))
        return Result::fail(
            ErrorKind::Permission,
            tr("Your role (%1) may not make or restore backups.").arg(roleLabel(m_user.role)));
    const QString target = QFileInfo(targetFile).absoluteFilePath();
    const QString database = QFileInfo(m_ws.databasePath()).absoluteFilePath();
    // The store, its journals and its files folder all start with the database's name.
    if (target.startsWith(database))
        return Result::fail(ErrorKind::BadInput,
                            tr("A backup cannot replace the store or its files. Choose another file name."));
    return writeBackup(database, target, m_ws.clock().nowUtc(), m_user.userId, false, info);
}

Result BackupService::writeBackup(const QString &databasePath, const QString &targetFile,
                                  const QDateTime &now, qint64 userId, bool automatic, BackupInfo *info)
{
    // Its own connection: this may run on a worker thread, and the snapshot is read without holding up
    // the program's own connection.
    Result opened;
    const std::unique_ptr<Database> db = Database::open(databasePath, &opened);
    if (!db)
        return storageFailure(tr("The store could not be opened for the backup: %1").arg(opened.message),
                              opened);
    const QString part = targetFile + QStringLiteral(".part");
    const QString snapshot = uniqueSibling(databasePath, "snapshot");
    const auto cleanUp = [&] {
        QFile::remove(snapshot);
        QFile::remove(part);
    };
    const auto failed = [&](const QString &why, const Result &cause = Result::success()) {
        cleanUp();
        const QString message = tr("The backup could not be written to %1: %2").arg(native(targetFile), why);
        return cause.ok() ? Result::fail(ErrorKind::Storage, message) : storageFailure(message, cause);
    };
    if (!QDir().mkpath(QFileInfo(targetFile).absolutePath()))
        return failed(tr("the folder cannot be created."));
    // A consistent copy (VACUUM INTO, integrity-checked), beside the store: the same disk, not a small
    // temporary folder in memory.
    if (const Result copied = db->backupTo(snapshot); !copied.ok())
        return failed(copied.message, copied);

    BackupManifest manifest;
    manifest.formatVersion = kFormatVersion;
    manifest.schemaVersion = db->schemaVersion();
    manifest.createdAt = now.toUTC();
    manifest.appVersion = QCoreApplication::applicationVersion();
    if (const auto profile = StoreRepository(db->connection()).profile())
        manifest.storeName = profile->name;
    const QString filesFolder = storeFilesFolder(databasePath);
    const QStringList files = storeFiles(filesFolder);
    manifest.files = int(files.size());

    {
        ZipArchiveWriter zip(part);
        bool added = zip.isOpen() && zip.addBytes(kManifestEntry, manifestJson(manifest)) &&
                     zip.addFile(kDatabaseEntry, snapshot, true);
        for (const QString &f : files) {
            if (added)
                added = zip.addFile(kFilesPrefix + f, QDir(filesFolder).filePath(f));
        }
        QString zipError;
        if (!added || !zip.finish(&zipError))
            return failed(tr("the archive could not be written."),
                          Result::fail(ErrorKind::Storage, QString(),
                                       zip.errorString().isEmpty() ? zipError : zip.errorString()));
    }
    QFile::remove(snapshot);

    // Read back what was written before it takes its name: every entry against its CRC, and the
    // manifest as a restore would read it.
    {
        ZipArchiveReader check(part);
        BackupManifest readBack;
        QByteArray bytes;
        bool good = check.isOpen() &&
                    check.read(kManifestEntry, kMaxManifestBytes, &bytes) == ZipArchiveReader::Status::Ok &&
                    parseManifest(bytes, &readBack) && readBack.schemaVersion == manifest.schemaVersion &&
                    check.entryNames().size() == files.size() + 2;
        const QStringList entries = check.entryNames();
        for (const QString &name : entries) {
            if (good && name != kManifestEntry)
                good = check.verify(name) == ZipArchiveReader::Status::Ok;
        }
        if (!good)
            return failed(tr("the written file did not read back correctly."));
    }

    QFile::remove(targetFile);
    if (!QFile::rename(part, targetFile))
        return failed(tr("it could not be renamed from %1.").arg(native(part)));

    // The audit row comes last, in a short transaction of its own: nobody waited for the packing.
    const qint64 bytes = QFileInfo(targetFile).size();
    QSqlDatabase conn = db->connection();
    WriteTransaction tx(conn);
    const QString detail = QStringLiteral("file=%1 bytes=%2 files=%3 schema=%4")
                               .arg(targetFile)
                               .arg(bytes)
                               .arg(files.size())
                               .arg(manifest.schemaVersion);
    Result logged = tx.status();
    if (logged.ok())
        logged =
            writeAudit(conn, now, userId, automatic ? AuditAction::BackupAuto : AuditAction::BackupCreate,
                       QStringLiteral("backup"), QFileInfo(targetFile).fileName(), detail);
    if (logged.ok())
        logged = tx.commit();
    if (!logged.ok()) {
        QFile::remove(targetFile); // a backup nobody can account for is not kept
        return storageFailure(tr("The backup could not be logged, so it was not kept."), logged);
    }
    if (info) {
        info->file = targetFile;
        info->bytes = bytes;
        info->manifest = manifest;
    }
    return Result::success();
}

Result BackupService::readManifest(const QString &backupFile, BackupManifest *manifest)
{
    if (!QFileInfo(backupFile).isFile())
        return Result::fail(ErrorKind::BadInput, tr("There is no file %1.").arg(native(backupFile)));
    ZipArchiveReader zip(backupFile);
    QByteArray bytes;
    BackupManifest m;
    if (!zip.isOpen() ||
        zip.read(kManifestEntry, kMaxManifestBytes, &bytes) != ZipArchiveReader::Status::Ok ||
        !parseManifest(bytes, &m))
        return Result::fail(ErrorKind::BadInput, badBackup(backupFile));
    if (m.formatVersion > kFormatVersion)
        return Result::fail(ErrorKind::BadInput,
                            tr("%1 was made by a newer version of SellerDesk. Please update SellerDesk to "
                               "restore it.")
                                .arg(native(backupFile)));
    if (manifest)
        *manifest = m;
    return Result::success();
}

Result BackupService::prepareRestore(const QString &databasePathIn, const QString &backupFileIn,
                                     const UserSession &user, PreparedRestore *prepared,
                                     const std::function<void(int done, int total)> &progress)
{
    *prepared = PreparedRestore();
    const QString databasePath = QFileInfo(databasePathIn).absoluteFilePath();
    const QString backupFile = QFileInfo(backupFileIn).absoluteFilePath();
    const bool storeExists = QFileInfo(databasePath).isFile() && QFileInfo(databasePath).size() > 0;
    if (storeExists && !user.can(Permission::Backup))
        return Result::fail(ErrorKind::Permission,
                            tr("Your role (%1) may not make or restore backups.").arg(roleLabel(user.role)));

    // 1. The backup, checked whole before anything is touched.
    BackupManifest manifest;
    const Result readable = readManifest(backupFile, &manifest);
    if (!readable.ok())
        return readable;
    ZipArchiveReader zip(backupFile);
    const QStringList entries = zip.entryNames();
    if (!entries.contains(kDatabaseEntry))
        return Result::fail(ErrorKind::BadInput, badBackup(backupFile));
    for (const QString &name : entries) {
        if (!safeFileEntry(name))
            return Result::fail(ErrorKind::BadInput,
                                tr("%1 holds a file outside the store's folder (%2); it is not restored.")
                                    .arg(native(backupFile), name));
    }
    const int latest = Database::latestSchemaVersion();
    if (manifest.schemaVersion > latest)
        return Result::fail(ErrorKind::BadInput,
                            tr("%1 was made by a newer version of SellerDesk (schema %2, this program knows "
                               "%3). Please update SellerDesk to restore it.")
                                .arg(native(backupFile))
                                .arg(manifest.schemaVersion)
                                .arg(latest));

    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()))
        return Result::fail(
            ErrorKind::Storage,
            tr("The folder %1 cannot be created.").arg(native(QFileInfo(databasePath).absolutePath())));
    // 2. Unpacked beside the store (the same disk, so the swap is a rename) and checked there.
    const QString stagedDb = databasePath + QStringLiteral(".restore-part");
    const QString filesFolder = storeFilesFolder(databasePath);
    const QString stagedFiles = filesFolder + QStringLiteral(".restore-part");
    const auto removeStaged = [&] {
        removeSqliteFiles(stagedDb);
        QDir(stagedFiles).removeRecursively();
    };
    removeStaged(); // left over by a restore that was killed
    const auto unpackFailed = [&](ZipArchiveReader::Status status) {
        removeStaged();
        if (status == ZipArchiveReader::Status::WriteFailed)
            return Result::fail(
                ErrorKind::Storage,
                tr("The backup could not be unpacked next to the store in %1. Is the disk full?")
                    .arg(native(QFileInfo(databasePath).absolutePath())));
        return Result::fail(
            ErrorKind::BadInput,
            tr("%1 is damaged: a part of it does not read back as it was written.").arg(native(backupFile)));
    };
    int steps = 2, step = 0; // the database, its integrity check, then each file
    for (const QString &name : entries)
        steps += isFileEntry(name) ? 1 : 0;
    const auto tell = [&] {
        if (progress)
            progress(++step, steps);
    };
    if (progress)
        progress(0, steps);
    ZipArchiveReader::Status status = zip.extract(kDatabaseEntry, stagedDb);
    tell();
    if (status != ZipArchiveReader::Status::Ok)
        return unpackFailed(status);
    int stagedVersion = 0;
    if (!Database::checkCopy(stagedDb, &stagedVersion).ok() || stagedVersion != manifest.schemaVersion) {
        removeStaged();
        return Result::fail(
            ErrorKind::BadInput,
            tr("%1 is damaged: the database inside it does not pass SQLite's integrity check.")
                .arg(native(backupFile)));
    }
    tell();
    // A backup without files gives a store without a files folder (it is made when first needed).
    if (std::any_of(entries.begin(), entries.end(), isFileEntry)) {
        QDir().mkpath(stagedFiles);
        QFile::setPermissions(stagedFiles,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    for (const QString &name : entries) {
        if (!isFileEntry(name))
            continue;
        const QString target = QDir(stagedFiles).filePath(name.mid(kFilesPrefix.size()));
        QDir().mkpath(QFileInfo(target).absolutePath());
        status = zip.extract(name, target);
        if (status != ZipArchiveReader::Status::Ok)
            return unpackFailed(status);
        tell();
    }
    prepared->databasePath = databasePath;
    prepared->backupFile = backupFile;
    prepared->manifest = manifest;
    prepared->stagedDatabase = stagedDb;
    prepared->stagedFiles = stagedFiles;
    prepared->storeExisted = storeExists;
    return Result::success();
}

void BackupService::discardRestore(const PreparedRestore &prepared)
{
    if (prepared.stagedDatabase.isEmpty())
        return;
    removeSqliteFiles(prepared.stagedDatabase);
    QDir(prepared.stagedFiles).removeRecursively();
}

Result BackupService::finishRestore(const PreparedRestore &prepared, const UserSession &user,
                                    const QDateTime &now, RestoreReport *report)
{
    InstanceLock lock(prepared.databasePath);
    if (const Result locked = lock.acquire(); !locked.ok()) {
        discardRestore(prepared);
        return Result::fail(locked.kind, tr("The backup was not restored: %1").arg(locked.message));
    }
    return swapIn(prepared, user, now, report);
}

Result BackupService::restore(const QString &databasePathIn, const QString &backupFileIn,
                              const UserSession &user, const QDateTime &now, RestoreReport *report)
{
    const QString databasePath = QFileInfo(databasePathIn).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()))
        return Result::fail(
            ErrorKind::Storage,
            tr("The folder %1 cannot be created.").arg(native(QFileInfo(databasePath).absolutePath())));
    // Nobody else works in the store while it is unpacked beside it and swapped.
    InstanceLock lock(databasePath);
    if (const Result locked = lock.acquire(); !locked.ok())
        return Result::fail(locked.kind, tr("The backup was not restored: %1").arg(locked.message));
    PreparedRestore prepared;
    const Result checked = prepareRestore(databasePath, backupFileIn, user, &prepared);
    if (!checked.ok())
        return checked;
    return swapIn(prepared, user, now, report);
}

Result BackupService::swapIn(const PreparedRestore &prepared, const UserSession &user, const QDateTime &now,
                             RestoreReport *report)
{
    const QString &databasePath = prepared.databasePath;
    const QString &backupFile = prepared.backupFile;
    const BackupManifest &manifest = prepared.manifest;
    const bool storeExists = QFileInfo(databasePath).isFile() && QFileInfo(databasePath).size() > 0;
    if (storeExists && !user.can(Permission::Backup)) {
        discardRestore(prepared);
        return Result::fail(ErrorKind::Permission,
                            tr("Your role (%1) may not make or restore backups.").arg(roleLabel(user.role)));
    }
    if (!QFileInfo(prepared.stagedDatabase).isFile())
        return Result::fail(ErrorKind::Storage,
                            tr("The unpacked backup beside the store is gone; nothing was changed. Restore "
                               "it again."));
    const QString &stagedDb = prepared.stagedDatabase;
    const QString filesFolder = storeFilesFolder(databasePath);
    const QString &stagedFiles = prepared.stagedFiles;
    const auto removeStaged = [&] { discardRestore(prepared); };

    // 3. The swap: the current store is kept under a dated name, the backup takes its place.
    QString keptBase = databasePath + QStringLiteral(".before-restore-") +
                       formatSeoul(now, QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(keptBase + QStringLiteral(".sqlite")) ||
                    QFileInfo::exists(keptBase + QStringLiteral(".files"));
         ++n)
        keptBase = databasePath + QStringLiteral(".before-restore-") +
                   formatSeoul(now, QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("-%1").arg(n);
    const QString keptStore = keptBase + QStringLiteral(".sqlite");
    const QString keptFiles = keptBase + QStringLiteral(".files");
    const bool hadFiles = QFileInfo(filesFolder).isDir();
    Moves moves;
    bool swapped = true;
    // The journal files go with their database, under the names SQLite looks for.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (swapped)
            swapped = moves.move(databasePath + QLatin1String(suffix), keptStore + QLatin1String(suffix));
    }
    swapped = swapped && moves.move(filesFolder, keptFiles) && moves.move(stagedDb, databasePath) &&
              moves.move(stagedFiles, filesFolder);
    if (!swapped) {
        moves.undo();
        removeStaged();
        return Result::fail(ErrorKind::Storage,
                            tr("The store could not be replaced; nothing was changed. Check that no other "
                               "program uses %1.")
                                .arg(native(databasePath)));
    }

    // 4. Open as usual (an older backup is migrated here) and record the restore in the restored store.
    const auto putBack = [&](const Result &why) {
        removeSqliteFiles(databasePath);
        QDir(filesFolder).removeRecursively();
        moves.undo();
        removeStaged();
        return storageFailure(
            tr("The restored store could not be opened, so the previous one was put back: %1")
                .arg(why.message),
            why);
    };
    QString migrationBackup;
    Result failure;
    {
        Result opened;
        const std::unique_ptr<Database> db = Database::open(databasePath, &opened);
        if (!db)
            return putBack(opened);
        migrationBackup = db->lastMigrationBackup();
        QSqlDatabase conn = db->connection();
        const auto account = UserRepository(conn).findByLogin(user.login);
        const QString detail = QStringLiteral("from=%1 made=%2 kept=%3 by=%4")
                                   .arg(backupFile, manifest.createdAt.toString(Qt::ISODate),
                                        storeExists ? keptStore : QStringLiteral("-"),
                                        user.login.isEmpty() ? QStringLiteral("-") : user.login);
        WriteTransaction tx(conn);
        failure = tx.status();
        if (failure.ok())
            failure = writeAudit(conn, now, account ? account->id : 0, AuditAction::BackupRestore,
                                 QStringLiteral("backup"), QFileInfo(backupFile).fileName(), detail);
        if (failure.ok())
            failure = tx.commit();
        if (!failure.ok())
            failure = failure.as(tr("the restore could not be logged."));
    } // the restored store is closed here
    if (!failure.ok())
        return putBack(failure);
    removeStaged(); // what SQLite may have left beside the staged copy while checking it
    if (report) {
        report->store = databasePath;
        report->backupFile = backupFile;
        report->manifest = manifest;
        report->keptStore = storeExists ? keptStore : QString();
        report->keptFiles = hadFiles ? keptFiles : QString();
        report->migrationBackup = migrationBackup;
    }
    return Result::success();
}

QString BackupService::restoreSummary(const RestoreReport &report)
{
    QStringList lines;
    lines << tr("Restored the backup %1 (made %2) into %3.")
                 .arg(native(report.backupFile), formatSeoul(report.manifest.createdAt),
                      native(report.store));
    if (!report.keptStore.isEmpty())
        lines << tr("The previous store was kept as %1.").arg(native(report.keptStore));
    if (!report.keptFiles.isEmpty())
        lines << tr("Its files were kept in %1.").arg(native(report.keptFiles));
    if (!report.migrationBackup.isEmpty())
        lines << tr("The backup came from an older version and was updated; a copy from before the update "
                    "is in %1.")
                     .arg(native(report.migrationBackup));
    return lines.join(QLatin1Char('\n'));
}

QString BackupService::automaticBackupFolder(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

AutoBackupReport BackupService::runAutomaticBackup(const QString &databasePath, const QDateTime &now)
{
    AutoBackupReport report;
    const QString folder = automaticBackupFolder(databasePath);
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            report.result =
                Result::fail(ErrorKind::Storage, tr("The folder %1 cannot be created.").arg(native(folder)));
            return report;
        }
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{8}-\\d{6})%2$")
            .arg(QRegularExpression::escape(base), QRegularExpression::escape(kSuffix)));
    const auto existing = [&] {
        QList<QPair<QString, QDateTime>> list;
        const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto m = pattern.match(name);
            if (!m.hasMatch())
                continue;
            // Seoul wall-clock time, kept in a UTC QDateTime so no time zone shifts it.
            QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
            t = QDateTime(t.date(), t.time(), QTimeZone::utc());
            if (t.isValid())
                list.append({name, t});
        }
        return list;
    };
    const QDate today = seoulDate(now);
    const auto before = existing();
    if (std::any_of(before.begin(), before.end(), [&](const auto &e) { return e.second.date() == today; }))
        return report; // one a day
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2%3").arg(base, formatSeoul(now, QStringLiteral("yyyyMMdd-HHmmss")), kSuffix));
    report.result = writeBackup(databasePath, target, now, 0, true, &report.info);
    if (!report.result.ok())
        return report; // nothing is pruned while the newest backup failed
    report.made = true;
    const auto all = existing();
    QList<QDateTime> times;
    for (const auto &e : all)
        times << e.second;
    const QList<int> keep = keptBackups(times);
    for (int i = 0; i < all.size(); ++i) {
        if (!keep.contains(i) && QFile::remove(QDir(folder).filePath(all.at(i).first)))
            report.pruned << all.at(i).first;
    }
    return report;
}

QList<int> BackupService::keptBackups(const QList<QDateTime> &times)
{
    QList<int> order;
    for (int i = 0; i < times.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return times.at(a) > times.at(b); });
    QList<int> keep;
    QSet<QDate> days;
    QDate oldestDaily;
    for (int i : order) {
        const QDate d = times.at(i).date();
        if (days.contains(d))
            continue; // an older backup of a day already kept
        if (days.size() == kKeepDaily)
            break;
        days.insert(d);
        oldestDaily = d;
        keep << i;
    }
    QSet<QPair<int, int>> weeks;
    for (int i : order) {
        const QDate d = times.at(i).date();
        if (!oldestDaily.isValid() || d >= oldestDaily)
            continue;
        int year = 0;
        const int week = d.weekNumber(&year);
        if (weeks.contains({year, week}))
            continue;
        if (weeks.size() == kKeepWeekly)
            break;
        weeks.insert({year, week});
        keep << i;
    }
    std::sort(keep.begin(), keep.end());
    return keep;
}

} // namespace sd
