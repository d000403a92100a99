#include "storage/orders/order_search_hits.h"

#include "storage/common/sql_statement.h"

#ifdef SELLERDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

#include <cstdint>
#include <vector>

namespace sd {

#ifdef SELLERDESK_SQLITE_DIRECT
namespace {

struct Hits
{
    std::vector<std::uint64_t> bits;
    bool has(sqlite3_int64 id) const
    {
        if (id < 0)
            return false;
        const auto word = std::size_t(id >> 6);
        return word < bits.size() && (bits[word] >> (id & 63)) & 1;
    }
};

void deleteHits(void *p)
{
    delete static_cast<Hits *>(p);
}

// Reads the rowids matching `match` into a bitmap; null (and an error set on ctx) on failure.
Hits *readHits(sqlite3_context *ctx, sqlite3_value *match)
{
    sqlite3 *db = sqlite3_context_db_handle(ctx);
    sqlite3_stmt *q = nullptr;
    static const char sql[] = "SELECT rowid FROM order_search WHERE order_search MATCH ?1";
    if (sqlite3_prepare_v2(db, sql, int(sizeof sql - 1), &q, nullptr) != SQLITE_OK) {
        sqlite3_result_error(ctx, sqlite3_errmsg(db), -1);
        return nullptr;
    }
    sqlite3_bind_value(q, 1, match);
    auto *hits = new Hits;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(q, 0);
        if (id < 0)
            continue;
        const auto word = std::size_t(id >> 6);
        if (word >= hits->bits.size())
            hits->bits.resize(std::max(word + 1, hits->bits.size() * 3 / 2), 0);
        hits->bits[word] |= std::uint64_t(1) << (id & 63);
    }
    if (rc != SQLITE_DONE) {
        sqlite3_result_error(ctx, sqlite3_errmsg(db), -1);
        sqlite3_finalize(q);
        delete hits;
        return nullptr;
    }
    sqlite3_finalize(q);
    return hits;
}

void searchHit(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const sqlite3_int64 id = sqlite3_value_int64(argv[1]);
    if (const auto *hits = static_cast<const Hits *>(sqlite3_get_auxdata(ctx, 0))) {
        sqlite3_result_int(ctx, hits->has(id) ? 1 : 0);
        return;
    }
    Hits *hits = readHits(ctx, argv[0]);
    if (!hits)
        return;
    sqlite3_result_int(ctx, hits->has(id) ? 1 : 0);
    // Kept for the rest of the statement's run (the match is a bound parameter, a constant); SQLite
    // deletes it at once when it cannot keep it, and the next row reads the matches again.
    sqlite3_set_auxdata(ctx, 0, hits, deleteHits);
}

} // namespace
#endif

bool registerSearchHitFunction(QSqlDatabase db)
{
#ifdef SELLERDESK_SQLITE_DIRECT
    sqlite3 *h = SqlStatement::directHandle(db);
    if (!h)
        return false;
    return sqlite3_create_function_v2(h, "sd_search_hit", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr,
                                      searchHit, nullptr, nullptr, nullptr) == SQLITE_OK;
#else
    Q_UNUSED(db);
    return false;
#endif
}

QString searchHitCondition(const QString &idSql)
{
    return QStringLiteral("sd_search_hit(?, %1)").arg(idSql);
}

} // namespace sd
