#include "ui/orders/dispatch_import_flow.h"

#include "services/orders/dispatch_import.h"
#include "ui/common/bulk_flow.h"
#include "ui/common/file_password.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace sd {

bool importDispatchFile(QWidget *parent, Workspace &workspace, const UserSession &user,
                        const QString &fileName, QString *message)
{
    const QString title = QCoreApplication::translate("sd::DispatchImportFlow", "Import tracking numbers");
    QByteArray bytes;
    const Result read = DispatchImportService::readFile(fileName, &bytes);
    if (!read.ok()) {
        QMessageBox::warning(parent, title, read.message);
        return false;
    }
    DispatchImportService service(workspace, user);
    const QString name = QFileInfo(fileName).fileName();
    // A password-protected download is decrypted once here; the preview and the apply read the plain file.
    while (DispatchImportService::needsPassword(bytes)) {
        const std::optional<QString> password = askFilePassword(parent, title, name);
        if (!password)
            return false;
        QByteArray plain;
        bool wrong = false;
        const Result unlocked = DispatchImportService::unlock(bytes, *password, &plain, &wrong);
        if (unlocked.ok()) {
            bytes = plain;
            break;
        }
        QMessageBox::warning(parent, title, unlocked.message);
        if (!wrong)
            return false; // damaged: asking again would not help
    }
    BulkFlowSpec spec;
    spec.view.title = title;
    spec.view.keyHeader = QCoreApplication::translate("sd::DispatchImportFlow", "Product order no.");
    spec.view.labelHeader = QCoreApplication::translate("sd::DispatchImportFlow", "Row");
    spec.view.countText = [](int n) {
        return QCoreApplication::translate("sd::DispatchImportFlow", "%n rows", nullptr, n);
    };
    spec.view.allOrNothing = true;
    spec.view.blockedHint = QCoreApplication::translate(
        "sd::DispatchImportFlow", "Nothing will be changed until the file is corrected.");
    spec.intro = name;
    spec.reportOnSuccess = false; // the status bar says it; the preview showed every row
    spec.run = [&](const QStringList &, bool dryRun, const BulkControl &control) {
        return service.importBytes(bytes, dryRun, dryRun ? QString() : name, control);
    };
    const BulkFlowResult result = runBulkFlow(parent, spec);
    if (!result.written)
        return false;
    *message = QCoreApplication::translate("sd::DispatchImportFlow",
                                           "Imported tracking numbers: %n orders dispatched", nullptr,
                                           int(result.report.writtenKeys().size()));
    return true;
}

} // namespace sd
