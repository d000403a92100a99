#pragma once
#include "core/access/personal_data_mask.h"
#include "core/access/role.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <functional>

namespace sd {

// What a cell holds, which decides how every face shows it: text as is, whole won right-aligned with
// separators, a Seoul calendar date (stored as ISO text), a time (stored as epoch ms UTC, shown in
// Seoul), a count right-aligned, a stored code shown by its translated label.
enum class ColumnKind { Text, Won, Date, DateTime, Count, Status };

// One column of a big table. The SQL parts are data for storage (which alone runs them); the label
// and the code labels are translated when asked, so a language switch needs no new description.
struct TableColumn
{
    QString id; // stable: filters, sorts, saved layouts and CLI options name it; [a-z0-9_]
    std::function<QString()> label;
    ColumnKind kind = ColumnKind::Text;
    // The selected expression. Empty: not read by SQL (filled by the table's storage, such as the
    // contacts behind OrderContactStore, or computed by the model, such as 지연 위험).
    QString sql;
    QString filterSql; // what filters compare, when not `sql` (the audit user filters by id)
    // The index whose key is (sql, id) and serves sorting by this column (keyset paging); empty: the
    // column still sorts when it has SQL, by a rank of the filtered rows' ids (storage/table_rank.h).
    QString sortIndex;
    bool nullsLast = false; // rows without a value sort last in both directions
    MaskClass mask = MaskClass::None;
    // Not shown in a grid until the user turns it on (columns kept for exports, such as the courier
    // label fields); exports write it when asked for.
    bool hiddenByDefault = false;
    // For codes (Status kind, or text such as a channel code): the stored value's label.
    std::function<QString(const QString &code)> codeLabel;

    // Sorted by its index (keyset paging).
    bool sortable() const { return !sortIndex.isEmpty() && !sql.isEmpty(); }
    // Sorts at all: by its index, or by a rank built from SQL. Columns filled outside SQL (contacts,
    // computed cells) do not.
    bool canSort() const { return !sql.isEmpty(); }
    // Filters at all (by SQL).
    bool canFilter() const { return !filterExpression().isEmpty(); }
    QString filterExpression() const { return filterSql.isEmpty() ? sql : filterSql; }
};

// A value a row carries for its model that is no column of its own (the delay reason behind the
// risk column's tooltip).
struct TableField
{
    QString id;
    QString sql;
};

// A big table, described once: the grid, the CLI listing and the export read it. Rows carry their
// cells in field order: the columns, then the extra fields.
struct TableDescription
{
    QString id;    // "orders", "audit"
    QString from;  // FROM and JOINs; the columns' SQL uses its aliases
    QString idSql; // the row's id: the tie-breaker of every sort, the keyset paging's last key
    Permission permission = Permission::ViewOrders; // to list the rows at all
    QList<TableColumn> columns;
    QList<TableField> extraFields;
    QString defaultSort; // a sortable column id
    bool defaultDescending = true;
    QString chipColumn; // a column whose values are counted for chips (orders: status); may be empty
    // Filter options that are chips of their own (orders: 지연 위험 and the deadline counters): the chips
    // and the counted options (TableModel::setCountedOptions) ignore them, as they ignore the chip column,
    // so choosing one does not change what the others count.
    QStringList chipOptions;

    int columnIndex(const QString &columnId) const; // -1 when absent
    const TableColumn *column(const QString &columnId) const;
    int fieldIndex(const QString &fieldId) const; // a column's or an extra field's index in a row
    int fieldCount() const { return int(columns.size() + extraFields.size()); }
    // Some column holds personal data that roles without ViewPersonalData see masked.
    bool holdsPersonalData() const;
};

// One row of a big table: its id and its cells in field order, as stored (codes, epoch ms, ISO
// dates), masked for the reader's role.
struct TableRow
{
    qint64 id = 0;
    QVariantList cells;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::TableRow)
