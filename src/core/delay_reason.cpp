#include "core/delay_reason.h"

#include "core/label_match.h"

#include <QCoreApplication>

namespace sd {

namespace {

struct DelayReasonRow
{
    DelayReason reason;
    const char *code;    // Naver delayedDispatchReason
    const char *english; // translation source, context sd::DelayReason
    const char *korean;  // always accepted by parseDelayReason (matched ignoring spaces)
};

const DelayReasonRow kDelayReasonRows[] = {
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

const DelayReasonRow &rowFor(DelayReason r)
{
    for (const DelayReasonRow &row : kDelayReasonRows) {
        if (row.reason == r)
            return row;
    }
    return kDelayReasonRows[0];
}

} // namespace

QList<DelayReason> allDelayReasons()
{
    QList<DelayReason> list;
    for (const DelayReasonRow &row : kDelayReasonRows)
        list.append(row.reason);
    return list;
}

QString delayReasonCode(DelayReason r)
{
    return QString::fromLatin1(rowFor(r).code);
}

QString delayReasonLabel(DelayReason r)
{
    return QCoreApplication::translate("sd::DelayReason", rowFor(r).english);
}

std::optional<DelayReason> parseDelayReason(const QString &codeOrLabel)
{
    const QString key = labelMatchKey(codeOrLabel);
    if (key.isEmpty())
        return std::nullopt;
    for (const DelayReasonRow &row : kDelayReasonRows) {
        if (key == labelMatchKey(QString::fromLatin1(row.code)) ||
            key == labelMatchKey(QString::fromLatin1(row.english)) ||
            key == labelMatchKey(QString::fromUtf8(row.korean)) ||
            key == labelMatchKey(delayReasonLabel(row.reason)))
            return row.reason;
    }
    return std::nullopt;
}

} // namespace sd
