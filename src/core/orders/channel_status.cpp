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

namespace {

struct WordsRow
{
    const char *code;
    const char *english; // translation source (context sd::ChannelStatus)
    const char *korean;  // the seller center's words
    bool seen;           // the Korean words seen in the channel's seller center or its API documentation
};

#define SD_WORDS(text) QT_TRANSLATE_NOOP("sd::ChannelStatus", text)

// Naver Commerce API productOrderStatus and claimStatus (marketplaces.md); the words are the seller
// center's 주문상태 and 클레임상태 texts, the ones its order download writes.
const WordsRow kNaverWords[] = {
    {"PAYMENT_WAITING", SD_WORDS("Awaiting payment"), "결제대기", true},
    {"PAYED", SD_WORDS("Payment complete"), "결제완료", true},
    {"DELIVERING", SD_WORDS("Shipping"), "배송중", true},
    {"DELIVERED", SD_WORDS("Delivered"), "배송완료", true},
    {"PURCHASE_DECIDED", SD_WORDS("Purchase confirmed"), "구매확정", true},
    {"EXCHANGED", SD_WORDS("Exchanged"), "교환", true},
    {"CANCELED", SD_WORDS("Canceled"), "취소", true},
    {"RETURNED", SD_WORDS("Returned"), "반품", true},
    {"CANCELED_BY_NOPAYMENT", SD_WORDS("Canceled, not paid"), "미결제취소", true},
    {"CANCEL_REQUEST", SD_WORDS("Cancellation requested"), "취소요청", true},
    {"CANCELING", SD_WORDS("Cancelling"), "취소중", true},
    {"CANCEL_DONE", SD_WORDS("Cancellation complete"), "취소완료", true},
    {"CANCEL_REJECT", SD_WORDS("Cancellation refused"), "취소거부", true},
    {"RETURN_REQUEST", SD_WORDS("Return requested"), "반품요청", true},
    {"EXCHANGE_REQUEST", SD_WORDS("Exchange requested"), "교환요청", true},
    {"COLLECTING", SD_WORDS("Collecting"), "수거중", true},
    {"COLLECT_DONE", SD_WORDS("Collected"), "수거완료", true},
    {"EXCHANGE_REDELIVERING", SD_WORDS("Exchange reshipping"), "교환재배송중", true},
    {"RETURN_DONE", SD_WORDS("Return complete"), "반품완료", true},
    {"EXCHANGE_DONE", SD_WORDS("Exchange complete"), "교환완료", true},
    {"RETURN_REJECT", SD_WORDS("Return refused"), "반품거부", true},
    {"EXCHANGE_REJECT", SD_WORDS("Exchange refused"), "교환거부", true},
    {"PURCHASE_DECISION_HOLDBACK", SD_WORDS("Purchase confirmation on hold"), "구매확정보류", true},
    {"PURCHASE_DECISION_REQUEST", SD_WORDS("Purchase confirmation requested"), "구매확정요청", true},
    {"PURCHASE_DECISION_HOLDBACK_RELEASE", SD_WORDS("Purchase confirmation hold released"),
     "구매확정보류해제", false},
    {"ADMIN_CANCELING", SD_WORDS("Cancelling by Naver"), "직권취소중", false},
    {"ADMIN_CANCEL_DONE", SD_WORDS("Cancelled by Naver"), "직권취소완료", false},
    {"ADMIN_CANCEL_REJECT", SD_WORDS("Cancellation by Naver refused"), "직권취소철회", false},
};

// Kakao 톡스토어 / 톡체크아웃 OrderStatus (marketplaces.md). Only 배송준비중 (ShippingWaiting) is named there;
// the other words are the usual seller-center words for what the code says (uncertain: `seen` false).
const WordsRow kKakaoWords[] = {
    {"PayWaiting", SD_WORDS("Awaiting payment"), "결제대기", false},
    {"PayComplete", SD_WORDS("Payment complete"), "결제완료", false},
    {"ShippingRequest", SD_WORDS("Shipping requested"), "배송요청", false},
    {"ShippingWaiting", SD_WORDS("Preparing shipment"), "배송준비중", true},
    {"ShippingProgress", SD_WORDS("Shipping"), "배송중", false},
    {"ShippingComplete", SD_WORDS("Delivered"), "배송완료", false},
    {"BuyDecision", SD_WORDS("Purchase confirmed"), "구매확정", false},
    {"ShippingCancelRequest", SD_WORDS("Cancellation requested"), "취소요청", false},
    {"ShippingCancelComplete", SD_WORDS("Cancellation complete"), "취소완료", false},
    {"ShippingCancelRejected", SD_WORDS("Cancellation refused"), "취소거부", false},
    {"ExchangeRequest", SD_WORDS("Exchange requested"), "교환요청", false},
    {"ExchangePickupRequest", SD_WORDS("Exchange pickup requested"), "교환수거요청", false},
    {"ExchangeApproved", SD_WORDS("Exchange approved"), "교환승인", false},
    {"ExchangePending", SD_WORDS("Exchange on hold"), "교환보류", false},
    {"ExchangeReturnComplete", SD_WORDS("Exchange item collected"), "교환수거완료", false},
    {"ExchangeShippingProgress", SD_WORDS("Exchange reshipping"), "교환재배송중", false},
    {"ExchangeShippingComplete", SD_WORDS("Exchange complete"), "교환완료", false},
    {"ExchangeRejected", SD_WORDS("Exchange refused"), "교환거부", false},
    {"ReturnRequest", SD_WORDS("Return requested"), "반품요청", false},
    {"ReturnPickupRequest", SD_WORDS("Return pickup requested"), "반품수거요청", false},
    {"ReturnApproved", SD_WORDS("Return approved"), "반품승인", false},
    {"ReturnPending", SD_WORDS("Return on hold"), "반품보류", false},
    {"ReturnShippingComplete", SD_WORDS("Return item collected"), "반품수거완료", false},
    {"ReturnRefundComplete", SD_WORDS("Refund complete"), "환불완료", false},
    {"ReturnRejected", SD_WORDS("Return refused"), "반품거부", false},
};

#undef SD_WORDS

template <std::size_t N> QList<ChannelStatusWords> wordsList(const WordsRow (&rows)[N])
{
    QList<ChannelStatusWords> list;
    for (const WordsRow &r : rows)
        list.append({QString::fromLatin1(r.code), translatedOrKorean("sd::ChannelStatus", r.english, r.korean),
                     r.seen});
    return list;
}

} // namespace

QList<ChannelStatusWords> channelStatusTable(Channel channel)
{
    return channel == Channel::NaverSmartstore ? wordsList(kNaverWords) : wordsList(kKakaoWords);
}

QString channelStatusWords(Channel channel, const QString &code)
{
    const auto find = [&code](const auto &rows) -> QString {
        for (const WordsRow &r : rows) {
            if (code == QLatin1String(r.code))
                return translatedOrKorean("sd::ChannelStatus", r.english, r.korean);
        }
        return {};
    };
    return channel == Channel::NaverSmartstore ? find(kNaverWords) : find(kKakaoWords);
}

QString channelStatusText(Channel channel, const QString &raw)
{
    const QString text = raw.trimmed();
    const QString words = channelStatusWords(channel, text);
    if (!words.isEmpty())
        return words;
    // Our own status codes (SellerDesk's template, a store written before the words table).
    for (OrderStatus s : allStatuses()) {
        if (text == statusCode(s))
            return statusLabel(s);
    }
    return raw;
}

} // namespace sd
