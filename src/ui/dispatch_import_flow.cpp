#include "ui/dispatch_import_flow.h"

#include "services/dispatch_import.h"
#include "ui/bulk_result_dialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace sd {

namespace {

} // namespace

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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DispatchImport preview = service.importBytes(bytes, true);
    QApplication::restoreOverrideCursor();
    // One problem (an unreadable file, a missing column, one bad row) needs no table.
    if (!preview.ok() && preview.outcomes.size() <= 1) {
        QMessageBox::warning(parent, title, preview.result.message);
        return false;
    }
    QString intro = QFileInfo(fileName).fileName();
    if (preview.ok() && preview.unchanged > 0)
        intro +=
            QLatin1Char('\n') + QCoreApplication::translate("sd::DispatchImportFlow",
                                                            "%n rows are already registered with the same "
                                                            "number and stay as they are.",
                                                            nullptr, preview.unchanged);
    BulkResultDialog ask(BulkResultDialog::Mode::Preview, title, intro, preview.outcomes, parent, true);
    if (ask.exec() != QDialog::Accepted || !preview.ok())
        return false;
    if (preview.changed == 0) {
        QMessageBox::information(
            parent, title,
            QCoreApplication::translate("sd::DispatchImportFlow",
                                        "Every row was already registered; nothing changed."));
        return false;
    }
    const DispatchImport applied = service.importBytes(bytes, false, QFileInfo(fileName).fileName());
    if (!applied.ok()) { // the orders changed since the preview: say why per row
        BulkResultDialog(BulkResultDialog::Mode::Report, title, applied.result.message, applied.outcomes,
                         parent)
            .exec();
        return false;
    }
    *message = QCoreApplication::translate("sd::DispatchImportFlow",
                                           "Imported tracking numbers: %n orders dispatched", nullptr,
                                           applied.changed);
    return true;
}

} // namespace sd
