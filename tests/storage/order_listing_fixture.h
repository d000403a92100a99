#pragma once
// Synthetic orders for the orders grid tests (storage listing and model), with the ground truth
// computed in C++ rather than in SQL.
#include "core/calendar/seoul_time.h"
#include "core/orders/order.h"
#include "core/orders/order_filter.h"
#include "result_support.h"
#include "storage/common/database.h"
#include "storage/orders/order_repository.h"
#include "storage/orders/order_search_text.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <memory>

namespace sd::test {

inline QDateTime seoulTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(9 * 3600)).toUTC();
}

class OrderFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<Order> orders;

    bool open()
    {
        QString error;
        db = keepMessage(&error, [&](sd::Result *r) {
            return Database::open(dir.filePath(QStringLiteral("orders.sqlite")), r);
        });
        if (!db)
            qWarning("cannot open test database: %s", qPrintable(error));
        return db != nullptr;
    }
    QString path() const { return db->path(); }

    // n orders with many ties in every sort key, ~30 % without a dispatch due date, Korean names of
    // two and three syllables, phones and tracking numbers. Deterministic for a seed.
    QList<Order> make(int n, quint32 seed, int firstIndex = 0) const
    {
        static const QStringList names = {
            QStringLiteral("김민수"), QStringLiteral("이서연"), QStringLiteral("박지훈"),
            QStringLiteral("최수아"), QStringLiteral("정민준"), QStringLiteral("강하은"),
            QStringLiteral("이수"),   QStringLiteral("박민수"), QStringLiteral("윤지우")};
        static const QStringList products = {
            QStringLiteral("무선 충전기"), QStringLiteral("여름 린넨 원피스"),
            QStringLiteral("유기농 사과 5kg"), QStringLiteral("민수네 배추김치"),
            QStringLiteral("Cotton T-shirt")};
        QRandomGenerator rng(seed);
        QList<Order> list;
        const QDateTime base = seoulTime(2024, 3, 1, 0, 0);
        for (int k = 0; k < n; ++k) {
            const int i = firstIndex + k;
            Order o;
            o.productOrderNo =
                QStringLiteral("2024%1").arg((qint64(i) * 7919) % 1000003, 7, 10, QLatin1Char('0'));
            o.orderNo = QStringLiteral("O%1").arg(i / 2);
            o.channel = allChannels().at(rng.bounded(3));
            o.status = allStatuses().at(rng.bounded(8));
            o.paidAt = base.addSecs(qint64(rng.bounded(400)) * 90 * 60);
            o.productName = products.at(rng.bounded(products.size()));
            o.optionText = rng.bounded(2) ? QStringLiteral("색상: 블랙") : QString();
            o.quantity = 1 + rng.bounded(3);
            o.unitPrice = 9900;
            o.totalAmount = 9900 + qint64(rng.bounded(20)) * 1000;
            if (rng.bounded(10) >= 3)
                o.dispatchDue = QDate(2024, 3, 1).addDays(rng.bounded(20));
            if (i % 7 == 3) // a delay notice sent (no draw: the other values stay as they were)
                o.delayReason = QStringLiteral("PRODUCT_PREPARE");
            if (o.status == OrderStatus::Shipping || o.status == OrderStatus::Delivered ||
                o.status == OrderStatus::Decided) {
                o.courierCode = QStringLiteral("CJGLS");
                o.trackingNo = QStringLiteral("6%1").arg(
                    quint64(rng.bounded(100000000)) * 1000 + quint64(i % 1000), 11, 10, QLatin1Char('0'));
            }
            o.updatedAt = o.paidAt;
            o.contact.buyerName = names.at(rng.bounded(names.size()));
            o.contact.recipientName = names.at(rng.bounded(names.size()));
            o.contact.buyerPhone = QStringLiteral("010-%1-%2")
                                       .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'))
                                       .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
            o.contact.recipientPhone1 = QStringLiteral("010-%1-%2")
                                            .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'))
                                            .arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
            o.contact.address = QStringLiteral("서울특별시 강남구 테헤란로 1");
            list.append(o);
        }
        return list;
    }

    bool insert(QList<Order> list)
    {
        WriteTransaction tx(db->connection());
        OrderRepository repo(db->connection());
        for (Order &o : list) {
            QString error;
            if (!okOr(repo.insert(o), &error)) {
                qWarning("insert failed: %s", qPrintable(error));
                return false;
            }
            orders.append(o);
        }
        return tx.commit().ok();
    }
};

// What the filter keeps, computed in C++ (search: the same document the index holds).
inline bool keeps(const OrderFilter &f, const Order &o)
{
    if (!f.statuses.isEmpty() && !f.statuses.contains(o.status))
        return false;
    if (f.channel && *f.channel != o.channel)
        return false;
    const QDate paid = seoulDate(o.paidAt);
    if (f.paidFrom.isValid() && paid < f.paidFrom)
        return false;
    if (f.paidTo.isValid() && paid > f.paidTo)
        return false;
    if (f.atRiskOnly) {
        if (o.status != OrderStatus::New && o.status != OrderStatus::Confirmed)
            return false;
        if (!o.dispatchDue.isValid() || o.dispatchDue > f.riskDate)
            return false;
    }
    if (f.deadline && !countsIn(*f.deadline, o.status, o.dispatchDue, !o.delayReason.isEmpty(), f.today))
        return false;
    const QString doc = orderSearchDocument(o);
    const QStringList words = f.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : words) {
        w.remove(QLatin1Char('-'));
        if (w.size() == 2 && !doc.contains(w + QChar(0x00B6), Qt::CaseInsensitive))
            return false;
        if (w.size() >= 3 && !doc.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

// The ground-truth order: key, then id, in the sort's direction; no dispatch due last either way.
inline QList<Order> expected(const QList<Order> &all, const OrderFilter &f, const OrderSort &s)
{
    QList<Order> list;
    for (const Order &o : all)
        if (keeps(f, o))
            list.append(o);
    auto cmpKey = [&s](const Order &a, const Order &b) -> int {
        switch (s.key) {
        case OrderSortKey::PaidAt:
            return a.paidAt < b.paidAt ? -1 : (b.paidAt < a.paidAt ? 1 : 0);
        case OrderSortKey::DispatchDue:
            return a.dispatchDue < b.dispatchDue ? -1 : (b.dispatchDue < a.dispatchDue ? 1 : 0);
        case OrderSortKey::ProductOrderNo:
            return QString::compare(a.productOrderNo, b.productOrderNo);
        case OrderSortKey::Status:
            return QString::compare(statusCode(a.status), statusCode(b.status));
        case OrderSortKey::TotalAmount:
            return a.totalAmount < b.totalAmount ? -1 : (b.totalAmount < a.totalAmount ? 1 : 0);
        }
        return 0;
    };
    std::stable_sort(list.begin(), list.end(), [&](const Order &a, const Order &b) {
        if (s.key == OrderSortKey::DispatchDue && a.dispatchDue.isValid() != b.dispatchDue.isValid())
            return a.dispatchDue.isValid(); // blanks last in both directions
        int c = cmpKey(a, b);
        if (c == 0)
            c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        return s.descending ? c > 0 : c < 0;
    });
    return list;
}

} // namespace sd::test
