#include "services/common/table_listing.h"

#include "core/access/personal_data_mask.h"
#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/table/table_pager.h"
#include "storage/table/table_source.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <algorithm>

namespace sd {

TableListing::TableListing(std::unique_ptr<TableSource> source, const UserSession &user)
    : m_source(std::move(source)), m_pager(std::make_unique<TablePager>(*m_source)), m_user(user)
{
    const TableDescription &t = m_source->description();
    const bool mayView = user.can(Permission::ViewPersonalData);
    m_showsPersonalData = mayView && t.holdsPersonalData();
    if (!mayView) {
        for (int i = 0; i < t.columns.size(); ++i) {
            if (t.columns.at(i).mask != MaskClass::None)
                m_maskedColumns << i;
        }
    }
}

TableListing::~TableListing() = default;

std::unique_ptr<TableListing> TableListing::open(const QSqlDatabase &db, const QString &tableId,
                                                 const UserSession &user, Result *result)
{
    std::unique_ptr<TableSource> source = openTableSource(tableId, db);
    if (!source) {
        if (result)
            *result = Result::fail(
                ErrorKind::Usage,
                QCoreApplication::translate("sd::TableListing", "There is no list \"%1\".").arg(tableId));
        return nullptr;
    }
    const Permission needed = source->description().permission;
    if (!user.can(needed)) {
        if (result)
            *result =
                Result::fail(ErrorKind::Permission,
                             QCoreApplication::translate(
                                 "sd::TableListing",
                                 "Your role (%1) may not view this list (it needs the permission \"%2\").")
                                 .arg(roleLabel(user.role), permissionLabel(needed)));
        return nullptr;
    }
    if (result)
        *result = Result::success();
    return std::unique_ptr<TableListing>(new TableListing(std::move(source), user));
}

std::unique_ptr<TableListing> TableListing::open(Workspace &workspace, const QString &tableId,
                                                 const UserSession &user, Result *result)
{
    return open(storeDatabase(workspace).connection(), tableId, user, result);
}

const TableDescription &TableListing::description() const
{
    return m_source->description();
}

namespace {

// A storage failure becomes a plain message (the detail goes to the log); a refusal stays as it is.
Result shown(const Result &r)
{
    return r.kind == ErrorKind::Storage
               ? storageFailure(
                     QCoreApplication::translate("sd::TableListing", "The list could not be read."), r)
               : r;
}

void report(Result *status, const Result &r)
{
    if (status)
        *status = shown(r);
}

} // namespace

Result TableListing::checkFilter(const TableFilter &filter) const
{
    const TableDescription &t = description();
    for (const ColumnFilter &f : filter.columns) {
        const int c = t.columnIndex(f.column);
        if (c >= 0 && m_maskedColumns.contains(c))
            return Result::fail(ErrorKind::Permission,
                                QCoreApplication::translate("sd::TableListing",
                                                            "Your role (%1) may not filter by \"%2\": it "
                                                            "is personal data you see masked.")
                                    .arg(roleLabel(m_user.role), t.columns.at(c).label()));
    }
    return Result::success();
}

qint64 TableListing::count(const TableFilter &filter, Result *status)
{
    if (const Result checked = checkFilter(filter); !checked.ok()) {
        report(status, checked);
        return -1;
    }
    Result r;
    const qint64 n = m_pager->count(filter, &r);
    if (!r.ok())
        report(status, r);
    return n;
}

QList<TableRow> TableListing::fetch(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                                    Result *status)
{
    if (const Result checked = checkFilter(filter); !checked.ok()) {
        report(status, checked);
        return {};
    }
    Result r;
    QList<TableRow> rows = m_pager->fetch(filter, sort, first, n, &r);
    if (!r.ok())
        report(status, r);
    mask(rows);
    return rows;
}

QHash<QString, qint64> TableListing::chipCounts(const TableFilter &filter, Result *status)
{
    const QString &column = description().chipColumn;
    if (column.isEmpty())
        return {};
    if (const Result checked = checkFilter(filter); !checked.ok()) {
        report(status, checked);
        return {};
    }
    Result r;
    QHash<QString, qint64> counts = m_source->countsBy(column, filter, &r);
    if (!r.ok())
        report(status, r);
    return counts;
}

QList<TableListing::ValueCount> TableListing::valueCounts(const QString &column, const TableFilter &filter,
                                                          int limit, bool *complete, Result *status)
{
    if (complete)
        *complete = false;
    TableFilter asked = filter;
    asked.columns.append(ColumnFilter::oneOf(column, {QString()})); // the column's own mask check
    if (const Result checked = checkFilter(asked); !checked.ok()) {
        report(status, checked);
        return {};
    }
    Result r;
    const QHash<QString, qint64> counts = m_source->countsBy(column, filter, &r);
    if (!r.ok()) {
        report(status, r);
        return {};
    }
    QList<ValueCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const ValueCount &a, const ValueCount &b) {
        return a.rows != b.rows ? a.rows > b.rows : a.value < b.value;
    });
    if (complete)
        *complete = out.size() <= limit;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QHash<QString, qint64> TableListing::optionCounts(const TableFilter &filter, const QVariantMap &options,
                                                  Result *status)
{
    const TableDescription &t = description();
    // Bounded by the rows the option itself selects (orders: an index range of the due dates): the
    // search is left out, as a common term would make each count a walk of its matches.
    TableFilter base = filter.withoutOptions(t.chipOptions);
    base.search.clear();
    if (!t.chipColumn.isEmpty())
        base = base.without(t.chipColumn);
    QHash<QString, qint64> counts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        TableFilter f = base;
        f.options.insert(it.key(), it.value());
        Result r;
        const qint64 n = m_pager->count(f, &r);
        if (!r.ok() || n < 0) {
            report(status, r);
            return {};
        }
        counts.insert(it.key(), n);
    }
    return counts;
}

void TableListing::invalidate()
{
    m_pager->invalidate();
}

Result TableListing::select(const TableFilter &filter, const TableSort &sort, TableSelect *out)
{
    if (const Result checked = checkFilter(filter); !checked.ok())
        return checked;
    return shown(m_source->select(filter, sort, out));
}

Result TableListing::finish(QList<TableRow> &rows)
{
    if (const Result completed = m_source->complete(rows); !completed.ok())
        return shown(completed);
    mask(rows);
    return Result::success();
}

void TableListing::mask(QList<TableRow> &rows) const
{
    if (m_maskedColumns.isEmpty())
        return;
    const TableDescription &t = description();
    for (TableRow &r : rows) {
        for (int c : m_maskedColumns) {
            QVariant &cell = r.cells[c];
            if (!cell.isNull())
                cell = maskValue(t.columns.at(c).mask, cell.toString());
        }
    }
}

} // namespace sd
