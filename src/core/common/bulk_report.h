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
