// The listing call every face reads big tables through: the permission of the table, masking per
// role with the one masking function, and whether the reader sees personal data unmasked.
#include "core/access/personal_data_mask.h"
#include "core/table/table_audit.h"
#include "core/table/table_orders.h"
#include "services/common/table_listing.h"
#include "storage/audit_fixture.h"
#include "storage/order_listing_fixture.h"
#include "storage/table/table_query.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {

UserSession session(Role role)
{
    UserSession s;
    s.userId = 1;
    s.login = QStringLiteral("tester");
    s.role = role;
    return s;
}

} // namespace

class TestTableListing : public QObject
{
    Q_OBJECT

    OrderFixture orders;
    AuditFixture audit;

private slots:
    void initTestCase()
    {
        QVERIFY(orders.open());
        QVERIFY(orders.insert(orders.make(300, 5)));
        QVERIFY(audit.open());
        QVERIFY(audit.insert(50, 3));
    }

    void masksPerRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("masked");
        QTest::newRow("master") << int(Role::Master) << false;
        QTest::newRow("operator") << int(Role::Operator) << false;
        QTest::newRow("finance") << int(Role::Finance) << true;
    }

    void masksPerRole()
    {
        QFETCH(int, role);
        QFETCH(bool, masked);
        Result result;
        auto listing =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role(role)), &result);
        QVERIFY2(listing, qPrintable(result.message));
        QCOMPARE(listing->showsPersonalData(), !masked);
        const QList<Order> want = expected(orders.orders, OrderFilter(), OrderSort());
        Result error;
        const QList<TableRow> rows =
            listing->fetch(toTableFilter(OrderFilter()), toTableSort(OrderSort()), 0, 300, &error);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(rows.size(), 300);
        for (int i = 0; i < rows.size(); ++i) {
            const OrderContact &c = want.at(i).contact;
            const OrderRow r = orderRowFrom(rows.at(i));
            QCOMPARE(r.id, want.at(i).id);
            QCOMPARE(r.buyerName, masked ? maskValue(MaskClass::Name, c.buyerName) : c.buyerName);
            QCOMPARE(r.recipientName, masked ? maskValue(MaskClass::Name, c.recipientName) : c.recipientName);
            QCOMPARE(r.recipientPhone,
                     masked ? maskValue(MaskClass::Phone, c.recipientPhone1) : c.recipientPhone1);
            if (masked) {
                QVERIFY(r.recipientPhone != c.recipientPhone1);
                QVERIFY(r.recipientPhone.contains(QStringLiteral("****")));
            }
            // Columns that hold no personal data are never masked.
            QCOMPARE(r.productOrderNo, want.at(i).productOrderNo);
        }
        // mask() does to rows read elsewhere what fetch() does.
        QList<TableRow> raw =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role::Master), &result)
                ->fetch(toTableFilter(OrderFilter()), toTableSort(OrderSort()), 0, 5, &error);
        listing->mask(raw);
        for (int i = 0; i < raw.size(); ++i)
            QCOMPARE(raw.at(i).cells, rows.at(i).cells);
    }

    // What the export service will do: stream the SELECT parts, then finish() each batch; the rows are
    // those of the paged fetch, contacts filled and masked alike.
    void streamingTheSelectGivesTheFetchedRows()
    {
        Result result;
        auto listing =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role::Finance), &result);
        OrderFilter f;
        f.channel = Channel::KakaoStore;
        const TableFilter filter = toTableFilter(f);
        for (OrderSortKey key : {OrderSortKey::PaidAt, OrderSortKey::DispatchDue}) {
            const TableSort sort = toTableSort(OrderSort{key, true});
            TableSelect select;
            Result error = listing->select(filter, sort, &select);
            QVERIFY2(error.ok(), qPrintable(error.message));
            QList<TableRow> streamed;
            for (const QString &statement : select.statements()) {
                QSqlQuery q(orders.db->connection());
                QVERIFY(q.prepare(statement));
                for (const QVariant &v : std::as_const(select.where.binds))
                    q.addBindValue(v);
                QVERIFY(q.exec());
                while (q.next()) {
                    TableRow r;
                    r.id = q.value(0).toLongLong();
                    r.cells.resize(ordersTable().fieldCount());
                    for (int i = 0; i < select.fields.size(); ++i)
                        r.cells[select.fields.at(i)] = q.value(i + 1);
                    streamed << r;
                }
            }
            QVERIFY(listing->finish(streamed).ok());
            const QList<TableRow> fetched = listing->fetch(filter, sort, 0, 1000, &error);
            QCOMPARE(streamed.size(), fetched.size());
            for (int i = 0; i < fetched.size(); ++i) {
                QCOMPARE(streamed.at(i).id, fetched.at(i).id);
                QCOMPARE(streamed.at(i).cells, fetched.at(i).cells);
            }
            QVERIFY(fetched.first().cells.at(OrdersTable::Phone).toString().contains(QStringLiteral("****")));
        }
    }

    void theAuditLogIsForRolesThatManageStaff()
    {
        Result result;
        QVERIFY(TableListing::open(audit.db->connection(), auditTable().id, session(Role::Master), &result));
        QVERIFY(result.ok());
        for (Role role : {Role::Operator, Role::Finance}) {
            QVERIFY(!TableListing::open(audit.db->connection(), auditTable().id, session(role), &result));
            QCOMPARE(result.kind, ErrorKind::Permission);
            QVERIFY(result.message.contains(roleLabel(role)));
        }
        auto listing =
            TableListing::open(audit.db->connection(), auditTable().id, session(Role::Master), &result);
        QVERIFY(!listing->showsPersonalData()); // no column of it holds personal data
        QCOMPARE(listing->count({}), qint64(50));
        QVERIFY(listing->chipCounts({}).isEmpty()); // no chip column
    }

    void anUnknownTableIsRefused()
    {
        Result result;
        QVERIFY(!TableListing::open(orders.db->connection(), QStringLiteral("users"), session(Role::Master),
                                    &result));
        QVERIFY(!result.ok());
        QVERIFY(!result.message.isEmpty());
    }

    void chipCountsIgnoreTheirOwnColumn()
    {
        Result result;
        auto listing =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role::Finance), &result);
        OrderFilter f;
        f.statuses = {OrderStatus::New};
        f.paidFrom = QDate(2024, 3, 5);
        const QHash<QString, qint64> chips = listing->chipCounts(toTableFilter(f));
        for (OrderStatus s : allStatuses()) {
            OrderFilter one = f;
            one.statuses = {s};
            QCOMPARE(chips.value(statusCode(s)), qint64(expected(orders.orders, one, OrderSort()).size()));
        }
    }

    // A filter on personal data the role sees masked is refused before any SQL: it would find rows by
    // the unmasked value. A role that sees it gets the storage's own answer.
    void maskedColumnsAreNeverFiltered()
    {
        Result result;
        auto finance =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role::Finance), &result);
        TableFilter f;
        f.columns << ColumnFilter::contains(QStringLiteral("recipient"), QStringLiteral("김"));
        Result status;
        QCOMPARE(finance->count(f, &status), qint64(-1));
        QCOMPARE(status.kind, ErrorKind::Permission);
        status = {};
        QVERIFY(finance->fetch(f, TableSort{QStringLiteral("paid_at"), true}, 0, 10, &status).isEmpty());
        QCOMPARE(status.kind, ErrorKind::Permission);
        bool complete = true;
        status = {};
        QVERIFY(finance->valueCounts(QStringLiteral("recipient"), {}, 10, &complete, &status).isEmpty());
        QCOMPARE(status.kind, ErrorKind::Permission);
        auto master =
            TableListing::open(orders.db->connection(), ordersTable().id, session(Role::Master), &result);
        status = {};
        QCOMPARE(master->count(f, &status), qint64(-1));
        QCOMPARE(status.kind, ErrorKind::BadInput); // read outside SQL: not a filter column
        // The value list of a code column: counts per value, the most frequent first, complete.
        status = {};
        const QList<TableListing::ValueCount> values =
            finance->valueCounts(QStringLiteral("status"), {}, 100, &complete, &status);
        QVERIFY(status.ok());
        QVERIFY(complete);
        qint64 total = 0;
        for (int i = 0; i < values.size(); ++i) {
            total += values.at(i).rows;
            if (i > 0)
                QVERIFY(values.at(i - 1).rows >= values.at(i).rows);
        }
        QCOMPARE(total, qint64(orders.orders.size()));
        QVERIFY(finance->valueCounts(QStringLiteral("status"), {}, 2, &complete, &status).size() == 2);
        QVERIFY(!complete);
    }
};

QTEST_GUILESS_MAIN(TestTableListing)
#include "test_table_listing.moc"
