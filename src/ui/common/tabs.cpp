// The tabs of the main window, in the order they show: adding a tab is one line here.
#include "services/access/audit_log_service.h"
#include "ui/audit/audit_log_view.h"
#include "ui/common/tab_page.h"
#include "ui/orders/orders_view.h"

namespace sd {

namespace {

template <typename Page>
TabRegistration tab(const QString &id, std::function<bool(const UserSession &)> visibleFor)
{
    return {id, std::move(visibleFor),
            [](Workspace &ws, const UserSession &user, QWidget *parent) -> TabPage * {
                return new Page(ws, user, parent);
            }};
}

bool everyone(const UserSession &)
{
    return true;
}

} // namespace

const QList<TabRegistration> &registeredTabs()
{
    static const QList<TabRegistration> tabs = {
        tab<OrdersView>(QStringLiteral("orders"), everyone),
        tab<AuditLogView>(QStringLiteral("audit"), &AuditLogService::mayRead),
    };
    return tabs;
}

} // namespace sd
