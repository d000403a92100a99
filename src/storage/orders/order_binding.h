#pragma once
#include "core/orders/order.h"

#include <QSqlQuery>

namespace sd {
class SqlStatement;
}

namespace sd {

// Binds what was bought, in the column order every orders statement uses: product_name, option_text,
// quantity, unit_price, option_price, discount, total_amount, shipping_fee.
void bindOrderItem(QSqlQuery &q, const Order &order);
void bindOrderItem(SqlStatement &q, const Order &order);

} // namespace sd
