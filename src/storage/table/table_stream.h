#pragma once
#include "core/table/table_filter.h"
#include "storage/table/table_source.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace sd {

// One cell of a streamed row as stored: nothing, a whole number, or UTF-8 text (NUL-terminated,
// valid until the next row).
struct StreamCell
{
    enum class Type { Null, Integer, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    const char *text = nullptr;
    qsizetype size = 0;

    bool isNull() const { return type == Type::Null || (type == Type::Text && size == 0); }
};

// Every row of a described table for a filter and sort, in order, for whoever must read them all
// (the export service): one forward-only statement per sort segment (TableSource::select), the
// fields that complete() would fill joined in (TableSource::streamJoin), no paging and no
// QVariant per cell. start() opens a read transaction, so the count taken after it and every row
// come from one snapshot; it ends when the stream is destroyed.
//
// Cells are read with SQLite's C API on the Qt driver's own connection when the build says Qt's
// driver uses the same SQLite library as this program (SELLERDESK_SQLITE_DIRECT, on for Linux
// distributions' Qt) and the library versions agree at run time; otherwise through QSqlQuery
// (slower: a QVariant and a UTF-16 copy per cell). Not thread-safe: use it on its connection's thread.
class TableStream
{
public:
    explicit TableStream(TableSource &source);
    ~TableStream();
    TableStream(const TableStream &) = delete;
    TableStream &operator=(const TableStream &) = delete;

    // Fails (BadInput) when the filter or sort is refused, or (Storage) when the query cannot run.
    Result start(const TableFilter &filter, const TableSort &sort);
    // The next row; false at the end or on failure (status() then fails).
    bool next();
    Result status() const { return m_status; }

    qint64 id() const;
    // A field of the description (its columns, then its extra fields); Null for a field nobody reads.
    StreamCell cell(int field) const;
    // Cells come straight from SQLite's C API (tests and the benchmark print it).
    bool direct() const;

    struct Private;

private:
    bool openSegment();

    TableSource &m_source;
    std::unique_ptr<Private> d;
    Result m_status;
};

} // namespace sd
