#include "services/orders/order_import.h"
#include "services/orders/order_import_internal.h"
#include "io/marketplace/order_row_signature.h"

#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/common/literal_lookup.h"
#include "core/common/log_category.h"
#include "core/orders/channel_status.h"
#include "core/orders/courier.h"
#include "core/orders/order_field.h"
#include "core/orders/order_transition.h"
#include "io/formats/csv_writer.h"
#include "io/formats/pending_file.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "services/common/app_log.h"
#include "services/common/bulk_run.h"
#include "services/orders/order_import_timing.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/orders/order_import_stage.h"
#include "storage/orders/order_repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QThread>

// OrderImportService::checkFile: read → row signatures → map → compare (ARCHITECTURE.md, "Importing orders").

namespace sd {

namespace {

using Kind = OrderImportRow::Kind;

void phaseEnded(const char *phase)
{
    orderImportPhaseEnded(phase);
}

QString shownDateTime(const QDateTime &utc)
{
    return utc.isValid() ? formatSeoul(utc, QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString courierName(const QString &code)
{
    const Courier *c = findCourier(code);
    return c ? c->name : code;
}

// The fields a file has columns for, asked by the comparison's literal ids.
using FileFields = LiteralLookup<bool>;

// Compares the stored order with what the file states, field by field (only the fields the file has),
// applying the file's values to `merged` and describing each change.
// One line of a row's changes: "label: before → after", an empty side said as such.
QString changeLine(const QString &label, const QString &before, const QString &after)
{
    const auto side = [](const QString &v) { return v.isEmpty() ? OrderImportService::tr("(none)") : v; };
    return QStringLiteral("%1: %2 → %3").arg(label, side(before), side(after));
}

class Comparison
{
public:
    Comparison(const Order &stored, const FileFields &fields) : merged(stored), m_fields(fields) {}

    // `label` and `show` are called only for a field that changed: most rows of a big file change
    // nothing, and translating thirty labels per row was a good part of the check.
    template <typename T, typename Label, typename Show>
    void field(const char *id, Label label, T Order::*member, const T &value, Show show)
    {
        if (!m_fields.contains(id) || merged.*member == value)
            return;
        changes << changeLine(label(), show(merged.*member), show(value));
        merged.*member = value;
    }
    void text(const char *id, OrderField label, QString Order::*member, const QString &value)
    {
        field<QString>(
            id, [label] { return orderFieldLabel(label); }, member, value,
            [](const QString &s) { return s; });
    }
    // Personal data: the field is named, its values are not (history and previews are read by roles that
    // see masked data).
    template <typename Label>
    void contact(const char *id, Label label, QString OrderContact::*member, const QString &value)
    {
        if (!m_fields.contains(id) || merged.contact.*member == value)
            return;
        changes << OrderImportService::tr("%1 changed").arg(label());
        merged.contact.*member = value;
    }

    Order merged;
    QStringList changes;

private:
    const FileFields &m_fields;
};

QString wonText(const std::optional<Won> &w)
{
    return w ? QString::number(*w) : QString();
}

// Rows compared between two looks at the control (progress, cancel).
constexpr int kCheckProgressRows = 500;

// The check's second half: every row of the file against the stored order of the same 상품주문번호, on
// `db` (the check's own read connection). Fills `plan` (counts, rows, the work to apply); stops with
// `plan.cancelled` set when the control says so.
// `signatureOfRow` holds each table row's signature (by row index: line - 1).
void compareWithStore(QSqlDatabase db, const OrderFileResult &file, const std::vector<quint64> &signatureOfRow,
                      const OrderImportOptions &options, const QDateTime &now, const QString &databasePath,
                      const OrderCheckControl &control, OrderImportPlan &plan)
{
    OrderRepository repo(db);
    auto work = std::make_shared<OrderImportWork>();
    work->databasePath = databasePath;
    work->source = options.source;
    const QString source =
        options.source.isEmpty() ? OrderImportService::tr("an imported file") : options.source;
    // Progress counts the rows skipped by their signatures as done already.
    const qint64 total = file.orders.size() + file.skipped;
    QSet<QString> fields = file.fields;
    if (fields.contains(QStringLiteral("status")) || fields.contains(QStringLiteral("status_detail")) ||
        fields.contains(QStringLiteral("claim_status")))
        fields.insert(QStringLiteral("claim")); // the claim state is read from these two
    QHash<QString, bool> hasField;
    for (const QString &f : std::as_const(fields))
        hasField.insert(f, true);
    const FileFields fileFields(hasField, false);
    QStringList feeFields; // the fees the file has columns for
    for (const QString &f : file.fields) {
        if (f.startsWith(QLatin1String("fee.")))
            feeFields << f;
    }
    // The stored orders of the file's numbers, a chunk of rows at a time: a few keyed statements per chunk
    // instead of three look-ups per row, and memory bounded by the chunk.
    constexpr qsizetype kCompareChunk = 5000;
    QHash<QString, Order> storedOrders;
    for (qsizetype index = 0; index < file.orders.size(); ++index) {
        if (index % kCompareChunk == 0) {
            storedOrders.clear();
            QStringList numbers;
            for (qsizetype k = index; k < std::min(index + kCompareChunk, file.orders.size()); ++k)
                numbers << file.orders.at(k).order.productOrderNo;
            Result read = repo.findByProductOrderNos(numbers, &storedOrders);
            if (read.ok())
                read = OrderImportStage::loadReported(db, &storedOrders);
            if (!read.ok()) {
                plan.result = storageFailure(
                    OrderImportService::tr("The store could not be read, so the file was not checked."),
                    read);
                return;
            }
        }
        if (index % kCheckProgressRows == 0) {
            if (control.progress)
                control.progress({OrderCheckProgress::Phase::Comparing, file.skipped + index, total});
            if (control.cancelled()) {
                plan.cancelled = true;
                return;
            }
        }
        const ImportedOrder &row = file.orders.at(index);
        const Order &incoming = row.order;
        const quint64 signature = signatureOfRow.at(size_t(row.line - 1));
        const auto found = storedOrders.constFind(incoming.productOrderNo);
        const Order *stored = found == storedOrders.cend() ? nullptr : &*found;
        if (!stored) {
            StagedOrder s;
            s.order = incoming;
            s.order.updatedAt = now;
            OrderEvent e;
            e.at = now;
            e.action = QStringLiteral("import");
            e.toStatus = statusCode(incoming.status);
            e.detail = OrderImportService::tr("Imported from %1").arg(source);
            s.events << e;
            s.rowSignature = signature;
            work->orders << s;
            plan.rows << OrderImportRow{Kind::New, row.line, incoming.productOrderNo, {}, {}};
            ++plan.newCount;
            continue;
        }
        if (stored->channel != incoming.channel) {
            plan.rows << OrderImportRow{
                Kind::Conflict,
                row.line,
                incoming.productOrderNo,
                {},
                OrderImportService::tr("The store has this product order number on %1, the file on %2.")
                    .arg(channelLabel(stored->channel), channelLabel(incoming.channel))};
            ++plan.conflictCount;
            continue;
        }
        // A claim in progress with no status of its own leaves the stored status as it is.
        const OrderStatus status = row.statusReading.claimOnly ? stored->status : incoming.status;
        QString refusal;
        if (!channelMayReport(stored->status, status, &refusal)) {
            plan.rows << OrderImportRow{Kind::Conflict, row.line, incoming.productOrderNo, {}, refusal};
            ++plan.conflictCount;
            continue;
        }
        Comparison c(*stored, fileFields);
        const auto dt = [](const QDateTime &t) { return shownDateTime(t); };
        const auto plain = [](const QString &s) { return s; };
        if (status != stored->status) {
            c.changes << changeLine(orderFieldLabel(OrderField::Status), statusLabel(stored->status),
                                    statusLabel(status));
            c.merged.status = status;
        }
        c.field<QString>(
            "status", [] { return OrderImportService::tr("Channel status"); }, &Order::rawStatus,
            incoming.rawStatus,
            [&incoming](const QString &raw) { return channelStatusText(incoming.channel, raw); });
        c.field<QString>(
            "claim", [] { return OrderImportService::tr("Claim state"); }, &Order::claimStatus,
            incoming.claimStatus, plain);
        c.text("order_no", OrderField::OrderNo, &Order::orderNo, incoming.orderNo);
        c.field<QDateTime>(
            "paid_at", [] { return orderFieldLabel(OrderField::PaidAt); }, &Order::paidAt, incoming.paidAt,
            dt);
        c.text("product_name", OrderField::Product, &Order::productName, incoming.productName);
        c.text("option", OrderField::Option, &Order::optionText, incoming.optionText);
        c.field<int>(
            "quantity", [] { return orderFieldLabel(OrderField::Quantity); }, &Order::quantity,
            incoming.quantity, [](const int &n) { return QString::number(n); });
        const auto won = [](const Won &w) { return QString::number(w); };
        c.field<Won>(
            "unit_price", [] { return orderFieldLabel(OrderField::UnitPrice); }, &Order::unitPrice,
            incoming.unitPrice, won);
        c.field<Won>(
            "option_price", [] { return orderFieldLabel(OrderField::OptionPrice); }, &Order::optionPrice,
            incoming.optionPrice, won);
        c.field<Won>(
            "discount", [] { return orderFieldLabel(OrderField::Discount); }, &Order::discount,
            incoming.discount, won);
        c.field<Won>(
            "total_amount", [] { return orderFieldLabel(OrderField::TotalAmount); }, &Order::totalAmount,
            incoming.totalAmount, won);
        c.field<Won>(
            "shipping_fee", [] { return orderFieldLabel(OrderField::ShippingFee); }, &Order::shippingFee,
            incoming.shippingFee, won);
        c.field<QDate>(
            "dispatch_due", [] { return orderFieldLabel(OrderField::DispatchDue); }, &Order::dispatchDue,
            incoming.dispatchDue, [](const QDate &d) { return d.toString(Qt::ISODate); });
        c.field<QString>(
            "courier", [] { return orderFieldLabel(OrderField::Courier); }, &Order::courierCode,
            incoming.courierCode, [](const QString &code) { return courierName(code); });
        c.text("tracking_no", OrderField::TrackingNo, &Order::trackingNo, incoming.trackingNo);
        c.field<QDateTime>(
            "confirmed_at", [] { return orderFieldLabel(OrderField::ConfirmedAt); }, &Order::confirmedAt,
            incoming.confirmedAt, dt);
        c.field<QDateTime>(
            "shipped_at", [] { return orderFieldLabel(OrderField::ShippedAt); }, &Order::shippedAt,
            incoming.shippedAt, dt);
        c.field<QDateTime>(
            "delivered_at", [] { return orderFieldLabel(OrderField::DeliveredAt); }, &Order::deliveredAt,
            incoming.deliveredAt, dt);
        const OrderContact &in = incoming.contact;
        c.contact(
            "buyer_name", [] { return orderFieldLabel(OrderField::BuyerName); }, &OrderContact::buyerName,
            in.buyerName);
        c.contact(
            "buyer_phone", [] { return orderFieldLabel(OrderField::BuyerPhone); }, &OrderContact::buyerPhone,
            in.buyerPhone);
        c.contact(
            "recipient_name", [] { return orderFieldLabel(OrderField::RecipientName); },
            &OrderContact::recipientName, in.recipientName);
        c.contact(
            "recipient_phone1", [] { return orderFieldLabel(OrderField::RecipientPhone1); },
            &OrderContact::recipientPhone1, in.recipientPhone1);
        c.contact(
            "recipient_phone2", [] { return orderFieldLabel(OrderField::RecipientPhone2); },
            &OrderContact::recipientPhone2, in.recipientPhone2);
        c.contact(
            "postcode", [] { return orderFieldLabel(OrderField::Postcode); }, &OrderContact::postcode,
            in.postcode);
        c.contact(
            "address", [] { return orderFieldLabel(OrderField::Address); }, &OrderContact::address,
            in.address);
        c.contact(
            "address_detail", [] { return orderFieldLabel(OrderField::AddressDetail); },
            &OrderContact::addressDetail, in.addressDetail);
        c.contact(
            "delivery_message", [] { return orderFieldLabel(OrderField::DeliveryMessage); },
            &OrderContact::deliveryMessage, in.deliveryMessage);
        c.contact(
            "customs_code", [] { return importFieldLabel(QStringLiteral("customs_code")); },
            &OrderContact::customsCode, in.customsCode);
        c.field<std::optional<Won>>(
            "settlement_expected", [] { return importFieldLabel(QStringLiteral("settlement_expected")); },
            &Order::settlementExpected, incoming.settlementExpected, wonText);
        // Fees: the ones the file has columns for replace the stored ones of the same names.
        QMap<QString, Won> fees = c.merged.fees;
        for (const QString &f : std::as_const(feeFields)) {
            const auto given = incoming.fees.constFind(f);
            const auto before = fees.constFind(f);
            const QString was = before == fees.cend() ? QString() : QString::number(*before);
            const QString now = given == incoming.fees.cend() ? QString() : QString::number(*given);
            if (was == now)
                continue;
            c.changes << changeLine(importFieldLabel(f), was, now);
            if (given == incoming.fees.cend())
                fees.remove(f);
            else
                fees.insert(f, *given);
        }
        c.merged.fees = fees;
        if (c.changes.isEmpty()) {
            ++plan.unchangedCount;
            work->unchanged << UnchangedImportRow{stored->id, signature, stored->updatedAt.toMSecsSinceEpoch()};
            continue;
        }
        StagedOrder s;
        s.order = c.merged;
        s.order.updatedAt = now;
        s.checkedUpdatedAtMs = stored->updatedAt.toMSecsSinceEpoch();
        OrderEvent e;
        e.at = now;
        e.action = QStringLiteral("import");
        e.fromStatus = statusCode(stored->status);
        e.toStatus = statusCode(status);
        e.detail = OrderImportService::tr("%1: %2").arg(source, c.changes.join(QStringLiteral("; ")));
        s.events << e;
        s.rowSignature = signature;
        work->orders << s;
        plan.rows << OrderImportRow{Kind::Updated, row.line, incoming.productOrderNo, c.changes, {}};
        ++plan.updatedCount;
    }
    work->newCount = plan.newCount;
    work->updatedCount = plan.updatedCount;
    plan.work = work;
    if (control.progress)
        control.progress({OrderCheckProgress::Phase::Comparing, total, total});
}

// The rows the store already has from this very row: the key (channel + 상품주문번호) is unique in the file,
// the kept signature equals the row's, and the order has not changed since it was kept (its updated_at).
// Such a row is unchanged without mapping or comparing. Every other row goes the whole way.
Result skipKnownRows(QSqlDatabase db, const QList<OrderRowKey> &keys, std::vector<bool> *skip, int *skipped)
{
    // A 상품주문번호 on more than one row: those rows are compared with each other by readOrderRows, so
    // none of them is skipped. Told by sorting the numbers' hashes (cheaper than a hash of strings; two
    // numbers of the same hash are both taken for repeated, which only costs them the shortcut).
    std::vector<std::pair<size_t, qsizetype>> hashes; // qHash of the number, index into keys
    hashes.reserve(size_t(keys.size()));
    for (qsizetype i = 0; i < keys.size(); ++i)
        hashes.emplace_back(qHash(keys.at(i).productOrderNo), i);
    std::sort(hashes.begin(), hashes.end());
    std::vector<bool> repeated(size_t(keys.size()), false);
    for (size_t i = 1; i < hashes.size(); ++i) {
        if (hashes[i].first == hashes[i - 1].first)
            repeated[size_t(hashes[i].second)] = repeated[size_t(hashes[i - 1].second)] = true;
    }
    constexpr qsizetype kChunk = 5000;
    QStringList numbers;
    QList<const OrderRowKey *> asked; // numbers[i] is asked[i]'s
    QList<StoredRowSignature> stored;
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        const qsizetype to = std::min(keys.size(), from + kChunk);
        numbers.clear();
        asked.clear();
        for (qsizetype i = from; i < to; ++i) {
            const OrderRowKey &k = keys.at(i);
            if (!k.productOrderNo.isEmpty() && k.channel && !repeated[size_t(i)]) {
                numbers << k.productOrderNo;
                asked << &k;
            }
        }
        stored.clear();
        if (const Result read = OrderImportStage::loadRowSignatures(db, numbers, &stored); !read.ok())
            return read;
        for (const StoredRowSignature &s : std::as_const(stored)) {
            const OrderRowKey *k = asked.value(s.index);
            if (!k || s.signature != k->signature || s.channel != channelCode(*k->channel))
                continue;
            (*skip)[size_t(k->row)] = true;
            ++*skipped;
        }
    }
    return Result::success();
}

// The check after the profile is known, on the check's read connection: the row signatures against the
// store's, the mapping of every other row (any bad row fails the plan), then their comparison.
void checkRows(QSqlDatabase db, const TableRows &rows, const ProfileMatch &match, const OrderImportOptions &options,
               const QDateTime &now, const QString &databasePath, const OrderCheckControl &control,
               OrderImportPlan &plan)
{
    const QList<OrderRowKey> keys = orderRowKeys(rows, match, options.channel);
    std::vector<quint64> signatureOfRow(size_t(rows.size()), 0);
    for (const OrderRowKey &k : keys)
        signatureOfRow[size_t(k.row)] = k.signature;
    std::vector<bool> skip(size_t(rows.size()), false);
    int skipped = 0;
    if (const Result read = skipKnownRows(db, keys, &skip, &skipped); !read.ok()) {
        plan.result =
            storageFailure(OrderImportService::tr("The store could not be read, so the file was not checked."), read);
        return;
    }
    phaseEnded("signatures");
    if (control.cancelled()) {
        plan.cancelled = true;
        return;
    }
    const OrderFileResult file = readOrderRows(rows, match, options.channel, &skip);
    phaseEnded("map");
    if (!file.ok()) {
        for (const OrderFileProblem &p : file.problems)
            plan.rows << OrderImportRow{Kind::Bad, p.line, {}, {}, p.message};
        plan.moreProblems = file.moreProblems;
        plan.badCount = file.problemCount();
        plan.result = Result::fail(ErrorKind::BadInput,
                                   file.problemCount() == 1
                                       ? file.problems.constFirst().message
                                       : OrderImportService::tr("The file has %n problems; nothing was changed.",
                                                                nullptr, file.problemCount()));
        return;
    }
    if (control.cancelled()) {
        plan.cancelled = true;
        return;
    }
    plan.unchangedCount = file.skipped;
    compareWithStore(db, file, signatureOfRow, options, now, databasePath, control, plan);
    phaseEnded("compare");
}

} // namespace

OrderImportPlan OrderImportService::checkFile(const QByteArray &bytes, const OrderImportOptions &options,
                                              const OrderCheckControl &control)
{
    OrderImportPlan plan;
    plan.source = options.source;
    if (!mayImport(m_user)) {
        plan.result = Result::fail(ErrorKind::Permission,
                                   tr("Your role (%1) may not import orders.").arg(roleLabel(m_user.role)));
        return plan;
    }
    const auto cancelled = [&options] {
        OrderImportPlan stopped;
        stopped.source = options.source;
        stopped.cancelled = true;
        stopped.result = Result::fail(ErrorKind::Rule, tr("Cancelled; nothing was changed."));
        return stopped;
    };
    ReadControl reading;
    reading.cancel = control.cancel;
    if (control.progress)
        reading.progress = [&control](qint64 done, qint64 total) {
            control.progress({OrderCheckProgress::Phase::Reading, done, total});
        };
    // The profiles that may read the file choose its sheet too (a workbook whose first tab is a notice).
    const QList<OrderProfile> userProfiles = userProfilesOf(m_ws.databasePath());
    std::optional<OrderProfile> named;
    QList<const OrderProfile *> candidates;
    if (!options.profile.isEmpty()) {
        named = profile(options.profile);
        if (named)
            candidates << &*named;
    } else {
        for (const OrderProfile &p : builtInProfiles())
            candidates << &p;
        for (const OrderProfile &p : userProfiles)
            candidates << &p;
    }
    const TableData table = readOrderTable(bytes, options.password, reading, candidates);
    phaseEnded("read");
    if (table.cancelled || control.cancelled())
        return cancelled();
    if (!table.ok()) {
        plan.passwordProblem = table.passwordProblem;
        plan.result = table.result;
        if (!table.result.detail.isEmpty()) // a parser's own words: for the log only
            qCInfo(sdServices).noquote() << "order file not read:" << table.result.message << "|"
                                         << table.result.detail;
        return plan;
    }
    plan.firstRows = table.rows.mid(0, kHeaderSearchRows + 10).toList();
    ProfileMatch match;
    if (!options.profile.isEmpty()) {
        if (!named) {
            plan.result =
                Result::fail(ErrorKind::BadInput,
                             tr("There is no profile named %1 (sellerdesk-cli profile list shows them).")
                                 .arg(options.profile));
            return plan;
        }
        match = matchProfile(table.rows, *named);
    } else {
        match = recognise(table.rows, userProfiles);
        plan.needsMapping = !match.complete();
        if (plan.needsMapping && isDispatchUploadLayout(table.rows)) {
            // Tracking numbers for orders already in the store, not orders: said as such, not as six
            // missing columns, and no column mapping is offered.
            plan.needsMapping = false;
            plan.result = Result::fail(
                ErrorKind::BadInput,
                tr("This is a bulk dispatch upload (상품주문번호, 택배사, 송장번호), not an order download: "
                   "import it as tracking numbers (File › Import tracking numbers…, or sellerdesk-cli "
                   "import dispatch)."));
            return plan;
        }
    }
    plan.closest = match;
    if (match.profile) {
        plan.profile = match.profile->name;
        plan.profileTitle = match.profile->shownTitle();
        plan.profileVerified = match.profile->verified && !match.profile->hasUnverifiedColumns();
        plan.headerLine = match.headerRow + 1;
    }
    if (match.profile && match.profile->channel.has_value() == false && !options.channel &&
        match.column(QStringLiteral("channel")) < 0 && match.headerRow >= 0) {
        plan.result =
            Result::fail(ErrorKind::BadInput,
                         tr("The file does not say which channel its orders come from: choose the channel."));
        return plan;
    }
    if (control.cancelled())
        return cancelled();

    // The store is read on a connection of its own, in one read transaction (one snapshot), so the check
    // may run on a worker while the GUI thread keeps the writer connection.
    static std::atomic_int connections{0};
    const QString connection = QStringLiteral("sd-import-check-%1").arg(++connections);
    const QString databasePath = storeDatabase(m_ws).path();
    {
        Result opened;
        QSqlDatabase db = Database::openReadConnection(databasePath, connection, &opened);
        if (opened.ok() && db.transaction()) {
            checkRows(db, table.rows, match, options, m_ws.clock().nowUtc(), databasePath, control, plan);
            db.rollback();
        } else {
            plan.result =
                storageFailure(tr("The store could not be read, so the file was not checked."),
                               opened.ok() ? Result::storage(QString(), db.lastError().text()) : opened);
        }
    }
    Database::closeConnection(connection);
    if (plan.cancelled)
        return cancelled();
    return plan;
}

} // namespace sd
