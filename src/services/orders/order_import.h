#pragma once
#include "core/access/user_session.h"
#include "core/common/bulk_report.h"
#include "core/common/result.h"
#include "core/orders/channel.h"
#include "io/formats/file_inspection.h"
#include "io/marketplace/order_file.h"
#include "io/marketplace/order_profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sd {

class Workspace;

struct OrderImportOptions
{
    std::optional<Channel> channel; // overrides the profile's (--channel)
    QString profile;                // a profile's name; empty: recognised from the header row
    QString password;               // an encrypted download's (passed to io's one reading function)
    QString source;                 // the file's name: kept in the audit row and the order history
};

// What the check found for one row of the file.
struct OrderImportRow
{
    enum class Kind { New, Updated, Unchanged, Conflict, Bad };
    Kind kind = Kind::New;
    int line = 0; // spreadsheet row; 0 for a problem of the whole file
    QString productOrderNo;
    QStringList changes; // Updated: one translated line per changed field ("주문상태: 결제완료 → 배송중");
                         // personal fields name the field only
    QString reason; // Conflict, Bad: why, translated
};

struct OrderImportWork; // the orders to write (services only)

// How far a check got: reading the file (bytes of it, of the unpacked sheet for .xlsx; `total` 0 while
// unknown), then comparing its orders with the store (rows).
struct OrderCheckProgress
{
    enum class Phase { Reading, Comparing };
    Phase phase = Phase::Reading;
    qint64 done = 0;
    qint64 total = 0;
};

// How a face follows a check that runs on a worker thread: `progress` is called from the checking
// thread now and then; the check stops soon after `*cancel` becomes true (set from any thread) and
// answers a plan with `cancelled` set. A default-constructed control follows nothing.
struct OrderCheckControl
{
    std::function<void(const OrderCheckProgress &)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The answer of a check: what applying the file would do. `result` fails (BadInput) when the file cannot
// be read, no profile fits, a required column is missing or any row is bad: then nothing can be applied.
// Conflicts do not fail the check; they are listed and never applied.
struct OrderImportPlan
{
    Result result;
    bool cancelled = false; // the caller stopped the check (result says so); nothing was decided
    // An encrypted download: no password was given (Needed) or the one given is wrong (Wrong); ask for it
    // and check again.
    TableData::PasswordProblem passwordProblem = TableData::PasswordProblem::None;
    // No profile was named and none fits the header (the closest, if any, lacks required columns): the
    // GUI offers the column-mapping dialog over `firstRows`, preselected from `closest`.
    bool needsMapping = false;
    ProfileMatch closest;
    QList<QStringList> firstRows; // the file's first rows (header search rows and a few more), when it was read
    QString source;
    QString profile; // the profile used
    QString profileTitle;
    bool profileVerified = true; // false: the profile has columns seen in one weak source only
    int headerLine = 0;          // spreadsheet row of the header
    // Every row that is not unchanged (new, updated, conflict, bad), in file order; bad rows and whole-file
    // problems are capped at kMaxListedProblems with `moreProblems` counting the rest.
    QList<OrderImportRow> rows;
    int moreProblems = 0;
    int newCount = 0, updatedCount = 0, unchangedCount = 0, conflictCount = 0, badCount = 0;
    std::shared_ptr<const OrderImportWork> work;

    bool ok() const { return result.ok(); }
    // Nothing to write: the same file again, or only unchanged and conflicting rows.
    bool nothingToWrite() const { return newCount == 0 && updatedCount == 0; }
};

struct OrderImportReport
{
    Result result;
    bool cancelled = false;
    int written = 0; // orders inserted or updated (0 unless result.ok())
};

// 주문 가져오기: a marketplace's order download (or SellerDesk's own export) into the store.
//
// - Permission first: ImportOrders (마스터, 운영자).
// - checkFile() reads the file through io's one reading function (readOrderTable), recognises its profile
//   from the header row (or takes the one named), maps every row (core's status and courier tables) and
//   compares it with the store, keyed on channel + 상품주문번호. It writes nothing, runs on any thread (its
//   own read connection, one snapshot) and follows an OrderCheckControl (progress, cancel).
// - Idempotent: a row equal to the stored order is unchanged; the same file twice writes nothing at all
//   (no order, no history, no audit row). A newer file updates what changed (only the fields the file
//   has columns for), with one history line per order naming the file. A status the rules refuse
//   (core/orders/order_transition channelMayReport: an older file moving an order back, a closed order
//   reopened) is a conflict: listed, never applied, the rest of the row neither.
// - apply() is all or nothing: the orders are staged in batches (TEMP tables: no lock on the store,
//   progress and cancel between batches; cancel writes nothing), then published in one short write
//   transaction with the one audit row (order.import). If another program changed one of the orders
//   since the check, nothing is written and the file must be checked again. ARCHITECTURE.md, "Importing
//   orders", says why this stays atomic and still lets other writers and logins in.
class OrderImportService
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderImportService)

public:
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
    static constexpr int kStageBatch = 1000;
    static constexpr int kSearchBatch = 5000; // search documents of the first transaction after the publish
    static constexpr qint64 kSearchTransactionMs = 500; // what each of those transactions is sized to take
    static constexpr qint64 kRepairBudgetMs = 3000; // what a crashed import left, repaired before staging

    OrderImportService(Workspace &workspace, const UserSession &user);

    static bool mayImport(const UserSession &user);
    static Result readFile(const QString &fileName, QByteArray *bytes);

    // Any thread may run it (the GUI's worker): it compares on a read connection of its own.
    OrderImportPlan checkFile(const QByteArray &bytes, const OrderImportOptions &options,
                              const OrderCheckControl &control = {});
    // Any thread may run it too (the GUI's worker): it writes on a writer connection of its own, opened
    // and closed on the calling thread (its TEMP staging tables live there). `control` is called on that
    // thread. A face that ran it on a worker calls Workspace::notifyWritten() afterwards on its own thread,
    // so the views refresh.
    OrderImportReport apply(const OrderImportPlan &plan, const BulkControl &control = {});

    // Writes the plan's bad and conflicting rows (spreadsheet row, 상품주문번호, what, why) as CSV for Excel
    // to `fileName`: owner-only, and only when complete (io/formats/pending_file).
    static Result saveProblems(const OrderImportPlan &plan, const QString &fileName);

    // Profiles: the built-in ones and the seller's own (JSON files in the store's files folder, so a backup
    // keeps them). A user profile may not take a built-in's name.
    QList<OrderProfile> profiles() const;
    std::optional<OrderProfile> profile(const QString &name) const;
    // Saves the mapping dialog's answer: field id (orderImportFields()) → the file's header text. Needs
    // ImportOrders; the required fields (product_order_no, status, paid_at, product_name, quantity) must be
    // mapped; a channel is needed unless the file has a 판매채널 column mapped to "channel". A profile of
    // the seller's with that name is refused (Rule) unless `replace`: another layout's mapping is not lost
    // by a name given twice.
    Result saveUserProfile(const QString &name, const QMap<QString, QString> &mapping,
                           std::optional<Channel> channel = std::nullopt, const QString &title = {},
                           bool replace = false);

    // The profile a table matches, or the closest one with what it lacks: for inspect and the mapping
    // dialog. `userProfiles` are added to the built-in ones.
    static ProfileMatch recognise(const TableRows &rows,
                                  const QList<OrderProfile> &userProfiles = {});
    // User profiles kept beside a store (no login needed: they hold no order data).
    static QList<OrderProfile> userProfilesOf(const QString &databasePath);
    // The built-in profiles, then the store's user profiles that do not take a built-in's name.
    static QList<OrderProfile> profilesOf(const QString &databasePath);

private:
    static QString cannotWrite(const QString &fileName); // "%1 cannot be written (…)", translated

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
