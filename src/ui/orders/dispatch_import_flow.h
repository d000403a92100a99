#pragma once
#include "core/access/user_session.h"

#include <QString>

class QWidget;

namespace sd {

class Workspace;

// File › 송장 일괄 가져오기: reads a bulk dispatch upload file and runs the shared preview-then-apply
// flow (ui/bulk_flow.h) over it: what it would do to every row, with the reason for any row that cannot
// be applied; the whole file is applied only when the user agrees and every row can be (a big file in
// stages, with progress). True when orders were written; `message` is then for the status bar (a
// partly done import has shown its report).
bool importDispatchFile(QWidget *parent, Workspace &workspace, const UserSession &user,
                        const QString &fileName, QString *message);

} // namespace sd
