#pragma once
#include "core/result.h"
#include "core/user_session.h"
#include "services/order_service.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd {

class Workspace;

struct DispatchImport
{
    Result result; // fails when the file or any row is refused: then nothing was written
    // One per row of the file (or per problem), the message starting with the row number.
    QList<OrderOutcome> outcomes;
    int changed = 0;   // rows that dispatch an order (or would, in a dry run)
    int unchanged = 0; // rows whose order already carries this courier and number
    bool ok() const { return result.ok(); }
};

// 송장 일괄 등록: the marketplaces' bulk dispatch upload file (엑셀 일괄발송: 상품주문번호, 배송방법,
// 택배사, 송장번호), as .xlsx or CSV. The whole file is applied or none of it; a bad file says which row
// and why. Importing the same file twice changes nothing (OrderService::dispatchFromFile).
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
    // kept in the audit row.
    DispatchImport importBytes(const QByteArray &bytes, bool dryRun, const QString &source = {});

private:
    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
