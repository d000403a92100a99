#include "core/orders/dispatch_deadline.h"

#include "core/calendar/seoul_time.h"
#include "core/common/label_match.h"

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
    if (today == due)
        return DeadlineRisk::DueToday;
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
    case DeadlineRisk::DueToday:
        return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Due today"),
                                  "오늘 마감");
    case DeadlineRisk::Overdue:
        // "Past due", not "Overdue": its Korean was 발송 지연, which clashes with 발송지연 안내.
        return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Past due"),
                                  "기한 초과");
    }
    return QString();
}

QString deadlineRiskShortLabel(DeadlineRisk r, const QDate &due, const QDate &today)
{
    switch (r) {
    case DeadlineRisk::None:
        return QString();
    case DeadlineRisk::Near:
        if (due.isValid() && today.isValid() && due == today.addDays(1))
            return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Tomorrow"), "내일");
        return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Soon"), "임박");
    case DeadlineRisk::DueToday:
        return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Today"), "오늘");
    case DeadlineRisk::Overdue:
        return translatedOrKorean("sd::DeadlineRisk", QT_TRANSLATE_NOOP("sd::DeadlineRisk", "Late"), "초과");
    }
    return QString();
}

QStringList deadlineRiskShortLabels()
{
    const QDate day(2024, 5, 13); // any day: only "due the next day" and "due later" matter for Near
    return {deadlineRiskShortLabel(DeadlineRisk::DueToday, day, day),
            deadlineRiskShortLabel(DeadlineRisk::Near, day.addDays(1), day),
            deadlineRiskShortLabel(DeadlineRisk::Near, day.addDays(3), day),
            deadlineRiskShortLabel(DeadlineRisk::Overdue, day.addDays(-1), day)};
}

QList<DeadlineCounter> allDeadlineCounters()
{
    return {DeadlineCounter::DueToday, DeadlineCounter::Overdue, DeadlineCounter::DelayNoticed};
}

bool countsIn(DeadlineCounter counter, OrderStatus status, const QDate &due, bool delayNoticed,
              const QDate &today)
{
    if (!awaitsDispatch(status))
        return false;
    switch (counter) {
    case DeadlineCounter::DueToday:
        return due.isValid() && due == today;
    case DeadlineCounter::Overdue:
        return due.isValid() && due < today;
    case DeadlineCounter::DelayNoticed:
        return delayNoticed;
    }
    return false;
}

QString deadlineCounterLabel(DeadlineCounter counter)
{
    switch (counter) {
    case DeadlineCounter::DueToday:
        return translatedOrKorean("sd::DeadlineCounter",
                                  QT_TRANSLATE_NOOP("sd::DeadlineCounter", "Due today"), "오늘 발송 마감");
    case DeadlineCounter::Overdue:
        return translatedOrKorean("sd::DeadlineCounter", QT_TRANSLATE_NOOP("sd::DeadlineCounter", "Past due"),
                                  "기한 초과");
    case DeadlineCounter::DelayNoticed:
        return translatedOrKorean("sd::DeadlineCounter",
                                  QT_TRANSLATE_NOOP("sd::DeadlineCounter", "Delay notice sent"),
                                  "발송지연 안내 중");
    }
    return QString();
}

QString deadlineCounterCode(DeadlineCounter counter)
{
    switch (counter) {
    case DeadlineCounter::DueToday:
        return QStringLiteral("due_today");
    case DeadlineCounter::Overdue:
        return QStringLiteral("overdue");
    case DeadlineCounter::DelayNoticed:
        return QStringLiteral("delay_noticed");
    }
    return QString();
}

} // namespace sd
