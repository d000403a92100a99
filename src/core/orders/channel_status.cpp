#include "core/orders/channel_status.h"

#include <array>

namespace sd {

namespace {

constexpr size_t kStatusCount = 8;

// In OrderStatus order: NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED.
// Naver keeps PAYED after 발주확인 (only placeOrderStatus changes).
constexpr std::array<const char *, kStatusCount> kNaver = {
    "PAYED", "PAYED", "DELIVERING", "DELIVERED", "PURCHASE_DECIDED", "CANCELED", "RETURNED", "EXCHANGED"};
constexpr std::array<const char *, kStatusCount> kKakao = {
    "PayComplete", "ShippingWaiting",        "ShippingProgress",     "ShippingComplete",
    "BuyDecision", "ShippingCancelComplete", "ReturnRefundComplete", "ExchangeShippingComplete"};

} // namespace

QString channelStatusCode(Channel channel, OrderStatus status)
{
    const size_t i = size_t(status);
    if (i >= kStatusCount)
        return {};
    return QString::fromLatin1(channel == Channel::NaverSmartstore ? kNaver[i] : kKakao[i]);
}

} // namespace sd

// ---- reading the status texts of order files ----

#include "core/common/label_match.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

// What one status text means. Claim texts name a claim in progress and leave the status as it is.
struct StatusText
{
    const char *text;
    enum Kind { Status, Claim, Unpaid } kind;
    OrderStatus status; // Status: the status; Claim: what a new order is taken to be
};

using K = StatusText;
using S = OrderStatus;

// Naver: 주문상태 texts of the seller center's downloads and the API's productOrderStatus codes; the
// 주문세부상태 / 클레임상태 texts (신규주문 and 발주확인 split 결제완료). The Korean texts come from public
// order-file parsers (ARCHITECTURE.md, "Importing orders"); the codes from the Commerce API.
const StatusText kNaverTexts[] = {
    {"결제대기", K::Unpaid, S::New},
    {"PAYMENT_WAITING", K::Unpaid, S::New},
    {"결제완료", K::Status, S::New},
    {"PAYED", K::Status, S::New},
    {"신규주문", K::Status, S::New},
    {"발주확인", K::Status, S::Confirmed},
    {"발송대기", K::Status, S::Confirmed},
    {"배송준비", K::Status, S::Confirmed},
    {"배송중", K::Status, S::Shipping},
    {"DELIVERING", K::Status, S::Shipping},
    {"배송완료", K::Status, S::Delivered},
    {"DELIVERED", K::Status, S::Delivered},
    {"구매확정", K::Status, S::Decided},
    {"PURCHASE_DECIDED", K::Status, S::Decided},
    {"취소", K::Status, S::Canceled},
    {"취소완료", K::Status, S::Canceled},
    {"CANCELED", K::Status, S::Canceled},
    {"미결제취소", K::Status, S::Canceled},
    {"CANCELED_BY_NOPAYMENT", K::Status, S::Canceled},
    {"반품", K::Status, S::Returned},
    {"반품완료", K::Status, S::Returned},
    {"RETURNED", K::Status, S::Returned},
    {"교환", K::Status, S::Exchanged},
    {"교환완료", K::Status, S::Exchanged},
    {"EXCHANGED", K::Status, S::Exchanged},
    {"취소요청", K::Claim, S::Confirmed},
    {"취소중", K::Claim, S::Confirmed},
    {"취소거부", K::Claim, S::Confirmed},
    {"반품요청", K::Claim, S::Delivered},
    {"수거중", K::Claim, S::Delivered},
    {"수거완료", K::Claim, S::Delivered},
    {"반품거부", K::Claim, S::Delivered},
    {"반품보류", K::Claim, S::Delivered},
    {"교환요청", K::Claim, S::Delivered},
    {"교환재배송중", K::Claim, S::Delivered},
    {"교환거부", K::Claim, S::Delivered},
    {"교환보류", K::Claim, S::Delivered},
    {"구매확정보류", K::Claim, S::Delivered},
    {"구매확정요청", K::Claim, S::Delivered},
};

// Kakao 톡스토어 / 톡체크아웃: the API's OrderStatus codes (marketplaces.md) and the Korean texts seen
// in public order-file parsers (unverified: Kakao publishes no download layout).
const StatusText kKakaoTexts[] = {
    {"PayWaiting", K::Unpaid, S::New},
    {"결제대기", K::Unpaid, S::New},
    {"PayComplete", K::Status, S::New},
    {"결제완료", K::Status, S::New},
    {"신규주문", K::Status, S::New},
    {"ShippingRequest", K::Status, S::Confirmed},
    {"배송요청", K::Status, S::Confirmed},
    {"ShippingWaiting", K::Status, S::Confirmed},
    {"배송준비중", K::Status, S::Confirmed},
    {"발송대기", K::Status, S::Confirmed},
    {"ShippingProgress", K::Status, S::Shipping},
    {"배송중", K::Status, S::Shipping},
    {"ShippingComplete", K::Status, S::Delivered},
    {"배송완료", K::Status, S::Delivered},
    {"BuyDecision", K::Status, S::Decided},
    {"구매확정", K::Status, S::Decided},
    {"ShippingCancelComplete", K::Status, S::Canceled},
    {"취소완료", K::Status, S::Canceled},
    {"ReturnRefundComplete", K::Status, S::Returned},
    {"ReturnShippingComplete", K::Claim, S::Delivered},
    {"반품완료", K::Status, S::Returned},
    {"환불완료", K::Status, S::Returned},
    {"ExchangeShippingComplete", K::Status, S::Exchanged},
    {"교환완료", K::Status, S::Exchanged},
    {"ShippingCancelRequest", K::Claim, S::Confirmed},
    {"ShippingCancelRejected", K::Claim, S::Confirmed},
    {"취소요청", K::Claim, S::Confirmed},
    {"ExchangeRequest", K::Claim, S::Delivered},
    {"ExchangePickupRequest", K::Claim, S::Delivered},
    {"ExchangeApproved", K::Claim, S::Delivered},
    {"ExchangePending", K::Claim, S::Delivered},
    {"ExchangeReturnComplete", K::Claim, S::Delivered},
    {"ExchangeShippingProgress", K::Claim, S::Delivered},
    {"ExchangeRejected", K::Claim, S::Delivered},
    {"교환요청", K::Claim, S::Delivered},
    {"ReturnRequest", K::Claim, S::Delivered},
    {"ReturnPickupRequest", K::Claim, S::Delivered},
    {"ReturnApproved", K::Claim, S::Delivered},
    {"ReturnPending", K::Claim, S::Delivered},
    {"ReturnRejected", K::Claim, S::Delivered},
    {"반품요청", K::Claim, S::Delivered},
};

template <std::size_t N> QHash<QString, StatusText> index(const StatusText (&rows)[N])
{
    QHash<QString, StatusText> h;
    for (const StatusText &r : rows)
        h.insert(labelMatchKey(QString::fromUtf8(r.text)), r);
    return h;
}

const QHash<QString, StatusText> &textsOf(Channel channel)
{
    static const QHash<QString, StatusText> naver = index(kNaverTexts);
    static const QHash<QString, StatusText> kakao = index(kKakaoTexts);
    return channel == Channel::NaverSmartstore ? naver : kakao;
}

std::optional<StatusText> lookUp(Channel channel, const QString &text)
{
    const QString key = labelMatchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    const auto &texts = textsOf(channel);
    const auto it = texts.constFind(key);
    if (it != texts.cend())
        return *it;
    // Our own codes and labels (SellerDesk's template, or a file the seller typed).
    if (const auto own = parseStatus(text))
        return StatusText{"", K::Status, *own};
    return std::nullopt;
}

void say(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

} // namespace

std::optional<ChannelStatusReading> readChannelStatus(Channel channel, const QString &status,
                                                      const QString &detail, QString *reason)
{
    const QString statusText = status.trimmed();
    const QString detailText = detail.trimmed();
    const auto main = lookUp(channel, statusText);
    if (statusText.isEmpty() && detailText.isEmpty()) {
        say(reason, QCoreApplication::translate("sd::ChannelStatus", "The order status is empty."));
        return std::nullopt;
    }
    if (!statusText.isEmpty() && !main) {
        say(reason, QCoreApplication::translate("sd::ChannelStatus", "The order status \"%1\" is not known.")
                        .arg(statusText));
        return std::nullopt;
    }
    const auto second = detailText.isEmpty() ? std::nullopt : lookUp(channel, detailText);
    const auto unpaid = [&] {
        say(reason, QCoreApplication::translate("sd::ChannelStatus",
                                                "The order is not paid yet (%1): import it once it is paid.")
                        .arg(statusText.isEmpty() ? detailText : statusText));
        return std::nullopt;
    };
    if ((main && main->kind == K::Unpaid) || (second && second->kind == K::Unpaid))
        return unpaid();

    ChannelStatusReading out;
    if (main) {
        out.status = main->status;
        out.claimOnly = main->kind == K::Claim;
        if (main->kind == K::Claim)
            out.claim = statusText;
    }
    if (!second) {
        // An unknown detail text is kept as the claim state; it never decides the status.
        if (!detailText.isEmpty())
            out.claim = detailText;
        if (!main) {
            out.claimOnly = true;
            out.status = OrderStatus::New;
        }
        return out;
    }
    if (second->kind == K::Claim) {
        out.claim = detailText;
        if (!main) {
            out.status = second->status;
            out.claimOnly = true;
        }
        return out;
    }
    // A detail that is a status: 신규주문 / 발주확인 split Naver's 결제완료, and a finished claim
    // (취소완료, 반품완료) is the order's status whatever 주문상태 still says.
    const bool refines = !main || main->kind == K::Claim ||
                         (main->status == OrderStatus::New && second->status == OrderStatus::Confirmed) ||
                         second->status == OrderStatus::Canceled || second->status == OrderStatus::Returned ||
                         second->status == OrderStatus::Exchanged;
    if (refines) {
        out.status = second->status;
        out.claimOnly = false;
    }
    return out;
}

QString channelStatusText(Channel channel, const QString &raw)
{
    const QString text = raw.trimmed();
    bool code = !text.isEmpty();
    for (QChar c : text)
        code = code && c.unicode() < 0x80;
    if (!code)
        return raw; // the marketplace's own Korean text, shown as it is
    const auto known = lookUp(channel, text);
    if (known && known->kind == K::Status)
        return statusLabel(known->status);
    return raw;
}

} // namespace sd
