#pragma once
#include "core/calendar/business_calendar.h"
#include "core/orders/order_status.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace sd {

// 발송기한: payment date (Seoul) + N business days.
QDate dispatchDueDate(const QDateTime &paidAtUtc, int businessDays, const BusinessCalendar &calendar);

// 지연 위험, stated once: an order still to be dispatched (NEW or CONFIRMED) whose due date is at or
// before riskCutoff(today). The grid's risk column, the 지연 위험 chip's SQL filter and the details
// all ask these. DueToday is the part of it due today (Seoul), which the grid shows apart ("오늘").
enum class DeadlineRisk { None, Near, DueToday, Overdue };
bool awaitsDispatch(OrderStatus status);
const QList<OrderStatus> &statusesAwaitingDispatch();
// The latest due date that is at risk today: the next business day.
QDate riskCutoff(const QDate &today, const BusinessCalendar &calendar);
// Overdue: today (Seoul) is past the due date. DueToday: it is today. Near: the next business day.
DeadlineRisk deadlineRisk(const QDate &due, const QDate &today, const BusinessCalendar &calendar);
// The same for an order: None unless it still awaits dispatch.
DeadlineRisk deadlineRisk(OrderStatus status, const QDate &due, const QDate &today,
                          const BusinessCalendar &calendar);
// Translated: "", 기한 임박, 오늘 마감, 기한 초과 (not 발송 지연: that reads as 발송지연 안내).
QString deadlineRiskLabel(DeadlineRisk r);
// The grid's 지연 위험 badge, short: 오늘, 내일 (Near, due the next calendar day), 임박 (Near, a later
// business day: Friday for Monday), 초과; the long label is its tooltip.
QString deadlineRiskShortLabel(DeadlineRisk r, const QDate &due, const QDate &today);
// Every short label deadlineRiskShortLabel can give (오늘, 내일, 임박, 초과), for sizing a column.
QStringList deadlineRiskShortLabels();

// The deadline counters above the orders grid, like the seller center's (오늘 발송 마감 N, 기한 초과 N,
// 발송지연 안내 중 N), each also a filter (OrdersTable's options, read by storage in SQL):
// - DueToday: awaiting dispatch and due today (Seoul);
// - Overdue: awaiting dispatch and due before today;
// - DelayNoticed: a delay notice was sent (the order has a delay reason) and it is not dispatched yet.
enum class DeadlineCounter { DueToday, Overdue, DelayNoticed };
QList<DeadlineCounter> allDeadlineCounters();
bool countsIn(DeadlineCounter counter, OrderStatus status, const QDate &due, bool delayNoticed,
              const QDate &today);
QString deadlineCounterLabel(DeadlineCounter counter); // translated: 오늘 발송 마감, 기한 초과, 발송지연 안내 중
QString deadlineCounterCode(DeadlineCounter counter);  // due_today, overdue, delay_noticed (object names)

} // namespace sd
