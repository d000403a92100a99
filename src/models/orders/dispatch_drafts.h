#pragma once
#include "services/orders/order_service.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace sd {

// The couriers and tracking numbers typed into the orders grid's inline cells (택배사, 송장번호), before
// anything is written: one draft per product order number, the one place they are kept. Drafts outlive
// reloads, sorts and filters (they are keyed by order, not row), are checked as they are set through
// the order service's own dispatch check (OrderService::checkDispatch: the courier, the number's shape
// for it, a number already used on another 주문번호, the order's status: what the 송장 입력 dialog and
// `order dispatch` are told), and go away when their order was written (forget()). "선택 발송 처리"
// dispatches the ready drafts of the selected rows.
class DispatchDrafts : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Incomplete, // a courier without a number yet: nothing to check
        Ready,      // the service would dispatch it
        Refused,    // `message` says why
    };
    struct Draft
    {
        QString courier;    // a courier code, or what was typed when it names no courier
        QString trackingNo; // as typed
        State state = State::Incomplete;
        QString message; // Refused: why, translated
    };

    explicit DispatchDrafts(OrderService &service, QObject *parent = nullptr);

    bool isEmpty() const { return m_drafts.isEmpty(); }
    int count() const { return int(m_drafts.size()); }
    QStringList keys() const { return m_drafts.keys(); }
    bool contains(const QString &productOrderNo) const { return m_drafts.contains(productOrderNo); }
    // nullptr when the order has no draft.
    const Draft *find(const QString &productOrderNo) const;
    bool isReady(const QString &productOrderNo) const;
    // The draft as the service's request (its courier as a code when it names one).
    DispatchRequest request(const QString &productOrderNo) const;

    // Sets one part of an order's draft and checks it. A number typed on a draft without a courier
    // takes the courier last chosen on any draft (a parcel run usually goes with one courier). A draft
    // left with neither is removed.
    void setCourier(const QString &productOrderNo, const QString &courier);
    void setTrackingNo(const QString &productOrderNo, const QString &trackingNo);
    // The courier last chosen (a code), for the next draft; empty before any.
    QString lastCourier() const { return m_lastCourier; }

    // After a dispatch run: the written orders' drafts go; a refused one keeps its draft with the
    // run's reason.
    void forget(const QStringList &productOrderNos);
    void setRefused(const QString &productOrderNo, const QString &message);

signals:
    // Drafts of these orders were set, checked, refused or removed.
    void changed(const QStringList &productOrderNos);
    // A draft was checked and refused: `message` says why (for the status bar).
    void refused(const QString &productOrderNo, const QString &message);

private:
    void update(const QString &productOrderNo, Draft draft);

    OrderService &m_service;
    QHash<QString, Draft> m_drafts;
    QString m_lastCourier;
};

} // namespace sd
