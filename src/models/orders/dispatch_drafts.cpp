#include "models/orders/dispatch_drafts.h"

#include "core/orders/courier.h"

namespace sd {

DispatchDrafts::DispatchDrafts(OrderService &service, QObject *parent) : QObject(parent), m_service(service)
{
}

const DispatchDrafts::Draft *DispatchDrafts::find(const QString &productOrderNo) const
{
    const auto it = m_drafts.constFind(productOrderNo);
    return it == m_drafts.cend() ? nullptr : &it.value();
}

bool DispatchDrafts::isReady(const QString &productOrderNo) const
{
    const Draft *d = find(productOrderNo);
    return d && d->state == State::Ready;
}

DispatchRequest DispatchDrafts::request(const QString &productOrderNo) const
{
    const Draft *d = find(productOrderNo);
    if (!d)
        return {productOrderNo, {}, {}};
    return {productOrderNo, d->courier, d->trackingNo};
}

void DispatchDrafts::setCourier(const QString &productOrderNo, const QString &courier)
{
    Draft draft = m_drafts.value(productOrderNo);
    const QString text = courier.trimmed();
    const Courier *known = findCourier(text);
    draft.courier = known ? known->code : text;
    if (known)
        m_lastCourier = known->code;
    update(productOrderNo, draft);
}

void DispatchDrafts::setTrackingNo(const QString &productOrderNo, const QString &trackingNo)
{
    Draft draft = m_drafts.value(productOrderNo);
    draft.trackingNo = trackingNo.trimmed();
    if (draft.courier.isEmpty() && !draft.trackingNo.isEmpty())
        draft.courier = m_lastCourier;
    update(productOrderNo, draft);
}

void DispatchDrafts::update(const QString &productOrderNo, Draft draft)
{
    if (draft.courier.isEmpty() && draft.trackingNo.isEmpty()) {
        if (m_drafts.remove(productOrderNo) > 0)
            emit changed({productOrderNo});
        return;
    }
    draft.message.clear();
    if (draft.trackingNo.isEmpty()) {
        draft.state = State::Incomplete;
    } else {
        // The service's own check, written nowhere: the same answer the dialog and the CLI get.
        const BulkOutcome check = m_service.checkDispatch({productOrderNo, draft.courier, draft.trackingNo});
        draft.state = check.ok() ? State::Ready : State::Refused;
        if (!check.ok())
            draft.message = check.message;
    }
    m_drafts.insert(productOrderNo, draft);
    emit changed({productOrderNo});
    if (draft.state == State::Refused)
        emit refused(productOrderNo, draft.message);
}

void DispatchDrafts::forget(const QStringList &productOrderNos)
{
    QStringList gone;
    for (const QString &key : productOrderNos) {
        if (m_drafts.remove(key) > 0)
            gone << key;
    }
    if (!gone.isEmpty())
        emit changed(gone);
}

void DispatchDrafts::setRefused(const QString &productOrderNo, const QString &message)
{
    const auto it = m_drafts.find(productOrderNo);
    if (it == m_drafts.end())
        return;
    it->state = State::Refused;
    it->message = message;
    emit changed({productOrderNo});
}

} // namespace sd
