// SqlStatement, the bulk paths' statement: SQLite's C API on the Qt driver's connection where the build
// allows it, QSqlQuery otherwise. Both paths must bind, read and fail alike.
#include "result_support.h"
#include "storage/common/sql_statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

Q_DECLARE_METATYPE(sd::SqlStatement::Path)

class TestSqlStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    void paths()
    {
        QTest::addColumn<SqlStatement::Path>("path");
        QTest::newRow("fastest") << SqlStatement::Path::Fastest;
        QTest::newRow("qt only") << SqlStatement::Path::QtOnly;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sql-statement"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
        QVERIFY(m_db.open());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT)")));
    }

    void init() { QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("DELETE FROM t"))); }

    void directOnThisBuild()
    {
        // Debian's Qt uses the system SQLite: the C API path is taken there; never when told not to.
        SqlStatement fastest(m_db);
        QVERIFY(fastest.prepare(QStringLiteral("SELECT 1")).ok());
#if defined(Q_OS_LINUX)
        QVERIFY(fastest.direct());
#endif
        SqlStatement qt(m_db, SqlStatement::Path::QtOnly);
        QVERIFY(qt.prepare(QStringLiteral("SELECT 1")).ok());
        QVERIFY(!qt.direct());
    }

    void bindsAndReads_data() { paths(); }
    void bindsAndReads()
    {
        QFETCH(SqlStatement::Path, path);
        SqlStatement insert(m_db, path);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (i, r, s) VALUES (?, ?, ?)")).ok());
        // One statement run many times, as the staging runs it: each exec takes the values bound since.
        const QList<QVariantList> rows{
            {qint64(1), 1.5, QStringLiteral("홍길동 \"quoted\"")},
            {QVariant(QMetaType(QMetaType::LongLong)), QVariant(QMetaType(QMetaType::Double)),
             QVariant(QMetaType(QMetaType::QString))},
            {int(-7), QVariant(), QString()},
            {true, 0.0, QStringLiteral("")},
            {Q_INT64_C(9007199254740993), -2.25, QStringLiteral("x").repeated(5000)},
        };
        for (const QVariantList &row : rows) {
            for (const QVariant &v : row)
                insert.addBindValue(v);
            QVERIFY2(insert.exec().ok(), qPrintable(insert.status().detail));
        }
        SqlStatement select(m_db, path);
        QVERIFY(select.prepare(QStringLiteral("SELECT rowid, i, r, s, typeof(s) FROM t WHERE rowid > ? "
                                              "ORDER BY rowid"))
                    .ok());
        select.addBindValue(0);
        QVERIFY(select.exec().ok());
        QList<QStringList> seen;
        while (select.next()) {
            seen.append({QString::number(select.integer(1)), select.value(2).toString(), select.text(3),
                         select.text(4), select.isNull(1) ? QStringLiteral("null") : QStringLiteral("set")});
        }
        QVERIFY(select.status().ok());
        const QList<QStringList> expected{
            {QStringLiteral("1"), QStringLiteral("1.5"), QStringLiteral("홍길동 \"quoted\""),
             QStringLiteral("text"), QStringLiteral("set")},
            {QStringLiteral("0"), QString(), QString(), QStringLiteral("null"), QStringLiteral("null")},
            {QStringLiteral("-7"), QString(), QString(), QStringLiteral("null"), QStringLiteral("set")},
            {QStringLiteral("1"), QStringLiteral("0"), QString(), QStringLiteral("text"), QStringLiteral("set")},
            {QStringLiteral("9007199254740993"), QStringLiteral("-2.25"), QStringLiteral("x").repeated(5000),
             QStringLiteral("text"), QStringLiteral("set")},
        };
        QCOMPARE(seen, expected);
        // Run again with another value: the earlier run's rows are gone, the new bind counts.
        select.addBindValue(4);
        QVERIFY(select.exec().ok());
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), qint64(5));
        QVERIFY(!select.next());
        QVERIFY(select.status().ok());
    }

    void runWithNoRows_data() { paths(); }
    void runWithNoRows()
    {
        QFETCH(SqlStatement::Path, path);
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO t (i) VALUES (3)")));
        SqlStatement select(m_db, path); // run(): prepare, bind, exec in one call
        QVERIFY(select.run(QStringLiteral("SELECT i FROM t WHERE i > ?"), {3}).ok());
        QVERIFY(!select.next());
        QVERIFY(select.status().ok());
        QCOMPARE(select.run(QStringLiteral("SELECT i FROM nowhere WHERE i > ?"), {3}).kind, ErrorKind::Storage);
    }

    void failures_data() { paths(); }
    void failures()
    {
        QFETCH(SqlStatement::Path, path);
        SqlStatement bad(m_db, path);
        const Result refused = bad.prepare(QStringLiteral("SELECT nope FROM nowhere"));
        QCOMPARE(refused.kind, ErrorKind::Storage);
        QVERIFY(!refused.message.isEmpty());
        QVERIFY2(refused.detail.contains(QLatin1String("nowhere")), qPrintable(refused.detail));
        QVERIFY(!bad.isPrepared());
        QVERIFY(!bad.exec().ok());

        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE IF NOT EXISTS u (k TEXT PRIMARY KEY)")));
        SqlStatement insert(m_db, path);
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO u (k) VALUES (?)")).ok());
        insert.addBindValue(QStringLiteral("same"));
        QVERIFY(insert.exec().ok());
        insert.addBindValue(QStringLiteral("same"));
        const Result duplicate = insert.exec();
        QCOMPARE(duplicate.kind, ErrorKind::Storage);
        QVERIFY2(duplicate.detail.contains(QLatin1String("UNIQUE")), qPrintable(duplicate.detail));
        // The statement stays usable after a failed run.
        insert.addBindValue(QStringLiteral("other"));
        QVERIFY(insert.exec().ok());
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE u")));
    }

    void finishEndsTheReadSnapshot_data() { paths(); }
    void finishEndsTheReadSnapshot()
    {
        QFETCH(SqlStatement::Path, path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO t (i) VALUES (%1)").arg(i)));
        SqlStatement select(m_db, path);
        QVERIFY(select.prepare(QStringLiteral("SELECT i FROM t")).ok());
        QVERIFY(select.exec().ok());
        QVERIFY(select.next());
        select.finish();
        // A table with no statement reading it can be dropped; one left stepping would make it fail.
        QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE v (x)")));
        SqlStatement readV(m_db, path);
        QVERIFY(readV.prepare(QStringLiteral("SELECT x FROM v")).ok());
        QVERIFY(readV.exec().ok());
        readV.clear();
        QSqlQuery drop(m_db);
        QVERIFY2(drop.exec(QStringLiteral("DROP TABLE v")), qPrintable(drop.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestSqlStatement)
#include "test_sql_statement.moc"
