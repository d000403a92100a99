#pragma once
// Shared helpers for storage and service tests: a workspace in a temp folder on a pinned clock,
// orders inserted through the real repository, users with a role.
#include "core/access/role.h"
#include "core/access/user_session.h"
#include "core/calendar/clock.h"
#include "core/orders/order.h"
#include "result_support.h"
#include "services/access/password_hash.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"
#include "storage/orders/order_repository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <memory>

namespace sd::test {

// Monday 2024-05-13 10:00 in Seoul.
inline QDateTime defaultNow()
{
    return QDateTime(QDate(2024, 5, 13), QTime(1, 0), QTimeZone::utc());
}

// A fresh database in a temp folder, opened as a Workspace on a FixedClock. Check ok() first.
class TestWorkspace
{
public:
    explicit TestWorkspace(const QDateTime &now = defaultNow(), bool exclusive = false) : clock(now)
    {
        if (dir.isValid())
            ws = keepMessage(&error,
                             [&](sd::Result *r) { return Workspace::open(dbPath(), clock, exclusive, r); });
        else
            error = QStringLiteral("temp dir not created");
    }
    TestWorkspace(const TestWorkspace &) = delete;
    TestWorkspace &operator=(const TestWorkspace &) = delete;

    bool ok() const { return ws != nullptr; }
    QString dbPath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    QSqlDatabase db() const { return storeDatabase(*ws).connection(); }
    Workspace &workspace() { return *ws; }

    QTemporaryDir dir;
    FixedClock clock;
    QString error;
    std::unique_ptr<Workspace> ws;
};

// A NAVER order paid at `paidAt` (default: a day before defaultNow()) with buyer contact data.
inline Order makeOrder(const QString &productOrderNo, OrderStatus status = OrderStatus::New,
                       const QString &orderNo = QString(), const QDateTime &paidAt = QDateTime())
{
    Order o;
    o.productOrderNo = productOrderNo;
    o.orderNo = orderNo.isEmpty() ? QStringLiteral("O-") + productOrderNo : orderNo;
    o.channel = Channel::NaverSmartstore;
    o.status = status;
    o.rawStatus = statusCode(status);
    o.paidAt = paidAt.isValid() ? paidAt : defaultNow().addDays(-1);
    o.productName = QStringLiteral("무선 키보드");
    o.optionText = QStringLiteral("색상: 검정");
    o.quantity = 1;
    o.unitPrice = 35000;
    o.totalAmount = 35000;
    o.shippingFee = 3000;
    o.dispatchDue = o.paidAt.date().addDays(3);
    o.updatedAt = o.paidAt;
    o.contact.buyerName = QStringLiteral("김민수");
    o.contact.buyerPhone = QStringLiteral("010-1234-5678");
    o.contact.recipientName = QStringLiteral("이영희");
    o.contact.recipientPhone1 = QStringLiteral("010-9876-5432");
    o.contact.postcode = QStringLiteral("06236");
    o.contact.address = QStringLiteral("서울특별시 강남구 테헤란로 123");
    o.contact.addressDetail = QStringLiteral("4층");
    return o;
}

// Inserts the orders (setting their ids) in one write transaction through OrderRepository.
inline bool insertOrders(QSqlDatabase db, QList<Order> &orders, QString *error = nullptr)
{
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.status().message;
        return false;
    }
    OrderRepository repo(db);
    for (Order &o : orders) {
        if (!okOr(repo.insert(o), error))
            return false;
    }
    return tx.commit().ok();
}

inline bool insertOrder(QSqlDatabase db, Order &order, QString *error = nullptr)
{
    QList<Order> list{order};
    const bool ok = insertOrders(db, list, error);
    order = list.first();
    return ok;
}

// Creates a user and returns its session (userId 0 on failure). With an empty password the stored hash
// cannot match anything (no argon2id cost); hashes are cached per password since each takes ~0.2 s.
inline UserSession addUser(QSqlDatabase db, const QString &login, Role role,
                           const QString &password = QString(), const QDateTime &now = defaultNow())
{
    static QHash<QString, QString> hashes;
    UserRecord u;
    u.login = login;
    u.displayName = login + QStringLiteral(" 님");
    u.role = role;
    if (password.isEmpty()) {
        u.passwordHash = QStringLiteral("!no-login");
    } else {
        if (!hashes.contains(password))
            hashes.insert(password, hashPassword(password));
        u.passwordHash = hashes.value(password);
    }
    WriteTransaction tx(db);
    if (!tx.isActive() || !okOr(UserRepository(db).insert(u, now), nullptr) || !tx.commit())
        return {};
    return UserSession{u.id, u.login, u.displayName, u.role};
}

// First column of the first row of `sql`, with `?` bound to `binds` in order.
inline QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        return q.value(0);
    return {};
}

inline int countRows(QSqlDatabase db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
}

} // namespace sd::test
