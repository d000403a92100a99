#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// Naver delayedDispatchReason codes.
enum class DelayReason {
    ProductPrepare,
    CustomerRequest,
    CustomBuild,
    ReservedDispatch,
    OverseaDelivery,
    Etc
};

QList<DelayReason> allDelayReasons();
QString delayReasonCode(DelayReason r); // PRODUCT_PREPARE, ...
QString
delayReasonLabel(DelayReason r); // translated: 상품 준비중, 고객 요청, 주문 제작, 예약 발송, 해외 배송, 기타
std::optional<DelayReason> parseDelayReason(const QString &codeOrLabel);

} // namespace sd
