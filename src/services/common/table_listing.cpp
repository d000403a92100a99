#include "services/common/table_listing.h"

#include "core/access/personal_data_mask.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/table/table_pager.h"
#include "storage/table/table_source.h"

#include <QCoreApplication>
#include <QSqlDatabase>

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

qint64 TableListing::count(const TableFilter &filter, QString *error)
{
    return m_pager->count(filter, error);
}

QList<TableRow> TableListing::fetch(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                                    QString *error)
{
    QList<TableRow> rows = m_pager->fetch(filter, sort, first, n, error);
    mask(rows);
    return rows;
}

QHash<QString, qint64> TableListing::chipCounts(const TableFilter &filter, QString *error)
{
    const QString &column = description().chipColumn;
    if (column.isEmpty())
        return {};
    return m_source->countsBy(column, filter, error);
}

void TableListing::invalidate()
{
    m_pager->invalidate();
}

bool TableListing::select(const TableFilter &filter, const TableSort &sort, TableSelect *out, QString *error)
{
    return m_source->select(filter, sort, out, error);
}

bool TableListing::finish(QList<TableRow> &rows, QString *error)
{
    if (!m_source->complete(rows, error))
        return false;
    mask(rows);
    return true;
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
