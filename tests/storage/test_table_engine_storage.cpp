// The generic table engine's storage: filters turned into SQL with bound parameters, keyset paging
// over a second description (the audit log), the sort indexes the descriptions name, and
// migration 0003 on an existing version-2 store.
#include "audit_fixture.h"
#include "core/table/table_audit.h"
#include "core/table/table_orders.h"
#include "order_listing_fixture.h"
#include "result_support.h"
#include "storage/orders/order_listing.h"
#include "storage/table/table_audit.h"
#include "storage/table/table_orders.h"
#include "storage/table/table_pager.h"
#include "storage/table/table_source.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sd;
using namespace sd::test;

class TestTableEngineStorage : public QObject
{
    Q_OBJECT

    AuditFixture audit;
    static constexpr int N = 2300; // 12 windows of 200

    QList<qint64> ids(const QList<TableRow> &rows) const
    {
        QList<qint64> out;
        for (const TableRow &r : rows)
            out << r.id;
        return out;
    }
    QList<qint64> ids(const QList<AuditEntry> &entries) const
    {
        QList<qint64> out;
        for (const AuditEntry &e : entries)
            out << e.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(audit.open());
        QVERIFY(audit.insert(N, 4711));
    }

    void valuesAreBoundNeverPasted()
    {
        AuditTableSource source(audit.db->connection());
        TablePager pager(source);
        // A value that would end the statement if pasted: it is only a value that matches nothing.
        TableFilter f;
        f.columns << ColumnFilter::oneOf(QStringLiteral("action"),
                                         {QStringLiteral("x'); DROP TABLE audit_log; --")});
        SqlWhere w;
        sd::Result error;
        QVERIFY(source.where(f, nullptr, &w).ok());
        QVERIFY(!w.sql.contains(QStringLiteral("DROP")));
        QCOMPARE(w.binds.size(), 1);
        QCOMPARE(pager.count(f, &error), qint64(0));
        QSqlQuery q(audit.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(N));

        // Text filters bind a LIKE pattern whose own wildcards are escaped.
        TableFilter like;
        like.columns << ColumnFilter::contains(QStringLiteral("object"), QStringLiteral("%"));
        QCOMPARE(pager.count(like, &error), qint64(0));
        like.columns = {ColumnFilter::contains(QStringLiteral("object"), QStringLiteral("000012"))};
        QCOMPARE(pager.count(like, &error), qint64(1));
    }

    void columnIdsAreCheckedNotPasted_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("kind");
        QTest::newRow("unknown id") << QStringLiteral("nope") << int(ColumnFilter::Kind::OneOf);
        QTest::newRow("SQL as an id") << QStringLiteral("a.id) OR (1=1") << int(ColumnFilter::Kind::OneOf);
        QTest::newRow("an expression, not an id")
            << QStringLiteral("a.action") << int(ColumnFilter::Kind::OneOf);
        QTest::newRow("dates on a text column")
            << QStringLiteral("object") << int(ColumnFilter::Kind::DateRange);
    }

    void columnIdsAreCheckedNotPasted()
    {
        QFETCH(QString, column);
        QFETCH(int, kind);
        AuditTableSource source(audit.db->connection());
        ColumnFilter c;
        c.column = column;
        c.kind = ColumnFilter::Kind(kind);
        c.values = {1};
        c.from = QDate(2024, 3, 1);
        TableFilter f;
        f.columns << c;
        SqlWhere w;
        sd::Result error = source.where(f, nullptr, &w);
        QCOMPARE(error.kind, sd::ErrorKind::BadInput); // a refusal, with its reason, not a storage failure
        QVERIFY(!error.message.isEmpty());
        QVERIFY(w.sql.isEmpty());
        TablePager pager(source);
        error = {};
        QCOMPARE(pager.count(f, &error), qint64(-1));
        QCOMPARE(error.kind, sd::ErrorKind::BadInput);
        QVERIFY(pager.fetch(f, TableSort{QStringLiteral("at"), true}, 0, 10, &error).isEmpty());
    }

    void searchAndOptionsNeedATableThatKnowsThem()
    {
        AuditTableSource source(audit.db->connection());
        TablePager pager(source);
        TableFilter f;
        f.search = QStringLiteral("김민수");
        sd::Result error;
        QCOMPARE(pager.count(f, &error), qint64(-1));
        QVERIFY(!error.ok());
        TableFilter o;
        o.options.insert(QStringLiteral("at_risk_until"), QDate(2024, 3, 1));
        error = {};
        QCOMPARE(pager.count(o, &error), qint64(-1));
        QVERIFY(!error.ok());
        QCOMPARE(error.kind, sd::ErrorKind::BadInput);
        // Unknown sort columns are refused; a column without a sort index sorts by a rank.
        QVERIFY(pager.fetch({}, TableSort{QStringLiteral("at; DROP"), true}, 0, 10, &error).isEmpty());
        QCOMPARE(error.kind, sd::ErrorKind::BadInput);
        error = {};
        QCOMPARE(pager.fetch({}, TableSort{QStringLiteral("before"), true}, 0, 10, &error).size(), 10);
        QVERIFY(error.ok());
        QVERIFY(pager.lastPlan().ranked);
    }

    void filtersMatchTheGroundTruth()
    {
        AuditTableSource source(audit.db->connection());
        TablePager pager(source);
        const qint64 clerk = audit.userIds.at(1);
        const QDate from(2024, 3, 2), to(2024, 3, 3);
        const qint64 lo = seoulDayStartMs(from), hi = seoulDayStartMs(to.addDays(1));
        const TableFilter f =
            auditFilter({clerk}, {AuditAction::OrdersConfirm, AuditAction::Login}, from, to);
        const QList<AuditEntry> want = audit.expected(true, [&](const AuditEntry &e) {
            return e.userId == clerk &&
                   (e.action == AuditAction::OrdersConfirm || e.action == AuditAction::Login) && e.at >= lo &&
                   e.at < hi;
        });
        QVERIFY(want.size() > 3);
        sd::Result error;
        QCOMPARE(pager.count(f, &error), qint64(want.size()));
        QCOMPARE(ids(pager.fetch(f, TableSort{QStringLiteral("at"), true}, 0, N, &error)), ids(want));
    }

    // Windows in any order are the same slices as the full ORDER BY, served from anchors and the end.
    void keysetPagingOverTheAuditLog()
    {
        for (bool descending : {true, false}) {
            AuditTableSource source(audit.db->connection());
            TablePager pager(source);
            const TableSort sort{QStringLiteral("at"), descending};
            const QList<qint64> want = ids(audit.expected(descending));
            sd::Result error;
            QCOMPARE(pager.count({}, &error), qint64(N));
            for (int w : {0, 1, 2, 11, 10, 5, 6, 4}) {
                const int first = w * 200;
                const QList<TableRow> rows = pager.fetch({}, sort, first, 200, &error);
                QVERIFY2(error.ok(), qPrintable(error.message));
                QCOMPARE(ids(rows), want.mid(first, 200));
                if (w == 1 || w == 2 || w == 6)
                    QCOMPARE(int(pager.lastPlan().from), int(TablePager::FetchPlan::From::Anchor));
                if (w == 11)
                    QCOMPARE(int(pager.lastPlan().from), int(TablePager::FetchPlan::From::End));
                if (w != 5) // the middle of nowhere: 400 rows from the nearest anchor
                    QVERIFY(pager.lastPlan().offset <= 200);
            }
            // Cells arrive in field order, as stored; joined names come along.
            const QList<TableRow> one = pager.fetch({}, sort, 0, 1, &error);
            const AuditEntry e = audit.expected(descending).first();
            QCOMPARE(one.first().cells.value(AuditTable::At).toLongLong(), e.at);
            QCOMPARE(one.first().cells.value(AuditTable::Action).toString(), auditActionCode(e.action));
            QCOMPARE(one.first().cells.value(AuditTable::Object).toString(), e.entityId);
            QCOMPARE(one.first().cells.value(AuditTable::Before).toString(), e.before);
            QCOMPARE(one.first().cells.value(AuditTable::After).toString(), e.after);
            QCOMPARE(one.first().cells.value(AuditTable::User).isNull(), e.userId == 0);
        }
    }

    // What the export service reads: the same rows as the pager, from the select parts.
    void selectPartsStreamTheSameRows()
    {
        AuditTableSource source(audit.db->connection());
        const TableFilter f = auditFilter({}, {AuditAction::OrdersDispatch}, {}, {});
        TableSelect s;
        sd::Result error;
        QVERIFY(source.select(f, TableSort{QStringLiteral("at"), false}, &s).ok());
        QCOMPARE(s.statements().size(), 1);
        QSqlQuery q(audit.db->connection());
        QVERIFY(q.prepare(s.statements().first()));
        for (const QVariant &v : std::as_const(s.where.binds))
            q.addBindValue(v);
        QVERIFY(q.exec());
        QList<qint64> got;
        while (q.next())
            got << q.value(0).toLongLong();
        QCOMPARE(got, ids(audit.expected(false, [](const AuditEntry &e) {
                     return e.action == AuditAction::OrdersDispatch;
                 })));
        // A sort whose empty values go last reads two index ranges.
        OrdersTableSource orders(audit.db->connection());
        QVERIFY(orders.select({}, TableSort{QStringLiteral("dispatch_due"), true}, &s).ok());
        QCOMPARE(s.statements().size(), 2);
    }

    // Several statuses sorted by another column walk the sort index (no temporary sort of every
    // match) and still give the ORDER BY's rows, in every sort, both ways, from every starting point.
    void severalStatusesWalkTheSortIndex()
    {
        OrderFixture fx;
        QVERIFY(fx.open());
        QVERIFY(fx.insert(fx.make(1500, 21)));
        OrderFilter f;
        f.statuses = {OrderStatus::Delivered, OrderStatus::Decided, OrderStatus::Canceled};
        OrdersTableSource source(fx.db->connection());
        QCOMPARE(source.indexlessColumns(toTableFilter(f), toTableSort(OrderSort())), QStringList{"status"});
        QVERIFY(source.indexlessColumns(toTableFilter(f), toTableSort(OrderSort{OrderSortKey::Status, true}))
                    .isEmpty());
        OrderFilter one;
        one.statuses = {OrderStatus::New};
        QVERIFY(source.indexlessColumns(toTableFilter(one), toTableSort(OrderSort())).isEmpty());
        for (OrderSortKey key : {OrderSortKey::PaidAt, OrderSortKey::DispatchDue, OrderSortKey::TotalAmount,
                                 OrderSortKey::Status}) {
            for (bool desc : {true, false}) {
                const OrderSort sort{key, desc};
                const QList<Order> want = expected(fx.orders, f, sort);
                OrderListing listing(fx.db->connection());
                QCOMPARE(listing.count(f), qint64(want.size()));
                for (int first : {0, 200, int(want.size()) - 100, 400, 100}) {
                    const QList<OrderRow> rows = listing.fetch(f, sort, first, 100);
                    QCOMPARE(rows.size(), int(std::min<qint64>(100, want.size() - first)));
                    for (int i = 0; i < rows.size(); ++i)
                        QCOMPARE(rows.at(i).id, want.at(first + i).id);
                }
            }
        }
    }

    // Every sortable column names an index that exists and ends in id (or is unique on the column).
    void sortIndexesExist()
    {
        QSqlDatabase db = audit.db->connection();
        for (const TableDescription *t : {&ordersTable(), &auditTable()}) {
            for (const TableColumn &c : t->columns) {
                if (c.sortIndex.isEmpty())
                    continue;
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno")
                                   .arg(c.sortIndex)));
                QStringList columns;
                while (q.next())
                    columns << q.value(0).toString();
                const QString bare = c.sql.mid(c.sql.indexOf(QLatin1Char('.')) + 1);
                QVERIFY2(!columns.isEmpty(), qPrintable(c.sortIndex));
                QCOMPARE(columns.first(), bare);
                if (columns.size() == 1) {
                    QSqlQuery u(db);
                    QVERIFY(u.exec(QStringLiteral(
                                       "SELECT \"unique\" FROM pragma_index_list('%1') WHERE name = '%2'")
                                       .arg(t->from.section(QLatin1Char(' '), 0, 0), c.sortIndex)) &&
                            u.next());
                    QVERIFY2(u.value(0).toInt() == 1, qPrintable(c.sortIndex));
                } else {
                    QCOMPARE(columns.last(), QStringLiteral("id"));
                }
            }
        }
    }

    // A version-2 store gains before/after; its rows and its other data stay; a backup is kept.
    void migrationOnAnExistingVersion2Store()
    {
        QTemporaryDir dir;
        const QString v2 = dir.filePath(QStringLiteral("v2"));
        QVERIFY(QDir().mkpath(v2));
        for (const char *name : {"0001_init.sql", "0002_login_privacy.sql"})
            QVERIFY(QFile::copy(QStringLiteral(":/sql/") + QLatin1String(name),
                                v2 + QLatin1Char('/') + QLatin1String(name)));
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString error;
        {
            auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r, v2); });
            QVERIFY2(db, qPrintable(error));
            QSqlQuery q(db->connection());
            QCOMPARE((q.exec(QStringLiteral("PRAGMA user_version")), q.next(), q.value(0).toInt()), 2);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO audit_log (at, action, entity, entity_id, detail) "
                               "VALUES (1700000000000, 'orders.confirm', 'order', '2024001', 'n=1')")));
        }
        auto db = keepMessage(&error, [&](sd::Result *r) { return Database::open(path, r); });
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        // Migrated through 0003 (and whatever came after it).
        QCOMPARE((q.exec(QStringLiteral("PRAGMA user_version")), q.next(), q.value(0).toInt()),
                 Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 3);
        const QSqlRecord columns = db->connection().record(QStringLiteral("audit_log"));
        QVERIFY(columns.contains(QStringLiteral("before")));
        QVERIFY(columns.contains(QStringLiteral("after")));
        QVERIFY(columns.contains(QStringLiteral("detail")));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT entity_id, detail, \"before\" IS NULL, \"after\" IS NULL FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2024001"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("n=1"));
        QVERIFY(q.value(2).toBool() && q.value(3).toBool());
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("store.sqlite.pre-v*-*")}).isEmpty());
        // The new writer fills them; the listing reads them back.
        QVERIFY(okOr(writeAudit(db->connection(), fromEpochMs(1700000000001), 0, AuditAction::SettingChange,
                                QStringLiteral("setting"), QStringLiteral("delay.max_days"), QString(),
                                {QStringLiteral("90"), QStringLiteral("60")}),
                     &error));
        AuditTableSource source(db->connection());
        TablePager pager(source);
        const QList<TableRow> rows = pager.fetch({}, TableSort{QStringLiteral("at"), true}, 0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().cells.value(AuditTable::Before).toString(), QStringLiteral("90"));
        QCOMPARE(rows.first().cells.value(AuditTable::After).toString(), QStringLiteral("60"));
        QVERIFY(rows.last().cells.value(AuditTable::Before).isNull());
    }
};

QTEST_GUILESS_MAIN(TestTableEngineStorage)
#include "test_table_engine_storage.moc"
