#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QString>

namespace sd {

class Workspace;

// Every export is logged (who, when, what, how many rows, whether buyer data left the program).
// Exports of personal data need ExportPersonalData; views masked for the role need ViewOrders.
Result recordExport(Workspace &workspace, const UserSession &user, const QString &what, qint64 rows,
                    bool containsPersonalData, const QString &file);

} // namespace sd
