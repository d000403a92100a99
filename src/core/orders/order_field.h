#pragma once
#include <QString>

namespace sd {

// The fields of a product order as a person reads them, in the marketplaces' words (Naver's order
// download headers in Korean). One table for the details pane, the CLI's text output and, later, the
// export headers, so a field is called the same everywhere.
enum class OrderField {
    ProductOrderNo,
    OrderNo,
    Channel,
    Status,
    PaidAt,
    DispatchDue,
    DelayReason,
    Product,
    Option,
    Quantity,
    UnitPrice,
    OptionPrice,
    Discount,
    TotalAmount,
    ShippingFee,
    Courier,
    TrackingNo,
    ConfirmedAt,
    ShippedAt,
    DeliveredAt,
    DecidedAt,
    BuyerName,
    BuyerPhone,
    RecipientName,
    RecipientPhone1,
    RecipientPhone2,
    Postcode,
    Address,
    DeliveryMessage,
    AddressDetail, // 상세주소: the export's own column (the details pane shows it after the address)
    CustomsCode,   // 개인통관고유부호 (overseas purchases): personal data, masked like a phone number
    ChannelStatus, // 채널 주문상태: the channel's own status in its seller center's words (결제완료, 배송준비중)
    ClaimStatus,   // 클레임 상태: the channel's claim or detail state (취소요청, 수거중)
};

QString orderFieldLabel(OrderField field); // translated

} // namespace sd
