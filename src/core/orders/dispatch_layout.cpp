#include "core/orders/dispatch_layout.h"

namespace sd {

QString dispatchColumnHeader(DispatchColumn column)
{
    switch (column) {
    case DispatchColumn::ProductOrderNo:
        return QStringLiteral("상품주문번호");
    case DispatchColumn::Method:
        return QStringLiteral("배송방법");
    case DispatchColumn::Courier:
        return QStringLiteral("택배사");
    case DispatchColumn::TrackingNo:
        return QStringLiteral("송장번호");
    case DispatchColumn::Error:
        return QStringLiteral("오류");
    }
    return {};
}

QString parcelDeliveryMethod()
{
    return QStringLiteral("택배,등기,소포");
}

} // namespace sd
