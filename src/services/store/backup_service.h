#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace sd {

class Workspace;

// What a backup says about itself (manifest.json inside the archive).
struct BackupManifest
{
    int formatVersion = 0;
    int schemaVersion = 0; // PRAGMA user_version of the database inside
    QDateTime createdAt;   // UTC
    QString appVersion;
    QString storeName;
    int files = 0; // entries of the store's files folder
};

// A backup that was written: where, how big, what it holds.
struct BackupInfo
{
    QString file;
    qint64 bytes = 0;
    BackupManifest manifest;
};

// What a restore did, for the message that says so.
struct RestoreReport
{
    QString store; // the database file that now holds the backup
    QString backupFile;
    BackupManifest manifest;
    QString keptStore;       // the store that was replaced, now under a dated name; empty when none was
    QString keptFiles;       // its files folder under the same dated name; empty when it had none
    QString migrationBackup; // an older backup was migrated on open: the copy made before
};

// A backup checked whole and unpacked beside the store, ready to take its place
// (BackupService::prepareRestore, then finishRestore or discardRestore).
struct PreparedRestore
{
    QString databasePath; // absolute
    QString backupFile;   // absolute
    BackupManifest manifest;
    QString stagedDatabase; // "<store>.restore-part", checked
    QString stagedFiles;    // "<store>.files.restore-part" (absent when the backup has no files)
    bool storeExisted = false;
    bool ready() const { return !stagedDatabase.isEmpty(); }
};

// One automatic backup at start.
struct AutoBackupReport
{
    Result result;
    bool made = false;  // false: one was made today already, or they are switched off
    BackupInfo info;    // when made
    QStringList pruned; // older automatic backups removed by the retention rule
};

// Backups of a store: one file the user can move (a zip archive holding a consistent SQLite snapshot,
// the store's files folder and a manifest), restore from such a file, and a daily automatic backup.
//
// Contract:
// - Back up and restore need Permission::Backup; the service checks it, so the CLI obeys it too.
//   An automatic backup needs none: it stays beside the store and protects whoever works in it.
// - Every backup is written to "<target>.part" (0600 from its first byte), verified (every entry read
//   back against its CRC, the manifest, the snapshot passed PRAGMA integrity_check before it was
//   packed) and only then renamed to its name. A failure leaves no file. Each one writes an audit row
//   (backup.create, backup.auto).
// - Restore checks the whole backup before it touches anything (the archive reads, the manifest is
//   ours, the database inside passes integrity_check, its schema is not newer than this program; an
//   older one is migrated by the normal open), refuses while another running SellerDesk holds the
//   store (InstanceLock) and then swaps: the current store (with its -wal, -shm and files folder) is
//   kept under "<store>.before-restore-YYYYMMDD-HHMMSS.*", the backup takes its place, and the
//   restored store gets an audit row (backup.restore). Any failure puts everything back as it was.
//   The caller must have closed its own connections to the store and released its lock.
// - Nothing here depends on a thread: automatic backups run on a worker thread with their own
//   connection, so the window stays responsive.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(sd::BackupService)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepWeekly = 4;

    BackupService(Workspace &workspace, const UserSession &user);

    // The backup of the open store into `targetFile` (replaced when it exists).
    Result backup(const QString &targetFile, BackupInfo *info = nullptr);
    // "sellerdesk-backup-YYYYMMDD-HHMM.sdbackup" in the Seoul time of now, for save dialogs.
    QString suggestedFileName() const;
    // False when automatic backups are switched off in the settings (backup.auto = 0).
    bool automaticBackupsOn() const;

    // Reads only the manifest: enough to say what a file is before asking "restore this?". BadInput
    // when it is not a SellerDesk backup.
    static Result readManifest(const QString &backupFile, BackupManifest *manifest);

    // Replaces the store at `databasePath` with the backup (see the contract above). `user` is the
    // session of the store being replaced; it needs Permission::Backup. When no store exists there yet
    // (a new computer), there is nothing to protect and nobody to ask: the backup's own accounts guard
    // its data, and `user` may be empty.
    static Result restore(const QString &databasePath, const QString &backupFile, const UserSession &user,
                          const QDateTime &now, RestoreReport *report);
    // The same in two steps, for a program that has the store open while the slow part runs (the
    // GUI: on a worker, its window painting): prepareRestore checks the permission and the whole
    // backup and unpacks it beside the store, checked (any thread; `progress` is told done of total
    // steps from that thread); it touches nothing of the store, and the running program's own
    // InstanceLock keeps other SellerDesks out meanwhile. After the caller closed its connections
    // and released the lock, finishRestore takes the lock, checks the permission again and swaps
    // (the same contract as restore()). discardRestore removes what prepareRestore unpacked (a
    // cancelled restore); finishRestore does so itself when it fails.
    static Result prepareRestore(const QString &databasePath, const QString &backupFile,
                                 const UserSession &user, PreparedRestore *prepared,
                                 const std::function<void(int done, int total)> &progress = {});
    static Result finishRestore(const PreparedRestore &prepared, const UserSession &user,
                                const QDateTime &now, RestoreReport *report);
    static void discardRestore(const PreparedRestore &prepared);
    // What a restore did, in sentences for the user: which backup went where, where the old store is.
    static QString restoreSummary(const RestoreReport &report);

    // "<folder of the store>/backups": automatic backups of every store in that folder, each named
    // "<store>-YYYYMMDD-HHMMSS.sdbackup" (Seoul time).
    static QString automaticBackupFolder(const QString &databasePath);
    // Makes today's automatic backup unless one exists (any thread; opens its own connection), then
    // prunes older automatic backups of this store by keptBackups(). Files the user made elsewhere are
    // never touched.
    static AutoBackupReport runAutomaticBackup(const QString &databasePath, const QDateTime &now);

    // The retention rule, a pure function: given the times (Seoul wall clock) of the automatic backups,
    // the indexes of those to keep — the newest backup of each of the last kKeepDaily days that have
    // one, then the newest of each of the kKeepWeekly ISO weeks (Monday first) before those days.
    // Going by days that have a backup, not by the calendar, a long holiday never deletes them all.
    static QList<int> keptBackups(const QList<QDateTime> &times);

private:
    static Result swapIn(const PreparedRestore &prepared, const UserSession &user, const QDateTime &now,
                         RestoreReport *report);
    static Result writeBackup(const QString &databasePath, const QString &targetFile, const QDateTime &now,
                              qint64 userId, bool automatic, BackupInfo *info);

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
