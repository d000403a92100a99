#include "services/store/calendar_service.h"

#include "core/common/text_field.h"
#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/common/store_repository.h"

#include <QCoreApplication>

namespace sd {

QList<Holiday> CalendarService::userHolidays() const
{
    QList<Holiday> out;
    const auto rows = StoreRepository(storeDatabase(m_ws).connection()).userHolidays();
    for (const auto &r : rows)
        out.append({r.first, r.second});
    return out;
}

Result CalendarService::addHoliday(const QDate &date, const QString &name)
{
    if (!m_user.can(Permission::ManageSettings))
        return Result::fail(ErrorKind::Permission,
                            QCoreApplication::translate("sd::CalendarService",
                                                        "You do not have permission to change settings."));
    if (!date.isValid())
        return Result::fail(
            ErrorKind::BadInput,
            QCoreApplication::translate("sd::CalendarService", "Enter the date of the holiday."));
    if (const QString p = textFieldProblem(TextField::HolidayName, name.trimmed()); !p.isEmpty())
        return Result::fail(ErrorKind::BadInput, p);
    const QString label = name.trimmed().isEmpty()
                              ? QCoreApplication::translate("sd::CalendarService", "Holiday")
                              : name.trimmed();
    QSqlDatabase db = storeDatabase(m_ws).connection();
    WriteTransaction tx(db);
    Result step = tx.status();
    if (step.ok())
        step = StoreRepository(db).addUserHoliday(date, label);
    if (step.ok())
        step =
            writeAudit(db, m_ws.clock().nowUtc(), m_user.userId, AuditAction::HolidayAdd,
                       QStringLiteral("holiday"), date.toString(Qt::ISODate), label, AuditChange{{}, label});
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return storageFailure(
            QCoreApplication::translate("sd::CalendarService",
                                        "The holiday could not be saved. Nothing was changed."),
            step);
    m_ws.reloadCalendar();
    return Result::success();
}

} // namespace sd
