#include "core/common/bulk_report.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

int BulkReport::count(BulkOutcome::State state) const
{
    int n = 0;
    for (const BulkOutcome &o : outcomes)
        n += o.state == state ? 1 : 0;
    return n;
}

QStringList BulkReport::keys(BulkOutcome::State state) const
{
    QStringList out;
    for (const BulkOutcome &o : outcomes) {
        if (o.state == state)
            out << o.key;
    }
    return out;
}

QStringList BulkReport::acceptedKeys() const
{
    QStringList keys;
    for (const BulkOutcome &o : outcomes) {
        if (o.ok())
            keys << o.key;
    }
    return keys;
}

QStringList BulkReport::writtenKeys() const
{
    QStringList keys;
    if (dryRun || !anyWritten())
        return keys;
    for (const BulkOutcome &o : outcomes) {
        if (o.state == BulkOutcome::State::Applied)
            keys << o.key;
    }
    return keys;
}

void keepGroupsTogether(QList<BulkOutcome> &outcomes)
{
    QList<QList<qsizetype>> runs; // one per group (or ungrouped item), where its first item was
    QHash<QString, qsizetype> runOf;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QString &group = outcomes.at(i).group;
        if (group.isEmpty()) {
            runs.append(QList<qsizetype>{i});
            continue;
        }
        const auto found = runOf.constFind(group);
        if (found != runOf.constEnd()) {
            runs[*found].append(i);
        } else {
            runOf.insert(group, runs.size());
            runs.append(QList<qsizetype>{i});
        }
    }
    if (runs.size() == outcomes.size())
        return; // no group has two items: nothing moves
    QList<BulkOutcome> ordered;
    ordered.reserve(outcomes.size());
    for (const QList<qsizetype> &run : std::as_const(runs)) {
        for (const qsizetype i : run)
            ordered.append(std::move(outcomes[i]));
    }
    outcomes = std::move(ordered);
}

namespace {

QString joined(const QString &state, const QString &value)
{
    if (state.isEmpty())
        return value;
    return value.isEmpty() ? state : state + QStringLiteral(" · ") + value;
}

// "신규주문 3 · 발송대기 9": items per state label, in the order first seen.
QString perState(const QList<BulkOutcome> &items, QString BulkOutcome::*label)
{
    QStringList order;
    QHash<QString, int> counts;
    for (const BulkOutcome &o : items) {
        const QString &l = o.*label;
        if (l.isEmpty())
            continue;
        if (!counts.contains(l))
            order << l;
        ++counts[l];
    }
    QStringList parts;
    for (const QString &l : std::as_const(order))
        parts << QCoreApplication::translate("sd::BulkAudit", "%1: %n",
                                             "a state and how many items were in it", counts.value(l))
                     .arg(l);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

BulkAuditChange auditChangeOf(const QList<BulkOutcome> &applied)
{
    BulkAuditChange change;
    if (applied.isEmpty())
        return change;
    if (applied.size() == 1) {
        const BulkOutcome &o = applied.constFirst();
        change.before = joined(o.stateBeforeLabel, o.valueBefore);
        change.after = joined(o.stateLabel, o.valueAfter);
        return change;
    }
    change.before = perState(applied, &BulkOutcome::stateBeforeLabel);
    change.after = perState(applied, &BulkOutcome::stateLabel);
    // The first items' values with their keys, then how many more items had values.
    QStringList before, after;
    int withValues = 0;
    for (const BulkOutcome &o : applied) {
        if (o.valueBefore.isEmpty() && o.valueAfter.isEmpty())
            continue;
        if (++withValues > kAuditItems)
            continue;
        if (!o.valueBefore.isEmpty())
            before << o.key + QStringLiteral(": ") + o.valueBefore;
        if (!o.valueAfter.isEmpty())
            after << o.key + QStringLiteral(": ") + o.valueAfter;
    }
    const auto add = [&](QString &text, QStringList values) {
        if (values.isEmpty())
            return;
        if (withValues > kAuditItems)
            values << QCoreApplication::translate("sd::BulkAudit", "… and %n more", nullptr,
                                                  withValues - kAuditItems);
        const QString list = values.join(QStringLiteral(", "));
        text = text.isEmpty() ? list : text + QStringLiteral(" (") + list + QLatin1Char(')');
    };
    add(change.before, before);
    add(change.after, after);
    return change;
}

} // namespace sd
