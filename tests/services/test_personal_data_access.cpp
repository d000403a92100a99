// The access record: one row per read of unmasked personal data, with who, when, which program, why,
// and which orders (or the filter when there were many); nothing for a masked read; fails closed.
#include "core/table/table_orders.h"
#include "services/access/personal_data_access.h"
#include "services/common/table_listing.h"
#include "services/orders/order_service.h"
#include "storage/common/access_log.h"
#include "test_support.h"

#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::test;

class TestPersonalDataAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master;
    UserSession finance;

    qint64 rows()
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM personal_data_access")).toLongLong();
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        finance = addUser(t->db(), QStringLiteral("books"), Role::Finance);
    }
    void cleanup() { t.reset(); }

    void anUnmaskedReadIsRecordedWithItsOrders()
    {
        PersonalDataRead read;
        read.purpose = AccessPurpose::Details;
        read.orders = 2;
        read.orderIds = {7, 11};
        const Result r = recordPersonalDataRead(t->workspace(), master, read);
        QVERIFY2(r.ok(), qPrintable(r.message));
        const QList<AccessRecord> records = readAccessRecords(t->db(), 10);
        QCOMPARE(records.size(), 1);
        const AccessRecord &a = records.first();
        QCOMPARE(a.userId, master.userId);
        QCOMPARE(a.purpose, QStringLiteral("details"));
        QCOMPARE(a.orders, qint64(2));
        QCOMPARE(a.orderIds, (QList<qint64>{7, 11}));
        QVERIFY(a.filter.isEmpty());
        QCOMPARE(a.at, defaultNow()); // the workspace's clock
        QCOMPARE(a.program, QStringLiteral("test_personal_data_access"));
    }

    void aMaskedReadLeavesNoRecord()
    {
        PersonalDataRead read;
        read.orders = 500;
        read.filter = QStringLiteral("status=NEW");
        QVERIFY(recordPersonalDataRead(t->workspace(), finance, read).ok());
        QCOMPARE(rows(), qint64(0));
        read.orders = 0; // and nothing read is nothing to record, whoever reads
        QVERIFY(recordPersonalDataRead(t->workspace(), master, read).ok());
        QCOMPARE(rows(), qint64(0));
    }

    void manyOrdersKeepTheFilterInsteadOfTheIds()
    {
        PersonalDataRead read;
        read.purpose = AccessPurpose::List;
        read.orders = 101;
        for (qint64 id = 1; id <= 101; ++id)
            read.orderIds << id;
        read.filter = QStringLiteral("list orders --status NEW --limit 0");
        QVERIFY(recordPersonalDataRead(t->workspace(), master, read).ok());
        const QList<AccessRecord> records = readAccessRecords(t->db(), 10);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().orderIds.isEmpty());
        QCOMPARE(records.first().orders, qint64(101));
        QCOMPARE(records.first().filter, read.filter);
    }

    void aRecordDoesNotWaitForAReader()
    {
        // A second connection in the middle of a read transaction (the grid's worker): WAL lets the
        // record commit at once.
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(t->dbPath());
        QVERIFY(reader.open());
        {
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
            PersonalDataRead read;
            read.orders = 1;
            read.orderIds = {1};
            const Result r = recordPersonalDataRead(t->workspace(), master, read);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        QCOMPARE(rows(), qint64(1));
    }

    void openingAnOrderUnmaskedIsRecordedOnce()
    {
        Order o = makeOrder(QStringLiteral("2024051300000001"));
        QVERIFY(insertOrder(t->db(), o));
        Order shown;
        QVERIFY(OrderService(t->workspace(), master).find(o.productOrderNo, &shown).ok());
        QCOMPARE(shown.contact.buyerName, QStringLiteral("김민수"));
        // The same view showing it again after a change: no second record.
        QVERIFY(OrderService(t->workspace(), master).find(o.productOrderNo, &shown, false).ok());
        // Finance sees it masked: nothing to record.
        QVERIFY(OrderService(t->workspace(), finance).find(o.productOrderNo, &shown).ok());
        QVERIFY(shown.contact.buyerName != QStringLiteral("김민수"));
        const QList<AccessRecord> records = readAccessRecords(t->db(), 10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().purpose, QStringLiteral("details"));
        QCOMPARE(records.first().orderIds, QList<qint64>{o.id});
        QCOMPARE(records.first().userId, master.userId);
    }

    // 개인통관고유부호 follows the phone's rules: whole and recorded for a role that sees personal data,
    // masked and unrecorded for one that does not, in the details (OrderService::find) and in the list.
    void theCustomsCodeIsShownAndRecordedLikeThePhone()
    {
        Order o = makeOrder(QStringLiteral("2024051300000001"));
        o.contact.customsCode = QStringLiteral("P123456789012");
        QVERIFY(insertOrder(t->db(), o));
        Order shown;
        QVERIFY(OrderService(t->workspace(), master).find(o.productOrderNo, &shown).ok());
        QCOMPARE(shown.contact.customsCode, QStringLiteral("P123456789012"));
        QCOMPARE(rows(), qint64(1));
        QVERIFY(OrderService(t->workspace(), finance).find(o.productOrderNo, &shown).ok());
        QCOMPARE(shown.contact.customsCode, QStringLiteral("P12*******012"));
        QCOMPARE(shown.contact.recipientPhone1, QStringLiteral("010-****-5432"));
        QCOMPARE(rows(), qint64(1)); // a masked read is no read of personal data

        const int column = ordersTable().columnIndex(QStringLiteral("customs_code"));
        QCOMPARE(column, int(OrdersTable::CustomsCode));
        QVERIFY(ordersTable().columns.at(column).hiddenByDefault);
        for (const UserSession &who : {master, finance}) {
            Result opened;
            auto listing = TableListing::open(t->workspace(), ordersTable().id, who, &opened);
            QVERIFY2(listing, qPrintable(opened.message));
            Result error;
            const QList<TableRow> listed = listing->fetch({}, toTableSort(OrderSort()), 0, 10, &error);
            QVERIFY2(error.ok(), qPrintable(error.message));
            QCOMPARE(listed.size(), 1);
            const bool whole = who.role == Role::Master;
            QCOMPARE(listing->showsPersonalData(), whole);
            QCOMPARE(listed.first().cells.at(column).toString(),
                     whole ? QStringLiteral("P123456789012") : QStringLiteral("P12*******012"));
        }
    }

    void anOrderIsNotShownWhenItsReadCannotBeRecorded()
    {
        Order o = makeOrder(QStringLiteral("2024051300000001"));
        QVERIFY(insertOrder(t->db(), o));
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE personal_data_access")));
        Order shown;
        const Result r = OrderService(t->workspace(), master).find(o.productOrderNo, &shown);
        QCOMPARE(r.kind, ErrorKind::Storage);
        QVERIFY(shown.contact.buyerName.isEmpty());
    }

    void aRecordThatCannotBeWrittenFailsClosed()
    {
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE personal_data_access")));
        PersonalDataRead read;
        read.orders = 1;
        read.orderIds = {1};
        const Result r = recordPersonalDataRead(t->workspace(), master, read);
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, ErrorKind::Storage);
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataAccess)
#include "test_personal_data_access.moc"
