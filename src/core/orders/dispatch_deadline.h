#pragma once
#include "core/calendar/business_calendar.h"
#include "core/orders/order_status.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace sd {

// 발송기한: payment date (Seoul) + N business days.
QDate dispatchDueDate(const QDateTime &paidAtUtc, int businessDays, const BusinessCalendar &calendar);

// 지연 위험, stated once: an order still to be dispatched (NEW or CONFIRMED) whose due date is at or
// before riskCutoff(today). The grid's risk column, the 지연 위험 chip's SQL filter and the details
// all ask these.
enum class DeadlineRisk { None, Near, Overdue };
bool awaitsDispatch(OrderStatus status);
const QList<OrderStatus> &statusesAwaitingDispatch();
// The latest due date that is at risk today: the next business day.
QDate riskCutoff(const QDate &today, const BusinessCalendar &calendar);
// Overdue: today (Seoul) is past the due date. Near: the due date is today or the next business day.
DeadlineRisk deadlineRisk(const QDate &due, const QDate &today, const BusinessCalendar &calendar);
// The same for an order: None unless it still awaits dispatch.
DeadlineRisk deadlineRisk(OrderStatus status, const QDate &due, const QDate &today,
                          const BusinessCalendar &calendar);
QString deadlineRiskLabel(DeadlineRisk r); // translated: "", 기한 임박, 발송 지연

} // namespace sd
