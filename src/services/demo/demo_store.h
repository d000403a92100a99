#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

#include <QString>
#include <QtGlobal>
#include <functional>

namespace sd {

class Workspace;

// A realistic demo store for trying SellerDesk, for the GUI tests and for the benchmarks: 30-80
// products with options, and orders of the last 90 days (relative to the workspace clock) on every
// channel and in every status, with consistent timestamps, dispatch due dates from the business
// calendar, courier tracking numbers of the right shape, and buyers with Korean names, phones and
// addresses. Deterministic: the same seed and the same clock give the same rows, byte for byte.
//
// Built for volume (a million orders): the buyer pools are computed once, and each batch is written
// through OrderBulkWriter (orders, then contacts, then search documents, counted once per batch)
// without an order history per row.
//
// Never locks others out: the rows of a batch (whole checkouts) are computed outside the write lock,
// then written in one short transaction with its own audit row ("demo.generate", detail
// "batch=K orders=N ids=FIRST-LAST products=P seed=S"; the first batch also writes the products). The
// batch size follows the machine: each batch is sized so that writing it takes about kTargetHoldMs,
// but never below kMinBatch: every transaction has a fixed cost (for one, the search index writes a
// new FTS segment and merges), so tiny batches cost more per order, take longer, and would shrink
// further. Planner statistics are refreshed between batches when stale (see Database).
// Between two batches the write lock stays free for at least kYieldMs, longer than SQLite's busy
// handler sleeps between two tries (100 ms at most), so a login or an order action of another program
// always gets in. A killed run leaves whole batches only, each with its audit row.
class DemoStore
{
public:
    struct Options
    {
        qint64 orders = 500;
        quint32 seed = 1;
    };
    struct Summary
    {
        qint64 orders = 0;
        qint64 checkouts = 0; // 주문번호 (one checkout groups 1-3 product orders)
        int products = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr qint64 kTargetHoldMs = 500;
    static constexpr qint64 kYieldMs = 120;
    static constexpr qint64 kFirstBatch = 1000;
    static constexpr qint64 kMinBatch = 500;
    static constexpr qint64 kMaxBatch = 20000;
    static constexpr qint64 kMaxOrders = 10000000;

    // The login of the demo store's master account, and its password when none is given.
    static QString masterLogin();
    static QString defaultPassword();
    static QString storeName();
    static QString businessNo();

    // Sets up an empty workspace as the demo store (store profile + master account "demo").
    static Result createStore(Workspace &workspace, const QString &password);

    // Adds products and orders on behalf of `user`, who must be the store's master.
    static Result generate(Workspace &workspace, const UserSession &user, const Options &options,
                           const Progress &progress = {}, Summary *summary = nullptr);
    // The same without a user (audit row without one): for tests and benchmarks.
    static Result generate(Workspace &workspace, const Options &options, const Progress &progress = {},
                           Summary *summary = nullptr);

private:
    static Result run(Workspace &workspace, qint64 userId, const Options &options, const Progress &progress,
                      Summary *summary);
};

} // namespace sd
