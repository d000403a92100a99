#pragma once
#include "core/orders/channel.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/order_status.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// What the orders view (and `sellerdesk-cli list orders`) shows: turned into SQL with bound parameters.
struct OrderFilter
{
    QList<OrderStatus> statuses; // empty = all
    std::optional<Channel> channel;
    QDate paidFrom; // Seoul calendar dates, inclusive; invalid = open
    QDate paidTo;
    QString search;          // the search box text
    bool atRiskOnly = false; // 지연 위험: NEW/CONFIRMED with dispatch due on or before `riskDate`
    QDate riskDate;          // set by the caller from the business calendar (today's next business day)
    // A deadline counter chosen above the grid (오늘 발송 마감, 기한 초과, 발송지연 안내 중), with today's
    // Seoul date it is counted against.
    std::optional<DeadlineCounter> deadline;
    QDate today;

    bool operator==(const OrderFilter &o) const
    {
        return statuses == o.statuses && channel == o.channel && paidFrom == o.paidFrom &&
               paidTo == o.paidTo && search == o.search && atRiskOnly == o.atRiskOnly &&
               riskDate == o.riskDate && deadline == o.deadline && today == o.today;
    }
    bool operator!=(const OrderFilter &o) const { return !(*this == o); }
};

// Columns of the orders view that can be sorted (each has an index with id as tie-breaker).
enum class OrderSortKey { PaidAt, DispatchDue, ProductOrderNo, Status, TotalAmount };

struct OrderSort
{
    OrderSortKey key = OrderSortKey::PaidAt;
    bool descending = true;
    bool operator==(const OrderSort &o) const { return key == o.key && descending == o.descending; }
};

} // namespace sd
