#pragma once
#include "core/orders/channel.h"

#include <QList>
#include <QString>

namespace sd {

// The store's own profile: what setup asks and the window title shows.
struct StoreProfile
{
    QString name;       // 상호
    QString businessNo; // 10 digits
    QList<Channel> channels;
};

} // namespace sd
