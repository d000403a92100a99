#include "cli/cli_context.h"
#include "cli/cli_text.h"
#include "cli/command_registry.h"
#include "cli/exit_code.h"
#include "core/calendar/clock.h"
#include "services/store/backup_service.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace sd {

namespace {

QJsonObject manifestJson(const BackupManifest &m)
{
    return QJsonObject{{QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("schemaVersion"), m.schemaVersion},
                       {QStringLiteral("appVersion"), m.appVersion},
                       {QStringLiteral("store"), m.storeName},
                       {QStringLiteral("files"), m.files}};
}

int runBackup(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("backup"));
    parser.addValue(QStringLiteral("out"), QStringLiteral("FILE"));
    parser.refuseArguments();
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    if (!parser.isSet(QStringLiteral("out")))
        return context.fail(
            ErrorKind::Usage,
            Cli::tr("Name the backup file with --out FILE (for example --out store.sdbackup)."));
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    // The rule of every output file (as export's --out): an existing folder, the backup's extension.
    if (const int code = context.checkOutputFile(
            QStringLiteral("out"), out, {QStringLiteral("sdbackup")}, false,
            Cli::tr("--out: name the backup file .sdbackup (\"%1\" would not open as what it is).")))
        return code;
    if (const int code = context.openExistingAndLogin())
        return code;
    BackupInfo info;
    const Result r = BackupService(context.workspace(), context.session()).backup(out, &info);
    if (!r.ok())
        return context.fail(r);
    Output &o = context.out();
    if (o.json()) {
        QJsonObject root{{QStringLiteral("ok"), true},
                         {QStringLiteral("file"), info.file},
                         {QStringLiteral("bytes"), info.bytes}};
        root.insert(QStringLiteral("manifest"), manifestJson(info.manifest));
        o.printJson(root);
    } else {
        o.text(Cli::tr("Backup saved to %1 (%2 bytes, %n files from the store's folder).", nullptr,
                       info.manifest.files)
                   .arg(QDir::toNativeSeparators(info.file), QLocale().toString(info.bytes)));
    }
    return ExitDone;
}

int runRestore(CliContext &context, const QStringList &args)
{
    CommandParser parser(QStringLiteral("restore"));
    QString error;
    if (!parser.parse(args, context.options(), &error))
        return context.fail(ErrorKind::Usage, error);
    const QStringList files = parser.positional();
    if (files.size() != 1)
        return context.fail(ErrorKind::Usage, Cli::tr("Name one backup file: sellerdesk-cli restore FILE."));
    const QString databasePath = QFileInfo(context.databasePath()).absoluteFilePath();
    UserSession user;
    if (QFileInfo(databasePath).isFile() && QFileInfo(databasePath).size() > 0) {
        // The store being replaced decides who may replace it. Its connection is closed before the swap.
        if (const int code = context.openExistingAndLogin())
            return code;
        if (const int code = context.require(Permission::Backup))
            return code;
        user = context.session();
        context.close();
    }
    RestoreReport report;
    const Result r =
        BackupService::restore(databasePath, files.first(), user, context.clock().nowUtc(), &report);
    if (!r.ok())
        return context.fail(r);
    Output &o = context.out();
    if (o.json()) {
        QJsonObject root{{QStringLiteral("ok"), true},
                         {QStringLiteral("restored"), report.backupFile},
                         {QStringLiteral("store"), databasePath},
                         {QStringLiteral("keptStore"), report.keptStore},
                         {QStringLiteral("keptFiles"), report.keptFiles}};
        root.insert(QStringLiteral("manifest"), manifestJson(report.manifest));
        o.printJson(root);
        return ExitDone;
    }
    o.text(BackupService::restoreSummary(report));
    return ExitDone;
}

const CommandRegistration
    kBackup({"backup", QT_TRANSLATE_NOOP("sd::Cli", "back the store up into one file"),
             QT_TRANSLATE_NOOP("sd::Cli", "--out FILE"),
             QT_TRANSLATE_NOOP(
                 "sd::Cli",
                 "Writes one .sdbackup file: a consistent copy of the store, the files kept beside it and a "
                 "manifest. "
                 "The file appears only when it is complete and has been read back. Needs the master role.\n"
                 "\n"
                 "  --out FILE   the backup file to write (not the store itself, nor a folder)"),
             &runBackup});

const CommandRegistration kRestore(
    {"restore", QT_TRANSLATE_NOOP("sd::Cli", "replace the store with a backup"),
     QT_TRANSLATE_NOOP("sd::Cli", "FILE"),
     QT_TRANSLATE_NOOP(
         "sd::Cli",
         "Checks the whole backup first (readable, a SellerDesk backup, undamaged, not from a newer "
         "SellerDesk), "
         "keeps the current store beside it as <store>.before-restore-<time>.sqlite (and its files folder), "
         "then puts the backup in its place and says what it did. A store open in a running SellerDesk "
         "window is not restored (exit 6). Needs the master role."),
     &runRestore});

} // namespace

} // namespace sd
