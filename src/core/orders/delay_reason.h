#pragma once
#include "core/orders/channel.h"

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

// How many delay notices (발송지연 안내) one order may get on a channel: Naver takes one per product order.
// For Kakao 톡스토어 and 톡체크아웃 marketplaces.md says nothing, so the limit there is editable data
// (a setting, default `limit`) and marked uncertain. `limit` 0 would mean no limit.
struct DelayNoticeRule
{
    int limit = 1;
    bool certain = true; // false: not from the marketplace's own documentation; the setting decides
};
DelayNoticeRule delayNoticeRule(Channel channel);
// For the dialog: how often a notice may be sent on the channel with this limit, translated
// ("네이버 스마트스토어: one notice per order").
QString delayNoticeRuleText(Channel channel, int limit, bool certain);
// Why a notice beyond the limit is refused, translated.
QString delayNoticeRefusal(Channel channel, int limit);

} // namespace sd
