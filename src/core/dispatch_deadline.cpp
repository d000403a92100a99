#include "core/dispatch_deadline.h"

#include "core/seoul_time.h"

#include <QCoreApplication>

namespace sd {

QDate dispatchDueDate(const QDateTime &paidAtUtc, int businessDays, const BusinessCalendar &calendar)
{
    if (!paidAtUtc.isValid())
        return QDate();
    // The payment day itself never counts, even when it is a business day: counting starts the next
    // business day (a Saturday payment counts from Monday).
    return calendar.addBusinessDays(seoulDate(paidAtUtc), qMax(businessDays, 0));
}

DeadlineRisk deadlineRisk(const QDate &due, const QDate &today, const BusinessCalendar &calendar)
{
    if (!due.isValid() || !today.isValid())
        return DeadlineRisk::None;
    if (today > due)
        return DeadlineRisk::Overdue;
    if (today == due || calendar.addBusinessDays(today, 1) >= due)
        return DeadlineRisk::Near;
    return DeadlineRisk::None;
}

QString deadlineRiskLabel(DeadlineRisk r)
{
    switch (r) {
    case DeadlineRisk::None:
        return QString();
    case DeadlineRisk::Near:
        return QCoreApplication::translate("sd::DeadlineRisk", "Due soon");
    case DeadlineRisk::Overdue:
        return QCoreApplication::translate("sd::DeadlineRisk", "Overdue");
    }
    return QString();
}

} // namespace sd
