#include "core/orders/order_field.h"

#include "core/common/label_match.h"

#include <QCoreApplication>

namespace sd {

QString orderFieldLabel(OrderField field)
{
    const char *text = "";
    switch (field) {
    case OrderField::ProductOrderNo:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Product order no.");
        break;
    case OrderField::OrderNo:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Order no.");
        break;
    case OrderField::Channel:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Channel");
        break;
    case OrderField::Status:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Status");
        break;
    case OrderField::PaidAt:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Paid at");
        break;
    case OrderField::DispatchDue:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Dispatch due");
        break;
    case OrderField::DelayReason:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Delay reason");
        break;
    case OrderField::Product:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Product");
        break;
    case OrderField::Option:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Option");
        break;
    case OrderField::Quantity:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Quantity");
        break;
    case OrderField::UnitPrice:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Unit price");
        break;
    case OrderField::OptionPrice:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Option price");
        break;
    case OrderField::Discount:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Discount");
        break;
    case OrderField::TotalAmount:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Total amount");
        break;
    case OrderField::ShippingFee:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Shipping fee");
        break;
    case OrderField::Courier:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Courier");
        break;
    case OrderField::TrackingNo:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Tracking no.");
        break;
    case OrderField::ConfirmedAt:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Confirmed at");
        break;
    case OrderField::ShippedAt:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Shipped at");
        break;
    case OrderField::DeliveredAt:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Delivered at");
        break;
    case OrderField::DecidedAt:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Purchase decided at");
        break;
    case OrderField::BuyerName:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Buyer");
        break;
    case OrderField::BuyerPhone:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Buyer phone");
        break;
    case OrderField::RecipientName:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Recipient");
        break;
    case OrderField::RecipientPhone1:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Phone 1");
        break;
    case OrderField::RecipientPhone2:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Phone 2");
        break;
    case OrderField::Postcode:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Postcode");
        break;
    case OrderField::Address:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Address");
        break;
    case OrderField::DeliveryMessage:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Delivery message");
        break;
    case OrderField::AddressDetail:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Detail address");
        break;
    case OrderField::CustomsCode:
        text = QT_TRANSLATE_NOOP("sd::OrderField", "Personal customs code");
        break;
    case OrderField::ChannelStatus:
        return translatedOrKorean("sd::OrderField", QT_TRANSLATE_NOOP("sd::OrderField", "Channel status"),
                                  "채널 주문상태");
    case OrderField::ClaimStatus:
        return translatedOrKorean("sd::OrderField", QT_TRANSLATE_NOOP("sd::OrderField", "Claim"),
                                  "클레임 상태");
    }
    return QCoreApplication::translate("sd::OrderField", text);
}

} // namespace sd
