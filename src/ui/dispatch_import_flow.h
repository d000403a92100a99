#pragma once
#include "core/user_session.h"

#include <QString>

class QWidget;

namespace sd {

class Workspace;

// File › 송장 일괄 가져오기: reads a bulk dispatch upload file, shows what it would do (every row, with
// the reason for any row that cannot be applied), and applies the whole file only when the user agrees
// and every row can be applied. True when orders were written; `message` is then for the status bar.
bool importDispatchFile(QWidget *parent, Workspace &workspace, const UserSession &user,
                        const QString &fileName, QString *message);

} // namespace sd
