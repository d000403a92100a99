#pragma once
#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace sd {

// What a bulk run did, or would do, to one item: an order, a claim, a product, a row of a file.
struct BulkOutcome
{
    enum class State {
        Applied,   // changed; in a dry run or a run refused as a whole: would be changed
        Unchanged, // already as asked: nothing to write for it
        Refused,   // cannot take it: `kind` and `message` say why
        NotDone,   // fine when checked, but a staged run stopped before its stage was written
    };
    QString key;   // what names the item for the program: a product order number, a claim number
    QString label; // how a face shows it besides the key ("Row 4", a product name); may be empty
    State state = State::Applied;
    ErrorKind kind = ErrorKind::None; // Refused, NotDone: why
    QString message;                  // translated: what was done, or why not
    // The item's state after the step (an order's status) as its stored code, for --json, and its
    // translated label; empty for items without one.
    QString stateCode;
    QString stateLabel;
    // The items that go together (the product orders of one 주문번호, shipping in one parcel: 합포장):
    // the same text for each of them; empty for an item of its own. keepGroupsTogether() shows them
    // side by side.
    QString group;
    // What an Applied item was and became, in a few words for its audit row (no personal data): the
    // translated label of its state before (the status the step found; `stateLabel` is the one after),
    // and the values the step replaced and set beside the state (a courier and tracking number, a
    // dispatch due date). Empty when the step says nothing of it; auditChangeOf() sums them up.
    QString stateBeforeLabel;
    QString valueBefore;
    QString valueAfter;

    bool ok() const { return state == State::Applied || state == State::Unchanged; }
};

// The answer of a bulk run: one outcome per item given, in the order given (none when the run was
// refused as a whole: no permission, nothing given).
//
// Written or not: a run that is ok() and no dry run wrote every Applied item. A run that is not ok()
// wrote nothing, unless partlyDone: a staged run whose first stages were written before a later one
// failed or was cancelled; then exactly the Applied outcomes were written and every other item was not.
struct BulkReport
{
    Result result;
    QList<BulkOutcome> outcomes;
    bool dryRun = false;
    bool partlyDone = false; // sellerdesk-cli exit code 7: some items written, the rest listed
    bool cancelled = false;  // stopped by the user between two slices or stages
    int stagesWritten = 0;   // transactions committed
    int stages = 0;          // transactions the apply needs (1 for a small run)

    bool ok() const { return result.ok(); }
    bool anyWritten() const { return stagesWritten > 0; }
    int count(BulkOutcome::State state) const;
    int appliedCount() const { return count(BulkOutcome::State::Applied); }
    int unchangedCount() const { return count(BulkOutcome::State::Unchanged); }
    int refusedCount() const { return count(BulkOutcome::State::Refused); }
    int notDoneCount() const { return count(BulkOutcome::State::NotDone); }
    QStringList keys(BulkOutcome::State state) const;
    // Items that can take the action (Applied or Unchanged): what a preview offers to apply.
    QStringList acceptedKeys() const;
    // Items whose change was committed (none for a dry run or a run that wrote nothing).
    QStringList writtenKeys() const;
};

// The outcomes in the order a face lists them: the items of one group (BulkOutcome::group) side by
// side, each group where its first item was, the items of a group and the items without a group in
// the order given. So a group is never split, whatever order a file named its rows in.
void keepGroupsTogether(QList<BulkOutcome> &outcomes);

// What the Applied items of one transaction changed, for its audit row's "before" and "after": for one
// item its state and values (`신규주문` → `배송중 · CJ대한통운 123456789012`); for several, the items per
// state before and after (`신규주문 3 · 발송대기 9` → `배송중 12`), then the first kAuditItems items' values
// with their keys and how many more there are. Bounded in length whatever the number of items.
struct BulkAuditChange
{
    QString before;
    QString after;
};
inline constexpr int kAuditItems = 3;
BulkAuditChange auditChangeOf(const QList<BulkOutcome> &applied);

// Where a long run is, told between two transactions. Returning false stops the run there.
struct BulkProgress
{
    enum class Phase { Checking, Applying };
    Phase phase = Phase::Checking;
    qsizetype done = 0;
    qsizetype total = 0;
};

// How a face follows a long run: progress (and cancel) between transactions, and the pause between
// two stages (by default a sleep; the GUI keeps its window alive meanwhile).
struct BulkControl
{
    std::function<bool(const BulkProgress &)> progress;
    std::function<void(int ms)> pause;
};

} // namespace sd
