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

} // namespace sd
