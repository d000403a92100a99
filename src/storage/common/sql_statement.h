#pragma once
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class QSqlQuery;

namespace sd {

// A prepared statement for the bulk paths (an import's staging and its check's read), where Qt's
// per-value binding (QSqlResult::addBindValue names a placeholder per value) and per-row
// QSqlQuery::next (a QVariant per column) cost more than the statement itself. It runs with SQLite's
// C API on the Qt driver's own connection when the build says Qt's driver uses the SQLite library
// this program links (SELLERDESK_SQLITE_DIRECT, on for Linux distributions' Qt) and the library
// versions agree at run time (directHandle); otherwise through QSqlQuery: the same binds, rows and
// failures either way. Used like QSqlQuery: prepare, addBindValue in order, exec, next. Not
// thread-safe: use it on its connection's thread.
class SqlStatement
{
public:
    // QtOnly takes the QSqlQuery path whatever the build (tests compare the two).
    enum class Path { Fastest, QtOnly };
    explicit SqlStatement(QSqlDatabase db, Path path = Path::Fastest);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Fails (Storage, built by statementFailure / queryFailure) when the statement is refused.
    Result prepare(const QString &sql);
    // prepare, addBindValue of each of `binds`, exec: a statement run once (its rows then read with next()).
    Result run(const QString &sql, const QVariantList &binds);
    bool isPrepared() const;
    // The next positional value (?), as QSqlQuery::addBindValue: integers, doubles, NULL, else text.
    void addBindValue(const QVariant &value);
    // Runs with the values bound since the last exec; a SELECT's rows are then read with next().
    Result exec();
    // The next row; false at the end or on failure (status() then fails).
    bool next();
    Result status() const { return m_status; }
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // empty for NULL
    // As QSqlQuery::value: a null QVariant, a qint64, a double or a QString.
    QVariant value(int column) const;
    // The storage class of a cell in this row (SQLite's order: NULL < numbers < text < blob).
    enum class Type { Null, Integer, Float, Text, Blob };
    Type type(int column) const;
    double real(int column) const;
    // A text cell as UTF-8, valid until the next call of utf8() or next(); empty for NULL.
    QByteArrayView utf8(int column);
    // Ends the current run (a statement left stepping would hold its read snapshot open).
    void finish();
    // Finalizes the statement (before its tables are dropped).
    void clear();
    bool direct() const;

    // The driver's connection, when it is a connection of the SQLite this program links: the driver
    // must report the same library version and source as ours (a driver with its own copy of SQLite
    // would make our calls undefined). Null without SELLERDESK_SQLITE_DIRECT.
    static sqlite3 *directHandle(QSqlDatabase db);
    // Binds `value` to parameter `index` (from 1) of a C API statement, the text copied; returns
    // SQLite's code. Only with SELLERDESK_SQLITE_DIRECT.
    static int bindDirect(sqlite3_stmt *statement, int index, const QVariant &value);

private:
    QSqlDatabase m_db;
    Path m_path;
    QString m_sql;
    Result m_status;
    std::unique_ptr<QSqlQuery> m_query; // the QSqlQuery path
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QVariantList m_values;       // bound at exec
    QByteArray m_cellText;       // utf8() on the QSqlQuery path
    QList<QByteArray> m_utf8;    // the bound texts, alive while the statement runs (SQLITE_STATIC)
    bool m_pendingRow = false;   // exec stepped onto the first row
    bool m_prepared = false;
};

} // namespace sd
