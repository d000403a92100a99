#pragma once
#include "core/access/audit_action.h"
#include "core/access/role.h"
#include "core/access/user_session.h"
#include "core/common/bulk_report.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sd {

class Workspace;

// The items of one bulk run and what to do with each (confirm an order, dispatch a row of a file,
// approve a claim). The run owns the transactions; a step reads and writes through the connection
// begin() gives it, writes the item's history itself, and never commits. One step object serves the
// whole run (every slice of the check and every stage), so it may remember what earlier items took
// (a tracking number given to another order earlier in the same file).
class BulkStep
{
public:
    virtual ~BulkStep() = default;
    virtual qsizetype count() const = 0;
    virtual QString key(qsizetype index) const = 0;
    // A transaction began: prepare statements here, once per transaction, not once per item.
    virtual void begin(QSqlDatabase db) = 0;
    // Checks item `index` and, when it can take the change, writes it with its history. Refused
    // leaves the rest to the run: it rolls the transaction back.
    virtual BulkOutcome apply(qsizetype index) = 0;
    // The transaction ends (before its commit or rollback): drop what begin() prepared.
    virtual void end() {}
};

struct BulkRunOptions
{
    Permission permission = Permission::ProcessOrders;
    QString deniedMessage; // translated; empty: a general sentence naming the role
    QString emptyMessage;  // translated, when no item is given
    // The system itself (the automatic purchase decision): no permission check, user id 0 in the
    // audit row. The caller checks that whoever triggered it may.
    bool asSystem = false;
    AuditAction audit = AuditAction::OrdersConfirm;
    QString auditEntity = QStringLiteral("order");
    QString source; // starts the audit detail (an imported file's name)
    bool dryRun = false;
    int stageSize = 1000; // items per transaction; tests make it smaller
    BulkControl control;
};

// The one bulk-action use case (permission, BEGIN IMMEDIATE, per-item outcome, history, audit, dry
// run) that every tab's bulk action and import runs through.
//
// - A run of at most `stageSize` items is one transaction: all or nothing, one audit row naming the
//   changed items. One refused item means nothing is written and the outcomes say why per item.
// - A dry run checks everything and writes nothing: each slice is written and rolled back, so it
//   answers exactly what the real run would (a number taken by an earlier item in the same slice).
// - A bigger run is staged so no transaction holds the write lock for long (ARCHITECTURE.md, "Long
//   writers never lock others out"): every item is checked first, slice by slice (nothing written:
//   one refused item refuses the run), then applied stage by stage, each stage one transaction with its
//   own audit row and a pause between two stages so waiting writers and logins get in. Progress and
//   cancel are offered between slices and stages. If a stage fails then (another program changed an
//   item meanwhile) or the user cancels, the stages before stay written: the report is partlyDone,
//   its Applied outcomes are exactly the written items, the failed one says why and the rest are
//   NotDone.
class BulkRun
{
    Q_DECLARE_TR_FUNCTIONS(sd::BulkRun)

public:
    static constexpr int kStageSize = 1000;
    // SQLite's busy handler tries again after at most 100 ms: a shorter pause would starve waiters.
    static constexpr int kPauseMs = 120;

    BulkRun(Workspace &workspace, const UserSession &user);

    BulkReport run(BulkStep &step, const BulkRunOptions &options);

private:
    struct Pass;
    bool runPass(BulkStep &step, const BulkRunOptions &options, qsizetype from, qsizetype to, bool commit,
                 Pass *pass);

    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
