#include "core/common/bulk_report.h"

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

} // namespace sd
