#pragma once
#include "core/access/user_session.h"
#include "io/marketplace/dispatch_upload.h"

#include <QList>

#include <QString>

class QWidget;

namespace sd {

class Workspace;

// File › 송장 일괄 가져오기: reads a bulk dispatch upload file and runs the shared preview-then-apply
// flow (ui/bulk_flow.h) over it: what it would do to every row, with the reason for any row that cannot
// be applied; the whole file is applied when the user agrees and every row can be (a big file in
// stages, with progress). When some rows are bad and some good, the preview also offers to dispatch
// the applicable ones alone (the service's skip-bad) and to save the rows with errors as a result file
// in the upload layout. True when orders were written; `message` is then for the status bar (a partly
// done import has shown its report).
bool importDispatchFile(QWidget *parent, Workspace &workspace, const UserSession &user,
                        const QString &fileName, QString *message);
// Asks where to save the rows not applied of `uploadName` and writes the result file there.
void saveResultFile(QWidget *parent, const QString &title, const QString &uploadName,
                    const QList<DispatchUploadRow> &rows);

} // namespace sd
