#include "storage/table/table_rank.h"

#include "storage/common/sql_statement.h"
#include "storage/table/table_source.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <deque>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sd {

namespace {

// SQLite's order of storage classes.
enum Class : quint8 { Null = 0, Number = 1, Text = 2, Blob = 3 };

struct Entry
{
    qint64 key = 0; // an integer, a double's bits (isFloat), or a text's rank among the distinct texts
    qint64 id = 0;
    quint8 cls = Null;
    bool isFloat = false;
};

double asDouble(const Entry &e)
{
    if (!e.isFloat)
        return double(e.key);
    double d;
    std::memcpy(&d, &e.key, sizeof d);
    return d;
}

bool lessValue(const Entry &a, const Entry &b)
{
    if (a.cls != b.cls)
        return a.cls < b.cls;
    if (a.cls == Number && (a.isFloat || b.isFloat)) {
        const double x = asDouble(a), y = asDouble(b);
        if (x != y)
            return x < y;
        return false;
    }
    return a.key < b.key;
}

bool lessEntry(const Entry &a, const Entry &b)
{
    if (lessValue(a, b))
        return true;
    if (lessValue(b, a))
        return false;
    return a.id < b.id;
}

} // namespace

Result buildTableRank(TableSource &source, const TableFilter &filter, const TableSort &sort,
                      std::vector<qint64> *ids)
{
    const TableDescription &table = source.description();
    const TableColumn *key = table.column(sort.column);
    if (!key || !key->canSort())
        return unsortable(sort.column);
    SqlWhere w;
    // Every match is read, as a count reads them (not as a window would walk a sort index).
    if (const Result filtered = source.where(filter, nullptr, &w); !filtered.ok())
        return filtered;
    SqlStatement q(source.database());
    if (const Result ran = q.run(QStringLiteral("SELECT %1, %2 FROM %3 WHERE 1=1%4")
                                     .arg(key->sql, table.idSql, table.from, w.sql),
                                 w.binds);
        !ran.ok())
        return ran;

    std::vector<Entry> entries;
    std::deque<std::string> texts; // each distinct text once; stable addresses for the views below
    std::unordered_map<std::string_view, qint64> textIndex;
    while (q.next()) {
        Entry e;
        e.id = q.integer(1);
        switch (q.type(0)) {
        case SqlStatement::Type::Null:
            break;
        case SqlStatement::Type::Integer:
            e.cls = Number;
            e.key = q.integer(0);
            break;
        case SqlStatement::Type::Float: {
            e.cls = Number;
            e.isFloat = true;
            const double d = q.real(0);
            std::memcpy(&e.key, &d, sizeof d);
            break;
        }
        case SqlStatement::Type::Text:
        case SqlStatement::Type::Blob: {
            e.cls = q.type(0) == SqlStatement::Type::Text ? Text : Blob;
            const QByteArrayView bytes = q.utf8(0);
            const std::string_view view(bytes.data() ? bytes.data() : "", size_t(bytes.size()));
            auto it = textIndex.find(view);
            if (it == textIndex.end()) {
                texts.emplace_back(view);
                it = textIndex.emplace(std::string_view(texts.back()), qint64(texts.size() - 1)).first;
            }
            e.key = it->second;
            break;
        }
        }
        entries.push_back(e);
    }
    if (const Result read = q.status(); !read.ok())
        return read;
    q.finish();
    textIndex = {};

    // Texts by their bytes (BINARY collation): each entry's text index becomes that text's rank.
    if (!texts.empty()) {
        std::vector<qint64> order(texts.size());
        std::iota(order.begin(), order.end(), qint64(0));
        std::sort(order.begin(), order.end(), [&texts](qint64 a, qint64 b) {
            return std::string_view(texts[size_t(a)]) < std::string_view(texts[size_t(b)]);
        });
        std::vector<qint64> rankOf(texts.size());
        for (size_t r = 0; r < order.size(); ++r)
            rankOf[size_t(order[r])] = qint64(r);
        texts.clear();
        for (Entry &e : entries) {
            if (e.cls == Text || e.cls == Blob)
                e.key = rankOf[size_t(e.key)];
        }
    }

    std::sort(entries.begin(), entries.end(), lessEntry);
    if (sort.descending)
        std::reverse(entries.begin(), entries.end());
    if (key->nullsLast && !sort.descending) {
        // NULLs sort first ascending: move them behind the values (still by id ascending).
        const auto firstValue = std::find_if(entries.begin(), entries.end(),
                                             [](const Entry &e) { return e.cls != Null; });
        std::rotate(entries.begin(), firstValue, entries.end());
    }
    ids->clear();
    ids->reserve(entries.size());
    for (const Entry &e : entries)
        ids->push_back(e.id);
    return Result::success();
}

} // namespace sd
