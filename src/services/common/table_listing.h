#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "core/table/table_description.h"
#include "core/table/table_filter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

class QSqlDatabase; // by reference only: the faces that include this header have no QtSql

namespace sd {

class TablePager;
class TableSource;
struct TableSelect;
class Workspace;

// Reading a big table for one user: the one listing call behind the grids (their loaders, on their
// own thread and read connection), `sellerdesk-cli list` and, next, the export service.
// - Opening it checks the table's permission (orders: ViewOrders; the audit log: ManageStaff), so a
//   face cannot read rows its role may not see.
// - Every row it hands out is masked per role: a role without ViewPersonalData gets each column of a
//   masking class (name, phone, address) through maskValue(), the one masking function.
// - showsPersonalData() is the single place that knows a command or view reads personal data
//   unmasked; the access record (who, when, which filter, from which program) is written from there,
//   once per command, opened details view or export, never per window.
// Windows are read by keyset paging (storage/table_pager.h). Not thread-safe: use it on the thread of
// its connection.
class TableListing
{
public:
    ~TableListing();
    TableListing(const TableListing &) = delete;
    TableListing &operator=(const TableListing &) = delete;

    // On a connection the caller owns (a model's loader thread opens its own read connection).
    // nullptr with `result` set when the role may not list the table or the table is unknown.
    static std::unique_ptr<TableListing> open(const QSqlDatabase &db, const QString &tableId,
                                              const UserSession &user, Result *result);
    // On the workspace's connection (the CLI). Reads only: the search documents a crashed import left are
    // written by the program's maintenance (the CLI's store open, the GUI's worker), not here.
    static std::unique_ptr<TableListing> open(Workspace &workspace, const QString &tableId,
                                              const UserSession &user, Result *result);

    const TableDescription &description() const;
    // Failures come as `status`, ready to show: a refused filter (an unknown column, a search the table
    // has not) is BadInput with its reason; a storage failure has a plain message (its detail is logged).
    // -1 on failure.
    qint64 count(const TableFilter &filter, Result *status = nullptr);
    // Rows [first, first + n) in the sort's order, masked for the role. Empty on failure.
    QList<TableRow> fetch(const TableFilter &filter, const TableSort &sort, qint64 first, int n,
                          Result *status = nullptr);
    // Rows per stored value of the table's chip column, that column's own conditions ignored.
    QHash<QString, qint64> chipCounts(const TableFilter &filter, Result *status = nullptr);
    // Rows per stored value of `column` under `filter`, that column's own conditions ignored (an
    // autofilter's value list): at most `limit` values, the most frequent first (ties by value);
    // `complete` says whether every value is there. Masked values are never counted: a column
    // that the role sees masked is refused, like a filter on it.
    struct ValueCount
    {
        QString value;
        qint64 rows = 0;
    };
    QList<ValueCount> valueCounts(const QString &column, const TableFilter &filter, int limit, bool *complete,
                                  Result *status = nullptr);
    // A filter on a column the role sees masked (personal data without ViewPersonalData) is refused:
    // it would find rows by the unmasked value. Every read here checks it.
    Result checkFilter(const TableFilter &filter) const;
    // Rows per option of `options` (id → value, each a chip of its own: the description's chipOptions):
    // each counted alone under `filter` without the chip column, the chip options and the search (one
    // bounded count each; the other conditions, such as channel and period, kept).
    QHash<QString, qint64> optionCounts(const TableFilter &filter, const QVariantMap &options,
                                        Result *status = nullptr);
    // After a write: forget anchors and cached counts.
    void invalidate();

    // The reader sees personal data unmasked in this table (its role may, and the table holds some).
    bool showsPersonalData() const { return m_showsPersonalData; }
    // For streaming a whole table without paging (the export service): the SELECT parts for the
    // filter and sort (storage/table_query.h), run on the caller's connection; each batch of rows read
    // from them goes through finish(), which fills the cells SQL does not read (contacts) and masks
    // exactly as fetch() does.
    Result select(const TableFilter &filter, const TableSort &sort, TableSelect *out);
    Result finish(QList<TableRow> &rows);
    // Masks rows exactly as fetch() does.
    void mask(QList<TableRow> &rows) const;

private:
    TableListing(std::unique_ptr<TableSource> source, const UserSession &user);

    std::unique_ptr<TableSource> m_source;
    std::unique_ptr<TablePager> m_pager;
    UserSession m_user;
    bool m_showsPersonalData = false;
    QList<int> m_maskedColumns; // empty when the role sees personal data
};

} // namespace sd
