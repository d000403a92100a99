#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "services/orders/order_service.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd {

class Workspace;

// 송장 일괄 등록: the marketplaces' bulk dispatch upload file (엑셀 일괄발송: 상품주문번호, 배송방법,
// 택배사, 송장번호), as .xlsx or CSV. The whole file is applied or none of it; a bad file says which row
// and why. Importing the same file twice changes nothing (OrderService::dispatchFromFile). The report
// has one outcome per row of the file (key: the product order number, label: "Row N", the spreadsheet
// row) or, for a file that cannot be read as an upload, one per problem (no key). Applied rows dispatch
// an order, Unchanged ones already carry this courier and number. A file of more than
// BulkRun::kStageSize rows is checked whole first and then written in stages (OrderService).
class DispatchImportService
{
public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    DispatchImportService(Workspace &workspace, const UserSession &user);

    // Import needs both rights; the GUI asks this to enable its menu item.
    static bool mayImport(const UserSession &user);
    // Reads a file from disk (size-capped); a translated message on failure.
    static Result readFile(const QString &fileName, QByteArray *bytes);
    // Checks every row against the orders; writes nothing when `dryRun`. `source` (the file's name) is
    // kept in the audit rows.
    // A password-protected workbook is refused as needing its password: unlock() it first.
    BulkReport importBytes(const QByteArray &bytes, bool dryRun, const QString &source = {},
                           const BulkControl &control = {});
    // The file is a password-protected workbook: a face asks for the password and unlocks it first.
    static bool needsPassword(const QByteArray &bytes);
    // Decrypts a password-protected workbook once, so the preview and the apply read the plain file:
    // `plain` gets the .xlsx inside. A wrong password is BadInput with `wrongPassword` set (ask again);
    // a damaged file is BadInput with its message.
    static Result unlock(const QByteArray &bytes, const QString &password, QByteArray *plain,
                         bool *wrongPassword = nullptr);

private:
    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
