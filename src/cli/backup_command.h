#pragma once
#include <QStringList>

namespace sd {

class CliContext;

// sellerdesk-cli backup --out FILE and sellerdesk-cli restore FILE (BackupService). Exit codes: 0 done,
// 2 usage, 3 login failed or permission denied, 4 not a backup / damaged (nothing changed), 6 storage.
int runBackup(CliContext &context, const QStringList &args);
int runRestore(CliContext &context, const QStringList &args);

} // namespace sd
