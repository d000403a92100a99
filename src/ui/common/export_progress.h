#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "services/common/export_service.h"

class QWidget;

namespace sd {

class Workspace;

// Runs one export (ExportService) with a progress dialog and a Cancel button: the rows are read and
// written on the job's worker thread, the GUI thread only receives progress, so the window keeps
// painting and the dialog answers at once. The dialog is window-modal (the table cannot change under
// the export) and shows itself only when the export takes longer than a moment. Returns when the
// export has ended: ok when the file is in place; `cancelled` tells a cancel from a failure.
Result runExportWithProgress(QWidget *parent, Workspace &workspace, const UserSession &user,
                             const ExportRequest &request, const QString &label, bool *cancelled = nullptr);

// Asks where to save an export: an Excel workbook, CSV for Excel or CSV in CP949, starting in the
// Documents folder with `suggestedName` (without extension). The chosen type decides, and the file name
// gets its extension. False when the user cancelled.
bool chooseExportFile(QWidget *parent, const QString &title, const QString &suggestedName, QString *file,
                      ExportFormat *format);

} // namespace sd
