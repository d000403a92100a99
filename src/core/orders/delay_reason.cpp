#include "core/orders/delay_reason.h"

#include "core/common/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

const LabelRow<DelayReason> kDelayReasonRows[] = {
    {DelayReason::ProductPrepare, "PRODUCT_PREPARE",
     QT_TRANSLATE_NOOP("sd::DelayReason", "Preparing the product"), "상품 준비 중"},
    {DelayReason::CustomerRequest, "CUSTOMER_REQUEST",
     QT_TRANSLATE_NOOP("sd::DelayReason", "Customer request"), "고객 요청"},
    {DelayReason::CustomBuild, "CUSTOM_BUILD", QT_TRANSLATE_NOOP("sd::DelayReason", "Made to order"),
     "주문 제작"},
    {DelayReason::ReservedDispatch, "RESERVED_DISPATCH",
     QT_TRANSLATE_NOOP("sd::DelayReason", "Scheduled dispatch"), "예약 발송"},
    {DelayReason::OverseaDelivery, "OVERSEA_DELIVERY",
     QT_TRANSLATE_NOOP("sd::DelayReason", "Overseas delivery"), "해외 배송"},
    {DelayReason::Etc, "ETC", QT_TRANSLATE_NOOP("sd::DelayReason", "Other"), "기타"},
};

const LabelTable kTable("sd::DelayReason", kDelayReasonRows);

} // namespace

QList<DelayReason> allDelayReasons()
{
    return kTable.values();
}

QString delayReasonCode(DelayReason r)
{
    return kTable.code(r);
}

QString delayReasonLabel(DelayReason r)
{
    return kTable.label(r);
}

std::optional<DelayReason> parseDelayReason(const QString &codeOrLabel)
{
    return kTable.parse(codeOrLabel);
}

DelayNoticeRule delayNoticeRule(Channel channel)
{
    switch (channel) {
    case Channel::NaverSmartstore:
        return {1, true};
    case Channel::KakaoStore:
    case Channel::TalkCheckout:
        return {1, false}; // not documented: editable (Settings), uncertain
    }
    return {1, false};
}

QString delayNoticeRuleText(Channel channel, int limit, bool certain)
{
    QString text =
        limit <= 0 ? QCoreApplication::translate("sd::DelayReason", "%1: no limit on delay notices")
                         .arg(channelLabel(channel))
                   : QCoreApplication::translate("sd::DelayReason", "%1: %n delay notice(s) per order", nullptr,
                                                 limit)
                         .arg(channelLabel(channel));
    if (!certain)
        text += QCoreApplication::translate("sd::DelayReason", " (uncertain; set in Settings)");
    return text;
}

QString delayNoticeRefusal(Channel channel, int limit)
{
    return QCoreApplication::translate(
               "sd::DelayReason",
               "%1 allows %n delay notice(s) per order; this order has had that many already.", nullptr, limit)
        .arg(channelLabel(channel));
}

} // namespace sd
