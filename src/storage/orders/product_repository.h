#pragma once
#include "core/common/money.h"
#include "core/common/result.h"
#include "core/orders/channel.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace sd {

// One listing of a product on one channel (the products table is per channel, as the marketplaces are).
struct ProductListing
{
    qint64 id = 0;
    Channel channel = Channel::NaverSmartstore;
    QString channelProductNo; // the marketplace's product number
    QString sellerCode;       // 판매자 상품코드
    QString name;
    Won price = 0;
    int dispatchDays = 0; // business days to dispatch; 0 = the store's default
};

// Writes product listings. The product use cases (review state, submissions) come with their own
// issue; for now the demo store needs the insert. Writes assume the caller holds a WriteTransaction.
class ProductRepository
{
public:
    explicit ProductRepository(QSqlDatabase db);
    Result insert(ProductListing &product, const QDateTime &now); // sets product.id
    qint64 count() const;

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace sd
