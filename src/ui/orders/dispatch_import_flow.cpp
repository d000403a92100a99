#include "ui/orders/dispatch_import_flow.h"

#include "core/orders/order_field.h"
#include "services/orders/dispatch_import.h"
#include "ui/common/bulk_flow.h"
#include "ui/common/file_password.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>

namespace sd {

void saveResultFile(QWidget *parent, const QString &title, const QString &uploadName,
                    const QList<DispatchUploadRow> &rows)
{
    const QFileInfo upload(uploadName);
    const QString suggested = upload.dir().filePath(
        QCoreApplication::translate("sd::DispatchImportFlow", "%1-errors").arg(upload.completeBaseName()) +
        QStringLiteral(".xlsx"));
    QFileDialog ask(parent, QCoreApplication::translate("sd::DispatchImportFlow", "Save the rows with errors"),
                    suggested,
                    QCoreApplication::translate("sd::DispatchImportFlow",
                                                "Excel workbook (*.xlsx);;CSV for Excel (UTF-8) (*.csv)"));
    ask.setObjectName(QStringLiteral("resultFileDialog"));
    ask.setAcceptMode(QFileDialog::AcceptSave);
    ask.setDefaultSuffix(QStringLiteral("xlsx"));
    if (ask.exec() != QDialog::Accepted || ask.selectedFiles().isEmpty())
        return;
    QString fileName = ask.selectedFiles().constFirst();
    if (!DispatchImportService::resultFileFormat(fileName))
        fileName += ask.selectedNameFilter().contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                                              : QStringLiteral(".xlsx");
    const Result written = DispatchImportService::writeResultFile(fileName, rows);
    if (!written.ok()) {
        QMessageBox::warning(parent, title, written.message);
        return;
    }
    QMessageBox saved(QMessageBox::Information, title,
                      QCoreApplication::translate("sd::DispatchImportFlow",
                                                  "Saved %n rows with their errors to %1. Correct them there "
                                                  "and import the file again.",
                                                  nullptr, int(rows.size()))
                          .arg(QDir::toNativeSeparators(fileName)),
                      QMessageBox::Ok, parent);
    saved.setObjectName(QStringLiteral("resultSavedBox"));
    saved.exec();
}

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
    // The rows of the last answer that were not applied: what "Save the rows with errors…" writes.
    QList<DispatchUploadRow> notApplied;
    // 합포장: the service lists the rows of one 주문번호 together; the preview shows that number.
    QHash<QString, QString> orderNoOf;
    spec.view.extraHeaders = {orderFieldLabel(OrderField::OrderNo)};
    spec.view.extraCells = [&orderNoOf](const QString &key) { return QStringList{orderNoOf.value(key)}; };
    const auto importFile = [&](bool dryRun, bool skipBad, const BulkControl &control) {
        DispatchImportReport done =
            service.importUpload(bytes, {dryRun, skipBad, dryRun ? QString() : name, control});
        notApplied = done.notApplied;
        for (const BulkOutcome &o : std::as_const(done.report.outcomes)) {
            if (!o.key.isEmpty() && !o.group.isEmpty())
                orderNoOf.insert(o.key, o.group);
        }
        return done.report;
    };
    spec.run = [&](const QStringList &, bool dryRun, const BulkControl &control) {
        return importFile(dryRun, false, control);
    };
    // As the marketplaces do: the rows that can be applied, the others handed back as a file.
    spec.view.applyApplicableText = [](int n) {
        return QCoreApplication::translate("sd::DispatchImportFlow", "Dispatch the %n applicable orders",
                                           nullptr, n);
    };
    spec.runApplicable = [&](const BulkControl &control) { return importFile(false, true, control); };
    spec.view.saveProblemsText =
        QCoreApplication::translate("sd::DispatchImportFlow", "Save the rows with errors…");
    spec.view.saveProblems = [&](QWidget *dialog) { saveResultFile(dialog, title, fileName, notApplied); };
    const BulkFlowResult result = runBulkFlow(parent, spec);
    if (!result.written)
        return false;
    *message = result.report.partlyDone
                   ? QCoreApplication::translate("sd::DispatchImportFlow",
                                                 "Imported tracking numbers: %n orders dispatched; the rows "
                                                 "with errors were not applied",
                                                 nullptr, int(result.report.writtenKeys().size()))
                   : QCoreApplication::translate("sd::DispatchImportFlow",
                                                 "Imported tracking numbers: %n orders dispatched", nullptr,
                                                 int(result.report.writtenKeys().size()));
    return true;
}

} // namespace sd
