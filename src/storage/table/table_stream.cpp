#include "storage/table/table_stream.h"

#include "storage/common/sql_statement.h"
#include "storage/common/sql_values.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef SELLERDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace sd {

struct TableStream::Private
{
    QSqlDatabase db;
    QStringList statements;
    QVariantList binds;
    int segment = -1;
    bool inTransaction = false;
    QList<int> columnOfField; // result column per field, -1 when not read
    int resultColumns = 0;
    // QSqlQuery path: the current row's cells in UTF-8, one buffer with offsets.
    std::unique_ptr<QSqlQuery> query;
    QByteArray rowText;
    QList<qsizetype> rowOffset;
    QList<qsizetype> rowSize;
    QList<StreamCell::Type> rowType;
    QList<qint64> rowInteger;
#ifdef SELLERDESK_SQLITE_DIRECT
    sqlite3 *handle = nullptr;
    sqlite3_stmt *statement = nullptr;
#endif
};

TableStream::TableStream(TableSource &source) : m_source(source), d(std::make_unique<Private>()) {}

TableStream::~TableStream()
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (d->statement)
        sqlite3_finalize(d->statement);
#endif
    d->query.reset();
    if (d->inTransaction)
        d->db.rollback(); // read only: nothing to keep
}

bool TableStream::direct() const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    return d->handle != nullptr;
#else
    return false;
#endif
}

Result TableStream::start(const TableFilter &filter, const TableSort &sort)
{
    TableSelect select;
    if (const Result selected = m_source.select(filter, sort, &select); !selected.ok())
        return selected;
    const TableDescription &table = m_source.description();
    const TableSource::StreamJoin join = m_source.streamJoin();
    d->db = m_source.database();
    d->columnOfField = QList<int>(table.fieldCount(), -1);
    int column = 1; // 0 is the id
    for (int field : std::as_const(select.fields))
        d->columnOfField[field] = column++;
    QString selectList = select.select;
    for (auto it = join.fields.cbegin(); it != join.fields.cend(); ++it) {
        if (it.value().isEmpty() || it.key() < 0 || it.key() >= table.fieldCount() ||
            d->columnOfField[it.key()] >= 0)
            continue;
        selectList += QStringLiteral(", ") + it.value();
        d->columnOfField[it.key()] = column++;
    }
    d->resultColumns = column;
    for (const TableSelect::Segment &s : std::as_const(select.segments))
        d->statements << QStringLiteral("SELECT %1 FROM %2%3 WHERE 1=1%4%5 ORDER BY %6")
                             .arg(selectList, select.from, join.join, select.where.sql, s.where, s.orderBy);
    d->binds = select.where.binds;
    // One snapshot for the count and every segment.
    d->inTransaction = d->db.transaction();
#ifdef SELLERDESK_SQLITE_DIRECT
    d->handle = SqlStatement::directHandle(d->db);
#endif
    d->segment = -1;
    openSegment();
    return m_status;
}

bool TableStream::openSegment()
{
    ++d->segment;
    if (d->segment >= d->statements.size())
        return false;
    const QString &sql = d->statements.at(d->segment);
#ifdef SELLERDESK_SQLITE_DIRECT
    if (d->handle) {
        if (d->statement)
            sqlite3_finalize(d->statement);
        d->statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(d->handle, text.constData(), int(text.size()), &d->statement, nullptr) !=
            SQLITE_OK) {
            m_status =
                statementFailure(QString::fromUtf8(sqlite3_errmsg(d->handle)), d->statements.at(d->segment));
            return false;
        }
        for (int i = 0; i < d->binds.size(); ++i) {
            const int rc = SqlStatement::bindDirect(d->statement, i + 1, d->binds.at(i));
            if (rc != SQLITE_OK) {
                m_status = statementFailure(QString::fromUtf8(sqlite3_errmsg(d->handle)),
                                            d->statements.at(d->segment));
                return false;
            }
        }
        return true;
    }
#endif
    d->query = std::make_unique<QSqlQuery>(d->db);
    d->query->setForwardOnly(true);
    if (!d->query->prepare(sql)) {
        m_status = queryFailure(*d->query);
        return false;
    }
    for (const QVariant &v : std::as_const(d->binds))
        d->query->addBindValue(v);
    if (!d->query->exec()) {
        m_status = queryFailure(*d->query);
        return false;
    }
    return true;
}

bool TableStream::next()
{
    while (d->segment >= 0 && d->segment < d->statements.size()) {
#ifdef SELLERDESK_SQLITE_DIRECT
        if (d->handle) {
            const int rc = sqlite3_step(d->statement);
            if (rc == SQLITE_ROW)
                return true;
            if (rc != SQLITE_DONE) {
                m_status = statementFailure(QString::fromUtf8(sqlite3_errmsg(d->handle)),
                                            d->statements.at(d->segment));
                return false;
            }
        } else
#endif
        {
            if (d->query->next()) {
                const int n = d->resultColumns;
                d->rowText.resize(0);
                d->rowOffset.resize(n);
                d->rowSize.resize(n);
                d->rowType.resize(n);
                d->rowInteger.resize(n);
                for (int c = 0; c < n; ++c) {
                    const QVariant v = d->query->value(c);
                    d->rowOffset[c] = d->rowText.size();
                    d->rowSize[c] = 0;
                    if (v.isNull()) {
                        d->rowType[c] = StreamCell::Type::Null;
                    } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                        d->rowType[c] = StreamCell::Type::Integer;
                        d->rowInteger[c] = v.toLongLong();
                    } else {
                        d->rowType[c] = StreamCell::Type::Text;
                        const QByteArray utf8 = v.toString().toUtf8();
                        d->rowText.append(utf8);
                        d->rowSize[c] = utf8.size();
                    }
                    d->rowText.append('\0');
                }
                return true;
            }
            if (d->query->lastError().isValid()) {
                m_status = queryFailure(*d->query);
                return false;
            }
        }
        if (!openSegment())
            return false;
    }
    return false;
}

qint64 TableStream::id() const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (d->handle)
        return sqlite3_column_int64(d->statement, 0);
#endif
    return d->rowInteger.value(0);
}

StreamCell TableStream::cell(int field) const
{
    StreamCell cell;
    const int c = d->columnOfField.value(field, -1);
    if (c < 0)
        return cell;
#ifdef SELLERDESK_SQLITE_DIRECT
    if (d->handle) {
        switch (sqlite3_column_type(d->statement, c)) {
        case SQLITE_NULL:
            return cell;
        case SQLITE_INTEGER:
            cell.type = StreamCell::Type::Integer;
            cell.integer = sqlite3_column_int64(d->statement, c);
            return cell;
        default:
            cell.type = StreamCell::Type::Text;
            cell.text = reinterpret_cast<const char *>(sqlite3_column_text(d->statement, c));
            cell.size = sqlite3_column_bytes(d->statement, c);
            if (!cell.text) {
                cell.type = StreamCell::Type::Null;
                cell.size = 0;
            }
            return cell;
        }
    }
#endif
    cell.type = d->rowType.at(c);
    if (cell.type == StreamCell::Type::Integer) {
        cell.integer = d->rowInteger.at(c);
    } else if (cell.type == StreamCell::Type::Text) {
        cell.text = d->rowText.constData() + d->rowOffset.at(c);
        cell.size = d->rowSize.at(c);
    }
    return cell;
}

} // namespace sd
