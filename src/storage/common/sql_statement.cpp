#include "storage/common/sql_statement.h"

#include "storage/common/sql_values.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef SELLERDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace sd {

SqlStatement::SqlStatement(QSqlDatabase db, Path path) : m_db(db), m_path(path) {}

SqlStatement::~SqlStatement()
{
    clear();
}

sqlite3 *SqlStatement::directHandle(QSqlDatabase db)
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_source_id()")) || !q.next() ||
        q.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

int SqlStatement::bindDirect(sqlite3_stmt *statement, int index, const QVariant &value)
{
#ifdef SELLERDESK_SQLITE_DIRECT
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        // A null QString is NULL, as Qt's driver binds it (QVariant::isNull is false for it in Qt 6).
        const QString text = value.toString();
        if (value.isNull() || text.isNull())
            return sqlite3_bind_null(statement, index);
        const QByteArray b = text.toUtf8();
        return sqlite3_bind_text(statement, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    }
#else
    Q_UNUSED(statement);
    Q_UNUSED(index);
    Q_UNUSED(value);
    return 1;
#endif
}

bool SqlStatement::direct() const
{
    return m_handle != nullptr;
}

bool SqlStatement::isPrepared() const
{
    return m_prepared;
}

Result SqlStatement::prepare(const QString &sql)
{
    clear();
    m_sql = sql;
    m_status = Result::success();
    m_handle = m_path == Path::Fastest ? directHandle(m_db) : nullptr;
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr) !=
            SQLITE_OK) {
            m_status = statementFailure(QString::fromUtf8(sqlite3_errmsg(m_handle)), sql);
            m_statement = nullptr;
            return m_status;
        }
        m_prepared = true;
        return m_status;
    }
#endif
    m_query = std::make_unique<QSqlQuery>(m_db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql)) {
        m_status = queryFailure(*m_query);
        return m_status;
    }
    m_prepared = true;
    return m_status;
}

Result SqlStatement::run(const QString &sql, const QVariantList &binds)
{
    if (const Result prepared = prepare(sql); !prepared.ok())
        return prepared;
    for (const QVariant &v : binds)
        addBindValue(v);
    return exec();
}

void SqlStatement::addBindValue(const QVariant &value)
{
    if (m_query)
        m_query->addBindValue(value);
    else
        m_values.append(value);
}

Result SqlStatement::exec()
{
    m_pendingRow = false;
    if (!m_prepared) {
        m_values.clear();
        return m_status.ok() ? statementFailure(QStringLiteral("statement not prepared"), m_sql) : m_status;
    }
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_utf8.resize(0);
        int rc = SQLITE_OK;
        for (int i = 0; i < m_values.size() && rc == SQLITE_OK; ++i) {
            const QVariant &v = m_values.at(i);
            switch (v.typeId()) {
            case QMetaType::QString:
                if (v.isNull() || static_cast<const QString *>(v.constData())->isNull()) {
                    rc = sqlite3_bind_null(m_statement, i + 1); // as Qt's driver binds a null QString
                } else { // kept until the next exec: no copy by SQLite
                    m_utf8.append(static_cast<const QString *>(v.constData())->toUtf8());
                    rc = sqlite3_bind_text(m_statement, i + 1, m_utf8.constLast().constData(),
                                           int(m_utf8.constLast().size()), SQLITE_STATIC);
                }
                break;
            default:
                rc = bindDirect(m_statement, i + 1, v);
            }
        }
        m_values.resize(0);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(m_statement);
            if (rc == SQLITE_ROW) {
                m_pendingRow = true;
                rc = SQLITE_OK;
            } else if (rc == SQLITE_DONE) {
                sqlite3_reset(m_statement);
                rc = SQLITE_OK;
            }
        }
        if (rc != SQLITE_OK) {
            m_status = statementFailure(QString::fromUtf8(sqlite3_errmsg(m_handle)), m_sql);
            sqlite3_reset(m_statement);
            return m_status;
        }
        m_status = Result::success();
        return m_status;
    }
#endif
    if (!m_query->exec()) {
        m_status = queryFailure(*m_query);
        return m_status;
    }
    m_status = Result::success();
    return m_status;
}

bool SqlStatement::next()
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        if (!m_statement || !m_status.ok())
            return false;
        if (m_pendingRow) {
            m_pendingRow = false;
            return true;
        }
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_status = statementFailure(QString::fromUtf8(sqlite3_errmsg(m_handle)), m_sql);
        sqlite3_reset(m_statement);
        return false;
    }
#endif
    if (!m_query)
        return false;
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        m_status = queryFailure(*m_query);
    return false;
}

bool SqlStatement::isNull(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#endif
    return m_query->value(column).isNull();
}

qint64 SqlStatement::integer(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle)
        return sqlite3_column_int64(m_statement, column);
#endif
    return m_query->value(column).toLongLong();
}

QString SqlStatement::text(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return t ? QString::fromUtf8(t, sqlite3_column_bytes(m_statement, column)) : QString();
    }
#endif
    return m_query->value(column).toString();
}

QVariant SqlStatement::value(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            return QVariant();
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        default:
            return QVariant(text(column));
        }
    }
#endif
    return m_query->value(column);
}

SqlStatement::Type SqlStatement::type(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_NULL:
            return Type::Null;
        case SQLITE_INTEGER:
            return Type::Integer;
        case SQLITE_FLOAT:
            return Type::Float;
        case SQLITE_BLOB:
            return Type::Blob;
        default:
            return Type::Text;
        }
    }
#endif
    const QVariant v = m_query->value(column);
    if (v.isNull())
        return Type::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return Type::Integer;
    case QMetaType::Double:
        return Type::Float;
    case QMetaType::QByteArray:
        return Type::Blob;
    default:
        return Type::Text;
    }
}

double SqlStatement::real(int column) const
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle)
        return sqlite3_column_double(m_statement, column);
#endif
    return m_query->value(column).toDouble();
}

QByteArrayView SqlStatement::utf8(int column)
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_handle) {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return t ? QByteArrayView(t, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
#endif
    const QVariant v = m_query->value(column);
    m_cellText = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
    return QByteArrayView(m_cellText);
}

void SqlStatement::finish()
{
    m_pendingRow = false;
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_statement)
        sqlite3_reset(m_statement);
#endif
    if (m_query)
        m_query->finish();
}

void SqlStatement::clear()
{
#ifdef SELLERDESK_SQLITE_DIRECT
    if (m_statement)
        sqlite3_finalize(m_statement);
#endif
    m_statement = nullptr;
    m_handle = nullptr;
    m_query.reset();
    m_values.clear();
    m_utf8.clear();
    m_pendingRow = false;
    m_prepared = false;
}

} // namespace sd
