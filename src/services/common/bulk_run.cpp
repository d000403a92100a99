#include "services/common/bulk_run.h"

#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"

#include <QCoreApplication>
#include <QThread>

namespace sd {

namespace {

using State = BulkOutcome::State;

// Nothing was written: why, for the run as a whole.
Result refusal(const QList<BulkOutcome> &outcomes, const Result &storage, qsizetype total)
{
    if (!storage.ok())
        return storageFailure(BulkRun::tr("Saving failed; nothing was changed."), storage);
    int refused = 0;
    bool badInput = false;
    const BulkOutcome *first = nullptr;
    for (const BulkOutcome &o : outcomes) {
        if (o.state != State::Refused)
            continue;
        ++refused;
        badInput = badInput || o.kind == ErrorKind::BadInput;
        if (!first)
            first = &o;
    }
    const ErrorKind kind = badInput ? ErrorKind::BadInput : ErrorKind::Rule;
    if (total == 1 && first)
        return Result::fail(kind, first->message);
    return Result::fail(
        kind, BulkRun::tr("%1 of %2 cannot be processed; nothing was changed.").arg(refused).arg(total));
}

// Why a stage of a staged run failed, after the check had found every item fine.
Result stageFailure(const QList<BulkOutcome> &outcomes, const Result &storage)
{
    if (!storage.ok())
        return storageFailure(BulkRun::tr("Saving failed."), storage);
    QList<const BulkOutcome *> refused;
    bool badInput = false;
    for (const BulkOutcome &o : outcomes) {
        if (o.state == State::Refused) {
            refused << &o;
            badInput = badInput || o.kind == ErrorKind::BadInput;
        }
    }
    const ErrorKind kind = badInput ? ErrorKind::BadInput : ErrorKind::Rule;
    if (refused.size() == 1)
        return Result::fail(kind, BulkRun::tr("%1 changed since it was checked: %2")
                                      .arg(refused.first()->key, refused.first()->message));
    return Result::fail(
        kind, BulkRun::tr("%n items changed since they were checked.", nullptr, int(refused.size())));
}

// An item that was fine when checked but is not written after all.
void notDone(BulkOutcome &o, ErrorKind kind, const QString &why)
{
    if (o.state != State::Applied)
        return; // Unchanged needed no write; Refused already says why
    o.state = State::NotDone;
    o.kind = kind;
    o.message = why;
}

} // namespace

struct BulkRun::Pass
{
    QList<BulkOutcome> outcomes;
    int refused = 0;
    Result storage; // a write, the audit row or the commit failed
    bool committed = false;
    bool ok() const { return refused == 0 && storage.ok(); }
};

BulkRun::BulkRun(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

bool BulkRun::runPass(BulkStep &step, const BulkRunOptions &options, qsizetype from, qsizetype to,
                      bool commit, Pass *pass)
{
    QSqlDatabase db = storeDatabase(m_ws).connection();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        pass->storage = tx.status();
        return false;
    }
    step.begin(db);
    QStringList changed;
    QList<BulkOutcome> applied; // what the audit row's before and after sum up
    for (qsizetype i = from; i < to; ++i) {
        BulkOutcome o = step.apply(i);
        if (o.key.isEmpty())
            o.key = step.key(i);
        if (o.state == State::Refused) {
            ++pass->refused;
            if (o.kind == ErrorKind::Storage && pass->storage.ok())
                pass->storage = Result::fail(ErrorKind::Storage, o.message);
        } else if (o.state == State::Applied) {
            changed << o.key;
            applied << o;
        }
        pass->outcomes.append(o);
    }
    if (!pass->ok() || !commit || changed.isEmpty()) {
        step.end();
        tx.rollback(); // a dry run, a refusal, or nothing to write: no audit row either
        return pass->ok();
    }
    const QString ids = changed.join(QLatin1Char(','));
    const BulkAuditChange change = auditChangeOf(applied);
    Result written =
        writeAudit(db, m_ws.clock().nowUtc(), options.asSystem ? 0 : m_user.userId, options.audit,
                   options.auditEntity, changed.size() == 1 ? changed.first() : QString(),
                   options.source.isEmpty() ? ids : options.source + QStringLiteral(": ") + ids,
                   {change.before, change.after});
    step.end();
    if (written.ok())
        written = tx.commit();
    if (!written.ok()) {
        pass->storage = written;
        for (BulkOutcome &o : pass->outcomes)
            notDone(o, ErrorKind::Storage, written.message);
        return false;
    }
    pass->committed = true;
    return true;
}

BulkReport BulkRun::run(BulkStep &step, const BulkRunOptions &options)
{
    BulkReport report;
    report.dryRun = options.dryRun;
    if (!options.asSystem && !m_user.can(options.permission)) {
        report.result =
            Result::fail(ErrorKind::Permission,
                         !options.deniedMessage.isEmpty()
                             ? options.deniedMessage
                             : BulkRun::tr("Your role (%1) may not do this.").arg(roleLabel(m_user.role)));
        return report;
    }
    const qsizetype total = step.count();
    if (total == 0) {
        report.result = Result::fail(ErrorKind::Usage, !options.emptyMessage.isEmpty()
                                                           ? options.emptyMessage
                                                           : BulkRun::tr("Nothing was given to process."));
        return report;
    }
    const qsizetype size = std::max(1, options.stageSize);
    report.stages = int((total + size - 1) / size);
    const auto tell = [&](BulkProgress::Phase phase, qsizetype done) {
        return !options.control.progress || options.control.progress({phase, done, total});
    };
    const auto pause = [&] {
        if (options.control.pause)
            options.control.pause(kPauseMs);
        else
            QThread::msleep(kPauseMs);
    };

    // Small: one transaction, checked and written together.
    if (total <= size) {
        Pass pass;
        const bool ok = runPass(step, options, 0, total, !options.dryRun, &pass);
        report.outcomes = pass.outcomes;
        if (!ok) {
            report.result = refusal(report.outcomes, pass.storage, total);
            return report;
        }
        report.stagesWritten = pass.committed ? 1 : 0;
        tell(options.dryRun ? BulkProgress::Phase::Checking : BulkProgress::Phase::Applying, total);
        return report;
    }

    // Big: check every item first, slice by slice, writing nothing.
    const auto keyOutcome = [&](qsizetype i, const QString &why) {
        BulkOutcome o;
        o.key = step.key(i);
        o.state = State::NotDone;
        o.kind = ErrorKind::Rule;
        o.message = why;
        return o;
    };
    for (qsizetype from = 0; from < total; from += size) {
        if (from > 0) {
            if (!tell(BulkProgress::Phase::Checking, from)) {
                for (qsizetype i = from; i < total; ++i)
                    report.outcomes.append(
                        keyOutcome(i, BulkRun::tr("Not checked: cancelled before this item.")));
                report.cancelled = true;
                report.result = Result::fail(ErrorKind::Rule, BulkRun::tr("Cancelled; nothing was changed."));
                return report;
            }
            pause();
        }
        Pass pass;
        runPass(step, options, from, std::min(total, from + size), false, &pass);
        report.outcomes += pass.outcomes;
        if (!pass.storage.ok()) {
            for (qsizetype i = from + pass.outcomes.size(); i < total; ++i)
                report.outcomes.append(
                    keyOutcome(i, BulkRun::tr("Not checked: saving failed before this item.")));
            report.result = refusal(report.outcomes, pass.storage, total);
            return report;
        }
    }
    if (report.refusedCount() > 0) {
        report.result = refusal(report.outcomes, Result::success(), total);
        return report;
    }
    if (options.dryRun) {
        tell(BulkProgress::Phase::Checking, total);
        return report;
    }
    if (!tell(BulkProgress::Phase::Applying, 0)) {
        for (BulkOutcome &o : report.outcomes)
            notDone(o, ErrorKind::Rule, BulkRun::tr("Not written: cancelled before this item."));
        report.cancelled = true;
        report.result = Result::fail(ErrorKind::Rule, BulkRun::tr("Cancelled; nothing was changed."));
        return report;
    }

    // Then write it stage by stage. `report.outcomes` holds the check's answers; each stage replaces
    // its part with what the stage did.
    int written = 0;
    const auto stop = [&](qsizetype from, const Result &why, const QString &rest) {
        for (qsizetype i = from; i < total; ++i)
            notDone(report.outcomes[i], why.kind, rest);
        report.partlyDone = report.stagesWritten > 0;
        if (!report.partlyDone) {
            report.result = report.cancelled ? Result::fail(ErrorKind::Rule,
                                                            BulkRun::tr("Cancelled; nothing was changed."))
                                             : why;
            return;
        }
        report.result = Result::fail(
            why.kind,
            report.cancelled
                ? BulkRun::tr("Cancelled after %1 of %2 were written; the rest was not (see below).")
                      .arg(written)
                      .arg(total)
                : BulkRun::tr("Partly done: %1 of %2 were written, the rest was not. %3")
                      .arg(written)
                      .arg(total)
                      .arg(why.message));
    };
    for (qsizetype from = 0; from < total; from += size) {
        const qsizetype to = std::min(total, from + size);
        if (from > 0) {
            pause(); // the lock stays free for waiting writers first
            if (!tell(BulkProgress::Phase::Applying, from)) {
                report.cancelled = true;
                stop(from, Result::fail(ErrorKind::Rule, BulkRun::tr("Cancelled.")),
                     BulkRun::tr("Not written: cancelled before this item."));
                return report;
            }
        }
        Pass pass;
        const bool ok = runPass(step, options, from, to, true, &pass);
        for (qsizetype i = 0; i < pass.outcomes.size(); ++i)
            report.outcomes[from + i] = pass.outcomes.at(i);
        if (!ok) {
            // Another program changed an item since the check (or saving failed): this stage is
            // rolled back, its refused items say why, and nothing after it is written.
            const Result why = stageFailure(pass.outcomes, pass.storage);
            for (qsizetype i = from; i < from + pass.outcomes.size(); ++i)
                notDone(
                    report.outcomes[i], why.kind,
                    BulkRun::tr("Not written: another item of the same stage was refused, so the stage was "
                                "undone."));
            stop(from + pass.outcomes.size(), why,
                 BulkRun::tr("Not written: the run stopped before this item."));
            return report;
        }
        if (pass.committed) {
            ++report.stagesWritten;
            for (const BulkOutcome &o : std::as_const(pass.outcomes))
                written += o.state == State::Applied ? 1 : 0;
        }
    }
    tell(BulkProgress::Phase::Applying, total);
    return report;
}

} // namespace sd
