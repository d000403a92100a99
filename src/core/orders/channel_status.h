#pragma once
#include "core/orders/channel.h"
#include "core/orders/order_status.h"

#include <QString>
#include <optional>

namespace sd {

// The marketplace's own status code for an order in `status` on `channel`
// (Naver productOrderStatus, Kakao OrderStatus; see shared/reference/marketplaces.md).
// A local action stores it as the order's raw status until the channel reports its own.
QString channelStatusCode(Channel channel, OrderStatus status);

} // namespace sd

namespace sd {

// What a channel's order file says about an order's status: the unified status, and the claim or
// detail state when the file reports one that does not move the status (취소요청, 반품요청, 수거중 ...).
struct ChannelStatusReading
{
    OrderStatus status = OrderStatus::New;
    // The file reports a claim in progress and no status of its own (Kakao's 주문상태 취소요청, 반품요청):
    // an order the store has keeps its status; a new one takes `status`, the one the claim implies.
    bool claimOnly = false;
    QString claim; // the claim / detail text as written, empty when none
};

// Reads the status texts of a marketplace order file (the rule; io only finds the cells): `status` is
// the 주문상태 cell, `detail` the 주문세부상태 / 클레임상태 cell (may be empty). Accepts Naver's Korean
// texts (결제완료 + 신규주문 / 발주확인, 배송중, 배송완료, 구매확정, 취소, 반품, 교환 ...) and API codes
// (PAYED, DELIVERING ...), Kakao's Korean texts (결제완료, 배송준비중 ...) and API codes (PayComplete,
// ShippingWaiting ...), and our own status codes and labels (SellerDesk's template). nullopt when the
// text is none of these or the order is not paid yet (결제대기); `reason` then says why, translated.
std::optional<ChannelStatusReading> readChannelStatus(Channel channel, const QString &status,
                                                      const QString &detail, QString *reason = nullptr);

// The seller center's own words for a channel's status codes (Naver productOrderStatus and claimStatus,
// Kakao OrderStatus): one table, used by the details pane, the history, the CLI's text output and the
// exports. The English words are the translation source; the Korean ones are the seller center's (결제완료,
// 배송준비중 ...), shown in a Korean UI even before the catalogue has them.
struct ChannelStatusWords
{
    QString code;    // as the channel reports it: PAYED, ShippingWaiting
    QString words;   // translated: 결제완료 / "Payment complete"
    bool seen = true; // false: the Korean words were not seen in the channel's own seller center (uncertain)
};
// Every status code the channel is known to report, with its words, in the table's order.
QList<ChannelStatusWords> channelStatusTable(Channel channel);
// The words of one code; empty when the code is not in the channel's table.
QString channelStatusWords(Channel channel, const QString &code);

// How to show a raw channel status: a known code (PAYED, DELIVERING, ShippingWaiting ...) as the seller
// center's words, so no raw code reaches the screen; a Korean text (from a downloaded file) as it is;
// an unknown code as it is.
QString channelStatusText(Channel channel, const QString &raw);

} // namespace sd
