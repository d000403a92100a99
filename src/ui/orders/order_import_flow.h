#pragma once
#include "core/access/user_session.h"

#include <QString>

class QWidget;

namespace sd {

class Workspace;

struct OrderImportFlowOptions
{
    int progressAfterMs = 400; // the progress dialog shows after this long (tests: 0, at once)
};

// 파일 › 주문 가져오기 (and a file dropped on the window): reads an order download and asks
// OrderImportService, the same service the CLI asks, in this order:
// 1. check the file on a worker thread (its own read connection), with a progress dialog and Cancel, so
//    the window keeps painting on a 30 MB file; a cancelled check changed nothing;
// 2. an encrypted download asks for its password (ui/common/file_password), again after a wrong one;
// 3. a layout no profile fits opens the column-mapping dialog, which saves the seller's profile, and
//    the file is checked again with it;
// 4. the preview (OrderImportDialog): counts, changes, conflicts and problems, "Save problems…";
// 5. Import applies all or nothing on a worker thread too (its own writer connection: the staging, the
//    publish, the search tail), with progress and Cancel between its batches (cancel writes nothing), while
//    this thread paints and user input waits (ui/common/busy_wait); then the workspace tells the views.
// True when orders were written; `message` is then for the status bar.
bool importOrderFile(QWidget *parent, Workspace &workspace, const UserSession &user, const QString &fileName,
                     QString *message, const OrderImportFlowOptions &options = {});

} // namespace sd
