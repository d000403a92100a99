// `sellerdesk-cli export orders`: the same filters and order as `list orders`, every column with the
// courier label fields, CSV (UTF-8 or CP949) or XLSX, masked for roles without personal data, one
// audit row per export, and the exit codes (2 usage, 3 permission, 4 bad input) with no file left.
#include "io/formats/csv_reader.h"
#include "io/formats/xlsx_reader.h"
#include "result_support.h"
#include "services/access/password_hash.h"
#include "storage/common/database.h"
#include "storage/common/user_repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out; // the export folder

    Run cli(const QStringList &args, const QString &user = QStringLiteral("demo"),
            const QString &password = QStringLiteral("demo1234!"))
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "SELLERDESK_USER"})
            e.remove(QLatin1String(name));
        e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        e.insert(QStringLiteral("HOME"), m_dir.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        e.insert(QStringLiteral("SELLERDESK_PASSWORD"), password);
        e.insert(QStringLiteral("SELLERDESK_TEST_NOW"), QStringLiteral("2024-05-13T01:00:00Z"));
        QProcess p;
        p.setProcessEnvironment(e);
        QStringList all{QStringLiteral("--db"), m_db};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(QStringLiteral(SELLERDESK_CLI), all + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QVariant value(const QString &sql)
    {
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            db.open();
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                v = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return v;
    }

    QString out(const QString &name) const { return QDir(m_out).filePath(name); }
    QStringList outEntries() const
    {
        return QDir(m_out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        m_out = m_dir.filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(m_out));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("300"),
                           QStringLiteral("--seed"), QStringLiteral("5")},
                          QString());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString error;
        auto database = keepMessage(&error, [&](sd::Result *r) { return Database::open(m_db, r); });
        QVERIFY2(database, qPrintable(error));
        UserRecord u;
        u.login = QStringLiteral("finance");
        u.displayName = QStringLiteral("재무 담당");
        u.role = Role::Finance;
        u.passwordHash = hashPassword(QStringLiteral("money2024!"));
        WriteTransaction tx(database->connection());
        QVERIFY(
            okOr(UserRepository(database->connection()).insert(u, QDateTime::currentDateTimeUtc()), &error));
        QVERIFY(tx.commit());
    }

    void init()
    {
        for (const QString &name : outEntries())
            QFile::remove(out(name));
    }

    void csvHoldsWhatListOrdersLists()
    {
        const QStringList filters{QStringLiteral("--status"), QStringLiteral("NEW,CONFIRMED,DELIVERED"),
                                  QStringLiteral("--channel"), QStringLiteral("NAVER")};
        const qint64 before =
            value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export.personal'"))
                .toLongLong();
        const Run r = cli(QStringList{QStringLiteral("export"), QStringLiteral("orders"),
                                      QStringLiteral("--out"), out(QStringLiteral("orders.csv"))} +
                          filters);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run list =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("orders"),
                            QStringLiteral("--limit"), QStringLiteral("0")} +
                filters);
        QCOMPARE(list.code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(listed.size() > 10);
        const QByteArray bytes = readAll(out(QStringLiteral("orders.csv")));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const TableData t = readCsv(bytes);
        QCOMPARE(t.rows.size(), listed.size() + 1);
        const QStringList header = t.rows.first();
        for (const char *label :
             {"Recipient", "Phone 1", "Phone 2", "Postcode", "Address", "Detail address", "Delivery message"})
            QVERIFY2(header.contains(QLatin1String(label)), label);
        const int no = int(header.indexOf(QStringLiteral("Product order no.")));
        QVERIFY(no >= 0);
        const QString idKey = listed.first().toObject().contains(QStringLiteral("productOrderNo"))
                                  ? QStringLiteral("productOrderNo")
                                  : QStringLiteral("id");
        for (int i = 0; i < listed.size(); ++i)
            QCOMPARE(t.rows.at(i + 1).at(no), listed.at(i).toObject().value(idKey).toString());
        // The demo's addresses reach the file as stored (the master sees them), and the export is logged.
        const int address = int(header.indexOf(QStringLiteral("Address")));
        QVERIFY(!t.rows.at(1).at(address).isEmpty());
        QVERIFY(!t.rows.at(1).at(address).contains(QLatin1String("***")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export.personal'"))
                     .toLongLong(),
                 before + 1);
        QCOMPARE(outEntries(), QStringList{QStringLiteral("orders.csv")});
    }

    void xlsxByExtensionAndCp949OnRequest()
    {
        const qint64 total = value(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong();
        Run r = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("orders"),
                     QStringLiteral("--out"), out(QStringLiteral("orders.xlsx"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toInteger(),
                 total);
        const TableData sheet = readXlsx(readAll(out(QStringLiteral("orders.xlsx"))));
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        QCOMPARE(sheet.rows.size(), total + 1);

        r = cli({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
                 out(QStringLiteral("legacy.csv")), QStringLiteral("--encoding"), QStringLiteral("cp949")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray legacy = readAll(out(QStringLiteral("legacy.csv")));
        QVERIFY(!legacy.startsWith("\xEF\xBB\xBF"));
        QStringDecoder decoder("windows-949");
        const QString text = decoder.decode(legacy);
        QVERIFY(!decoder.hasError());
        const TableData t = readCsv(text.toUtf8());
        QCOMPARE(t.rows.size(), total + 1);
        QCOMPARE(t.rows.at(1), sheet.rows.at(1).mid(0, 1) + t.rows.at(1).mid(1)); // same first cell (status)
    }

    void financeGetsMaskedData()
    {
        const qint64 before =
            value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).toLongLong();
        const Run r = cli({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
                           out(QStringLiteral("finance.csv"))},
                          QStringLiteral("finance"), QStringLiteral("money2024!"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const TableData t = readCsv(readAll(out(QStringLiteral("finance.csv"))));
        const int phone = int(t.rows.first().indexOf(QStringLiteral("Phone 1")));
        const int detail = int(t.rows.first().indexOf(QStringLiteral("Detail address")));
        QVERIFY(phone >= 0 && detail >= 0);
        for (int i = 1; i < t.rows.size(); ++i) {
            QVERIFY2(t.rows.at(i).at(phone).contains(QLatin1String("****")),
                     qPrintable(t.rows.at(i).at(phone)));
            QVERIFY(t.rows.at(i).at(detail).isEmpty() || t.rows.at(i).at(detail) == QLatin1String("***"));
        }
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).toLongLong(),
                 before + 1);
    }

    void refusalsLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString file = QStringLiteral("refused.csv");
        QTest::newRow("no --out") << QStringList{} << 2;
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--out"), file, QStringLiteral("--format"), QStringLiteral("pdf")}
            << 2;
        QTest::newRow("encoding for xlsx")
            << QStringList{QStringLiteral("--out"), QStringLiteral("a.xlsx"), QStringLiteral("--encoding"),
                           QStringLiteral("cp949")}
            << 2;
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--out"), file, QStringLiteral("--limit"), QStringLiteral("5")}
            << 2;
        QTest::newRow("unknown status")
            << QStringList{QStringLiteral("--out"), file, QStringLiteral("--status"), QStringLiteral("LOST")}
            << 4;
        QTest::newRow("bad date") << QStringList{QStringLiteral("--out"), file, QStringLiteral("--from"),
                                                 QStringLiteral("2024-13-40")}
                                  << 4;
        QTest::newRow("missing folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("nowhere/x.csv")} << 2;
    }

    void refusalsLeaveNoFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        for (QString &a : args) {
            if (a.endsWith(QLatin1String(".csv")) || a.endsWith(QLatin1String(".xlsx")))
                a = out(a);
        }
        const QString exports = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'export%'");
        const qint64 before = value(exports).toLongLong();
        const Run r = cli(QStringList{QStringLiteral("export"), QStringLiteral("orders")} + args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(outEntries().isEmpty());
        QCOMPARE(value(exports).toLongLong(), before);
    }

    void aWrongPasswordIsRefused()
    {
        const Run r = cli({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
                           out(QStringLiteral("x.csv"))},
                          QStringLiteral("demo"), QStringLiteral("wrong-password"));
        QCOMPARE(r.code, 3);
        QVERIFY(outEntries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
