#include "core/orders/dispatch_deadline.h"

#include "core/calendar/seoul_time.h"

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
    if (due <= riskCutoff(today, calendar))
        return DeadlineRisk::Near;
    return DeadlineRisk::None;
}

DeadlineRisk deadlineRisk(OrderStatus status, const QDate &due, const QDate &today,
                          const BusinessCalendar &calendar)
{
    return awaitsDispatch(status) ? deadlineRisk(due, today, calendar) : DeadlineRisk::None;
}

bool awaitsDispatch(OrderStatus status)
{
    return statusesAwaitingDispatch().contains(status);
}

const QList<OrderStatus> &statusesAwaitingDispatch()
{
    static const QList<OrderStatus> statuses{OrderStatus::New, OrderStatus::Confirmed};
    return statuses;
}

QDate riskCutoff(const QDate &today, const BusinessCalendar &calendar)
{
    // The next business day is always after today, so a due date of today is at risk too.
    return calendar.addBusinessDays(today, 1);
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
