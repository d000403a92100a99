#include "services/demo/demo_store.h"

#include "core/calendar/seoul_time.h"
#include "core/common/business_number.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/delay_reason.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/order.h"
#include "services/common/app_log.h"
#include "services/demo/demo_catalogue.h"
#include "services/demo/demo_people.h"
#include "services/store/setup_service.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/orders/order_bulk_writer.h"
#include "storage/orders/order_listing.h"
#include "storage/orders/product_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace sd {

namespace {

using namespace demo;

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kDays = 90;

// ---- Orders -------------------------------------------------------------------------------------

constexpr int kStatusCount = 8;

// Status mix by age of the order: fresh orders wait for the seller, old ones are decided.
struct AgeBand
{
    qint64 untilHours;
    std::array<qint64, kStatusCount>
        permille; // NEW, CONFIRMED, SHIPPING, DELIVERED, DECIDED, CANCELED, RETURNED, EXCHANGED
};

const AgeBand kAgeBands[] = {
    {24, {620, 330, 0, 0, 0, 50, 0, 0}},         {72, {200, 420, 330, 0, 0, 50, 0, 0}},
    {168, {15, 35, 350, 550, 0, 40, 5, 5}},      {336, {0, 0, 30, 450, 400, 50, 40, 30}},
    {1LL << 40, {0, 0, 0, 20, 830, 60, 50, 40}},
};

struct TrackingShape
{
    const char *courier;
    int permille;
    char lead; // first digit: keeps couriers with the same length apart
    int width; // digits after the lead
};

// Shapes as core/courier.h checks them: CJ 12, 한진 12, 롯데 12, 로젠 11, 우체국 13 digits.
const TrackingShape kTracking[] = {
    {"CJGLS", 450, '6', 11}, {"HANJIN", 150, '5', 11}, {"HYUNDAI", 150, '2', 11},
    {"KGB", 100, '3', 10},   {"EPOST", 150, '6', 12},
};

const char *const kDelayDetails[] = {"원단 입고 지연으로 발송이 늦어집니다",
                                     "고객 요청으로 발송일을 조정했습니다",
                                     "주문 제작 상품으로 제작 기간이 필요합니다",
                                     "예약 발송 상품입니다",
                                     "해외 배송 상품입니다",
                                     "택배사 물량 증가로 집하가 지연됩니다"};

struct Checkout
{
    qint64 paidMs = 0;
    qint8 items = 1;
    qint8 status = 0;
};

// Which statuses have a courier and a tracking number.
bool shipped(OrderStatus s)
{
    return s == OrderStatus::Shipping || s == OrderStatus::Delivered || s == OrderStatus::Decided ||
           s == OrderStatus::Returned || s == OrderStatus::Exchanged;
}

// Event times of one checkout, as offsets from payment; scaled down when they would pass `now`.
struct Timeline
{
    qint64 confirm = 0, ship = 0, deliver = 0, decide = 0, close = 0; // 0 = did not happen
};

Timeline timeline(OrderStatus s, qint64 ageMs, Dice &dice)
{
    Timeline t;
    const qint64 confirmAfter = 20 * 60000 + dice.below64(16 * kHourMs);
    const qint64 shipAfter = kHourMs + dice.below64(30 * kHourMs);
    const qint64 deliverAfter = 14 * kHourMs + dice.below64(50 * kHourMs);
    const qint64 decideAfter = kDayMs + dice.below64(7 * kDayMs);
    const qint64 claimAfter = kDayMs + dice.below64(6 * kDayMs);
    switch (s) {
    case OrderStatus::New:
        break;
    case OrderStatus::Confirmed:
        t.confirm = confirmAfter;
        break;
    case OrderStatus::Canceled:
        t.close = 10 * 60000 + dice.below64(30 * kHourMs);
        if (dice.permille(400))
            t.confirm = t.close / 2;
        break;
    default: // shipped at least
        t.confirm = confirmAfter;
        t.ship = t.confirm + shipAfter;
        if (s != OrderStatus::Shipping)
            t.deliver = t.ship + deliverAfter;
        if (s == OrderStatus::Decided)
            t.decide = t.deliver + decideAfter;
        if (s == OrderStatus::Returned || s == OrderStatus::Exchanged)
            t.close = t.deliver + claimAfter;
        break;
    }
    const qint64 last = std::max({t.confirm, t.ship, t.deliver, t.decide, t.close});
    const qint64 room = ageMs - 60000; // everything happened at least a minute ago
    if (last > room && last > 0) {
        auto scale = [&](qint64 &v) {
            if (v > 0)
                v = std::max<qint64>(1000,
                                     qint64(double(v) * double(std::max<qint64>(room, 0)) / double(last)));
        };
        for (qint64 *v : {&t.confirm, &t.ship, &t.deliver, &t.decide, &t.close})
            scale(*v);
    }
    return t;
}

QDateTime at(qint64 paidMs, qint64 offset)
{
    return offset > 0 ? fromEpochMs(paidMs + offset) : QDateTime();
}

// Draws payment times over the last 90 days: more in the evening than at night, a growing store
// (recent days a little busier).
std::vector<Checkout> planCheckouts(Dice &dice, qint64 orders, qint64 nowMs)
{
    static const int hourWeight[24] = {40,  25,  15,  10,  8,   10,  25,  50,  80,  100, 120, 125,
                                       130, 115, 105, 100, 100, 105, 120, 145, 160, 160, 130, 80};
    const int buckets = kDays * 24;
    std::vector<qint64> weights(static_cast<size_t>(buckets));
    for (int k = 0; k < buckets; ++k) {
        const qint64 start = nowMs - qint64(k + 1) * kHourMs;
        const int seoulHour = int(((start + 9 * kHourMs) / kHourMs) % 24);
        weights[size_t(k)] = qint64(hourWeight[seoulHour]) * (140 - 40 * k / buckets);
    }
    const Weighted hour(weights);
    const Weighted size({720, 200, 80});
    std::vector<Checkout> list;
    list.reserve(size_t(orders / 1.36 + 16));
    for (qint64 done = 0; done < orders;) {
        Checkout c;
        c.items = qint8(std::min<qint64>(size.pick(dice) + 1, orders - done));
        const int k = hour.pick(dice);
        c.paidMs = (nowMs - qint64(k + 1) * kHourMs + dice.below64(kHourMs)) / 1000 * 1000;
        done += c.items;
        list.push_back(c);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Checkout &a, const Checkout &b) { return a.paidMs < b.paidMs; });
    return list;
}

void assignStatuses(std::vector<Checkout> &list, Dice &dice, qint64 nowMs)
{
    std::vector<Weighted> bands;
    for (const AgeBand &b : kAgeBands)
        bands.emplace_back(std::vector<qint64>(b.permille.begin(), b.permille.end()));
    std::array<qint64, kStatusCount> counts{};
    for (Checkout &c : list) {
        const qint64 ageHours = (nowMs - c.paidMs) / kHourMs;
        size_t band = 0;
        while (ageHours >= kAgeBands[band].untilHours)
            ++band;
        c.status = qint8(bands[band].pick(dice));
        ++counts[size_t(c.status)];
    }
    // Every status appears (when there are enough checkouts): a missing one takes a checkout of a
    // fitting age from a status that has more than one: NEW to DELIVERED among the newest, the
    // closed ones among the oldest.
    for (int s = 0; s < kStatusCount; ++s) {
        if (counts[size_t(s)] > 0)
            continue;
        const bool fresh = s <= int(OrderStatus::Delivered); // a fresh delivery: not yet auto-decided
        for (size_t i = 0; i < list.size(); ++i) {
            Checkout &c = list[fresh ? list.size() - 1 - i : i];
            if (counts[size_t(c.status)] > 1) {
                --counts[size_t(c.status)];
                c.status = qint8(s);
                ++counts[size_t(s)];
                break;
            }
        }
    }
}

} // namespace

QString DemoStore::masterLogin()
{
    return QStringLiteral("demo");
}

QString DemoStore::defaultPassword()
{
    return QStringLiteral("demo1234!");
}

QString DemoStore::storeName()
{
    return QStringLiteral("셀러데스크 데모");
}

QString DemoStore::businessNo()
{
    return QStringLiteral("123-45-67891"); // passes the check-digit rule; not a real business
}

Result DemoStore::createStore(Workspace &workspace, const QString &password)
{
    StoreSetup setup;
    setup.storeName = storeName();
    setup.businessNo = businessNo();
    setup.channels = allChannels();
    setup.masterLogin = masterLogin();
    setup.masterName = QStringLiteral("데모 마스터");
    setup.password = password;
    setup.passwordRepeat = password;
    return SetupService(workspace).initialize(setup);
}

Result DemoStore::generate(Workspace &workspace, const UserSession &user, const Options &options,
                           const Progress &progress, Summary *summary)
{
    if (user.role != Role::Master)
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::DemoStore", "Only the store's master may add demo data."));
    return run(workspace, user.userId, options, progress, summary);
}

Result DemoStore::generate(Workspace &workspace, const Options &options, const Progress &progress,
                           Summary *summary)
{
    return run(workspace, 0, options, progress, summary);
}

Result DemoStore::run(Workspace &ws, qint64 userId, const Options &options, const Progress &progress,
                      Summary *summary)
{
    if (options.orders < 0 || options.orders > kMaxOrders)
        return Result::fail(ErrorKind::BadInput,
                            QCoreApplication::translate("sd::DemoStore",
                                                        "The number of demo orders must be between 0 and %1.")
                                .arg(kMaxOrders));
    QSqlDatabase db = storeDatabase(ws).connection();
    const QDateTime now = ws.clock().nowUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = seoulDate(now);
    Dice dice(options.seed);

    // Numbers continue after the orders already there, so running the demo twice adds, never clashes.
    const qint64 existing = OrderListing(db).count(OrderFilter());

    std::vector<ProductModel> products = makeProducts(dice);
    std::vector<Checkout> checkouts = planCheckouts(dice, options.orders, nowMs);
    assignStatuses(checkouts, dice, nowMs);
    const int peopleCount = int(std::clamp<qint64>(qint64(checkouts.size()) * 6 / 10, 200, 60000));
    const std::vector<Person> people = makePeople(dice, peopleCount);

    const std::vector<QString> messages = deliveryMessages();
    std::vector<QString> delayDetails;
    for (const char *d : kDelayDetails)
        delayDetails.push_back(utf8(d));
    std::vector<qint64> courierWeights;
    std::vector<QString> courierCodes;
    for (const TrackingShape &t : kTracking) {
        courierWeights.push_back(t.permille);
        courierCodes.push_back(QString::fromLatin1(t.courier));
    }
    const Weighted courier(courierWeights);
    const Weighted channelMix({600, 250, 150});
    const Weighted quantity({850, 110, 40});
    const Weighted delayReason({500, 200, 150, 100, 0, 50}); // PRODUCT_PREPARE ... ETC
    std::array<std::vector<int>, 3> productsOf;              // indexes into `products`, per channel
    for (size_t i = 0; i < products.size(); ++i)
        productsOf[size_t(products[i].listing.channel)].push_back(int(i));
    std::array<std::array<QString, kStatusCount>, 3> rawStatus; // computed once, not per order
    for (Channel ch : allChannels()) {
        for (OrderStatus st : allStatuses())
            rawStatus[size_t(ch)][size_t(st)] = channelStatusCode(ch, st);
    }
    const int dispatchDays = ws.settings().dispatchBusinessDays();
    std::vector<int> autoDecideDays;
    for (Channel ch : allChannels())
        autoDecideDays.push_back(ws.settings().autoDecideDays(ch));
    const BusinessCalendar &calendar = ws.calendar();
    QHash<qint64, QDate> dueCache;          // (Seoul day << 8 | business days) -> due date
    QHash<qint64, QString> datePrefixCache; // Seoul day -> "yyyyMMdd"

    auto seoulDay = [](qint64 ms) { return (ms + 9 * kHourMs) / kDayMs; };
    auto dueDate = [&](qint64 paidMs, int days) {
        const qint64 key = (seoulDay(paidMs) << 8) | days;
        auto it = dueCache.constFind(key);
        if (it == dueCache.constEnd())
            it = dueCache.insert(key, dispatchDueDate(fromEpochMs(paidMs), days, calendar));
        return *it;
    };
    auto number16 = [&](qint64 paidMs, qint64 sequence) {
        const qint64 day = seoulDay(paidMs);
        auto it = datePrefixCache.constFind(day);
        if (it == datePrefixCache.constEnd())
            it = datePrefixCache.insert(day,
                                        seoulDate(fromEpochMs(paidMs)).toString(QStringLiteral("yyyyMMdd")));
        QString s(16, Qt::Uninitialized);
        std::copy(it->cbegin(), it->cend(), s.begin());
        putDigits(s.data() + 8, sequence % 100000000, 8);
        return s;
    };

    auto failed = [&](const Result &why) {
        return storageFailure(QCoreApplication::translate("sd::DemoStore",
                                                          "The demo data could not be saved. The batches "
                                                          "saved before the failure are complete."),
                              why);
    };

    // Rows are computed outside the write lock and written batch by batch, each batch in a short
    // transaction of its own with its own audit row; see the class comment.
    QList<Order> batch;
    std::vector<int> batchProducts; // per order, its index into `products`: ids exist once batch 1 wrote them
    qint64 batchSize = kFirstBatch; // adapted after every batch so that writing it takes kTargetHoldMs
    const qint64 total = options.orders;
    qint64 written = 0; // orders made so far (the last batch may still be unwritten)
    qint64 committed = 0;
    int batchNo = 0;
    QElapsedTimer sinceCommit;
    OrderBulkWriter orders(db);

    auto writeBatch = [&]() -> Result {
        ++batchNo;
        if (sinceCommit.isValid() && sinceCommit.elapsed() < kYieldMs)
            QThread::msleep(quint64(kYieldMs - sinceCommit.elapsed()));
        WriteTransaction tx(db);
        if (!tx.isActive())
            return failed(tx.status());
        QElapsedTimer hold; // from BEGIN IMMEDIATE on: waiting for the lock is not holding it
        hold.start();
        int productsAdded = 0;
        if (batchNo == 1) {
            ProductRepository productRepo(db);
            for (ProductModel &p : products) {
                if (const Result why = productRepo.insert(p.listing, now); !why.ok())
                    return failed(why);
            }
            productsAdded = int(products.size());
        }
        for (qsizetype i = 0; i < batch.size(); ++i)
            batch[i].productId = products[size_t(batchProducts[size_t(i)])].listing.id;
        if (const Result why = orders.insert(batch); !why.ok())
            return failed(why);
        const qint64 firstId = batch.isEmpty() ? 0 : batch.first().id;
        const qint64 lastId = batch.isEmpty() ? 0 : batch.last().id;
        // "ids" is the range of order row ids the batch wrote (rows are numbered in insert order).
        const QString detail = QStringLiteral("batch=%1 orders=%2 ids=%3-%4 products=%5 seed=%6")
                                   .arg(batchNo)
                                   .arg(batch.size())
                                   .arg(firstId)
                                   .arg(lastId)
                                   .arg(productsAdded)
                                   .arg(options.seed);
        if (const Result why = writeAudit(db, now, userId, AuditAction::DemoGenerate, QStringLiteral("store"),
                                          QString(), detail);
            !why.ok())
            return failed(why);
        if (const Result why = tx.commit(); !why.ok())
            return failed(why);
        const qint64 heldMs = std::max<qint64>(1, hold.elapsed());
        // Statistics as the store grows (a sampled ANALYZE takes milliseconds): without them, a demo
        // beside another program's frequent commits got slower and slower per batch.
        if (storeDatabase(ws).statisticsStale())
            storeDatabase(ws).refreshStatistics();
        sinceCommit.start();
        if (!batch.isEmpty())
            batchSize = std::clamp<qint64>((batchSize + qint64(batch.size()) * kTargetHoldMs / heldMs) / 2,
                                           kMinBatch, kMaxBatch); // halfway: smooths out noisy timings
        committed += qint64(batch.size());
        batch.clear();
        batchProducts.clear();
        if (progress)
            progress(committed, total);
        return Result::success();
    };

    Order items[3];
    for (size_t ci = 0; ci < checkouts.size(); ++ci) {
        const Checkout &c = checkouts[ci];
        auto status = OrderStatus(c.status);
        const int channel = channelMix.pick(dice);
        const std::vector<int> &catalog = productsOf[size_t(channel)];
        const Person &buyer = people[size_t(dice.below(peopleCount))];
        const Person &recipient = dice.permille(750) ? buyer : people[size_t(dice.below(peopleCount))];
        const QString &message = messages[size_t(dice.below(int(messages.size())))];
        Timeline t = timeline(status, nowMs - c.paidMs, dice);
        // The marketplaces decide a purchase by themselves N days after delivery, and so does
        // SellerDesk after login: an older delivery is already decided, so the demo has no backlog.
        const qint64 autoDecideMs = qint64(autoDecideDays[size_t(channel)]) * kDayMs;
        if (status == OrderStatus::Delivered && nowMs - c.paidMs - t.deliver >= autoDecideMs) {
            status = OrderStatus::Decided;
            t.decide = t.deliver + autoDecideMs;
        }
        const qint64 last = std::max({t.confirm, t.ship, t.deliver, t.decide, t.close});

        QString courierCode, trackingNo;
        if (shipped(status)) {
            const int k = courier.pick(dice);
            const TrackingShape &shape = kTracking[k];
            courierCode = courierCodes[size_t(k)];
            // A bijection on [0, 10^width): unique per checkout, scattered like real numbers.
            const qint64 space = pow10(shape.width);
            const qint64 index = existing + qint64(ci);
            trackingNo =
                QString(QLatin1Char(shape.lead)) +
                digits((index * 7654321 + 1234567 + qint64(shape.lead) * 99991) % space, shape.width);
        }
        // A delay notice for some of the orders still waiting to ship.
        QString delayCode, delayDetail;
        int delayDays = 0;
        if ((status == OrderStatus::New || status == OrderStatus::Confirmed) &&
            nowMs - c.paidMs > 36 * kHourMs && dice.permille(200)) {
            const DelayReason reason = allDelayReasons().at(delayReason.pick(dice));
            delayCode = delayReasonCode(reason);
            delayDetail = delayDetails[size_t(int(reason))];
            delayDays = dice.between(2, 5);
        }

        Won checkoutTotal = 0;
        int chosen[3] = {-1, -1, -1};
        for (int i = 0; i < c.items; ++i) {
            Order &o = items[i];
            // Popular products sell more: the head of the catalog is drawn more often.
            int p = 0;
            do {
                const int r = dice.below(int(catalog.size()) * int(catalog.size()));
                p = catalog[size_t(int(catalog.size()) - 1 - int(std::sqrt(double(r))))];
            } while (c.items <= int(catalog.size()) && (p == chosen[0] || p == chosen[1]));
            chosen[i] = p;
            const ProductModel &product = products[size_t(p)];
            const qint64 sequence = existing + written + i + 1;
            o.productOrderNo = number16(c.paidMs, sequence);
            o.orderNo = number16(c.paidMs, existing + written + 1 + 50000000);
            o.channel = Channel(channel);
            o.status = status;
            o.rawStatus = rawStatus[size_t(channel)][size_t(status)];
            o.paidAt = fromEpochMs(c.paidMs);
            o.productName = product.listing.name;
            if (product.options.empty()) {
                o.optionText.clear();
                o.optionPrice = 0;
            } else {
                const OptionChoice &option = product.options[size_t(dice.below(int(product.options.size())))];
                o.optionText = option.text;
                o.optionPrice = option.price;
            }
            o.quantity = quantity.pick(dice) + 1;
            o.unitPrice = product.listing.price;
            const Won gross = (o.unitPrice + o.optionPrice) * o.quantity;
            o.discount = dice.permille(250) ? round100(gross * dice.between(1, 3) * 5 / 100) : 0;
            o.totalAmount = gross - o.discount;
            o.shippingFee = 0;
            checkoutTotal += o.totalAmount;
            const int days = product.listing.dispatchDays > 0 ? product.listing.dispatchDays : dispatchDays;
            o.dispatchDue = dueDate(c.paidMs, days);
            o.delayReason = delayCode;
            o.delayDetail = delayDetail;
            if (delayDays > 0) {
                o.dispatchDue = calendar.addBusinessDays(std::max(o.dispatchDue, today), delayDays);
            }
            o.courierCode = courierCode;
            o.trackingNo = trackingNo;
            o.confirmedAt = at(c.paidMs, t.confirm);
            o.shippedAt = at(c.paidMs, t.ship);
            o.deliveredAt = at(c.paidMs, t.deliver);
            o.decidedAt = at(c.paidMs, t.decide);
            o.updatedAt = fromEpochMs(c.paidMs + last);
            OrderContact &contact = o.contact;
            contact.buyerName = buyer.name;
            contact.buyerPhone = buyer.phone;
            contact.recipientName = recipient.name;
            contact.recipientPhone1 = recipient.phone;
            contact.recipientPhone2.clear();
            contact.postcode = recipient.postcode;
            contact.address = recipient.address;
            contact.addressDetail = recipient.addressDetail;
            contact.deliveryMessage = message;
        }
        // 배송비: free from 30,000원 per checkout, charged once on its first product order.
        items[0].shippingFee = checkoutTotal >= 30000 ? 0 : 3000;
        for (int i = 0; i < c.items; ++i) {
            batch.append(items[i]);
            batchProducts.push_back(chosen[i]);
        }
        written += c.items;
        if (qint64(batch.size()) >= batchSize) {
            const Result r = writeBatch();
            if (!r.ok())
                return r;
        }
    }
    if (!batch.isEmpty() || batchNo == 0) { // the last batch; an empty run still writes its products
        const Result r = writeBatch();
        if (!r.ok())
            return r;
    }
    storeDatabase(ws).refreshStatistics(); // a bulk load changes what the query planner should pick
    if (summary) {
        summary->orders = written;
        summary->checkouts = qint64(checkouts.size());
        summary->products = int(products.size());
    }
    return Result::success();
}

} // namespace sd
