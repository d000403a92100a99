#pragma once
#include "core/business_calendar.h"

#include <QDate>
#include <QDateTime>

namespace sd {

// 발송기한: payment date (Seoul) + N business days.
QDate dispatchDueDate(const QDateTime &paidAtUtc, int businessDays, const BusinessCalendar &calendar);

enum class DeadlineRisk { None, Near, Overdue };
// Overdue: today (Seoul) is past the due date. Near: the due date is today or the next business day.
DeadlineRisk deadlineRisk(const QDate &due, const QDate &today, const BusinessCalendar &calendar);
QString deadlineRiskLabel(DeadlineRisk r); // translated: "", 기한 임박, 발송 지연

} // namespace sd
