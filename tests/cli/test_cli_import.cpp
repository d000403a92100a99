// `sellerdesk-cli import orders`, `profile list|show` and `inspect`: counts and exit codes (0 applied, 4 with
// nothing written for an unreadable file or any bad row), --json, --channel in any case or Korean,
// inspect without a store.
#include "cli_runner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd::test;

namespace {

QByteArray bom()
{
    return QByteArray("\xEF\xBB\xBF");
}

// A minimal Naver 발주발송관리 CSV: the notice line, the header, the rows.
QByteArray naverCsv(const QStringList &rows)
{
    QString text =
        QStringLiteral("※ 엑셀 일괄발송 양식입니다. 파일 업로드 시, 1행 삭제 후 업로드\r\n"
                       "상품주문번호,주문번호,택배사,송장번호,수취인명,주문상태,주문세부상태,결제일,상품명,"
                       "옵션정보,수량,최종 상품별 총 주문금액,기본배송지\r\n");
    for (const QString &r : rows)
        text += r + QStringLiteral("\r\n");
    return bom() + text.toUtf8();
}

QJsonObject json(const QString &out)
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun demo =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("5")}, false);
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    void importTwiceThenNewer()
    {
        const QString file =
            writeFile(m_dir, QStringLiteral("naver.csv"),
                      naverCsv({QStringLiteral("2026113000000001,O1,,,이영희,결제완료,신규주문,2026-11-30 "
                                               "14:03:22,\"키보드, 블랙\",,1,\"35,000\",서울"),
                                QStringLiteral("2026113000000002,O1,,,이영희,결제완료,발주확인,2026.11.30 "
                                               "14:03,마우스,,2,20000원,서울")}));
        const CliRun first =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--json")});
        QVERIFY2(first.code == 0, qPrintable(first.err + first.out));
        QJsonObject o = json(first.out);
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("profile")).toString(), QStringLiteral("naver_dispatch"));
        QCOMPARE(o.value(QStringLiteral("written")).toInt(), 2);

        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        const int audit = store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        const CliRun again =
            runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), file});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("Unchanged: 2")), qPrintable(again.out));
        QCOMPARE(store.dump(), before);
        // the second run's login writes an audit row; the import none
        QCOMPARE(store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                     .toInt(),
                 1);
        QVERIFY(store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() >= audit);

        const QString newer =
            writeFile(m_dir, QStringLiteral("newer.csv"),
                      naverCsv({QStringLiteral("2026113000000001,O1,CJ대한통운,123456789012,이영희,배송중,,"
                                               "2026-11-30 14:03:22,\"키보드, 블랙\",,1,\"35,000\",서울")}));
        const CliRun dry = runCli(m_dir.path(), m_db,
                                  {QStringLiteral("import"), QStringLiteral("orders"), newer,
                                   QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QCOMPARE(json(dry.out).value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(store.dump(), before);
        const CliRun applied = runCli(m_dir.path(), m_db,
                                      {QStringLiteral("import"), QStringLiteral("orders"), newer,
                                       QStringLiteral("--channel"), QStringLiteral("naver")});
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("Updated: 1")), qPrintable(applied.out));
        QCOMPARE(store
                     .value(QStringLiteral(
                         "SELECT status FROM orders WHERE product_order_no = '2026113000000001'"))
                     .toString(),
                 QStringLiteral("SHIPPING"));
    }

    void badRowsAndUnreadableFilesWriteNothing()
    {
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        const QString bad = writeFile(
            m_dir, QStringLiteral("bad.csv"),
            naverCsv({QStringLiteral("2026113000000009,O9,,,김,결제완료,,2026-11-30,펜,,1,1000.5,서울"),
                      QStringLiteral("2026113000000010,O9,,,김,결제완료,,2026-11-30,펜,,0,1000,서울")}));
        const CliRun r =
            runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), bad});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Row 3")) && r.err.contains(QStringLiteral("Row 4")),
                 qPrintable(r.err));
        QCOMPARE(store.dump(), before);
        const QString junk =
            writeFile(m_dir, QStringLiteral("old.xls"),
                      QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
        QCOMPARE(runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), junk}).code,
                 4);
        // Not a channel: bad input, as for list orders and init.
        QCOMPARE(runCli(m_dir.path(), m_db,
                        {QStringLiteral("import"), QStringLiteral("orders"), bad, QStringLiteral("--channel"),
                         QStringLiteral("coupang")})
                     .code,
                 4);
        QCOMPARE(store.dump(), before);
    }

    void channelTakesKoreanLabels()
    {
        const QString file =
            writeFile(m_dir, QStringLiteral("talk.csv"),
                      bom() + QStringLiteral("주문번호,주문상태,결제일시,상품명,수량,결제금액\r\nT77,"
                                             "PayComplete,2026-11-30 10:00,양말,1,3000\r\n")
                                  .toUtf8());
        const CliRun r = runCli(m_dir.path(), m_db,
                                {QStringLiteral("import"), QStringLiteral("orders"), file,
                                 QStringLiteral("--profile"), QStringLiteral("talk_checkout"),
                                 QStringLiteral("--channel"), QStringLiteral("톡체크아웃")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Store store(m_db, Store::ReadOnly);
        QCOMPARE(store.value(QStringLiteral("SELECT channel FROM orders WHERE product_order_no = 'T77'"))
                     .toString(),
                 QStringLiteral("TALK_CHECKOUT"));
    }

    void profiles()
    {
        const CliRun list =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}, false);
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QStringList names;
        for (const QJsonValue &v : all)
            names << v.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("naver_dispatch"), QStringLiteral("naver_order_search"),
                                     QStringLiteral("kakao_store"), QStringLiteral("talk_checkout"),
                                     QStringLiteral("sellerdesk")}));
        const CliRun show =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("kakao_store")}, false);
        QVERIFY2(show.code == 0, qPrintable(show.err));
        QVERIFY(show.out.contains(QStringLiteral("배송지/수신자정보 입력일")));
        QVERIFY(show.out.contains(QStringLiteral("unverified")));
        QCOMPARE(runCli(m_dir.path(), m_db,
                        {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nope")}, false)
                     .code,
                 4);
    }

    void inspectNeedsNoStore()
    {
        const QString file = writeFile(m_dir, QStringLiteral("inspect.csv"),
                                       naverCsv({QStringLiteral("1,O,,,a,결제완료,,2026-11-30,b,,1,1,c")}));
        const QString nowhere = m_dir.filePath(QStringLiteral("no-store.sqlite"));
        const CliRun r =
            runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), file, QStringLiteral("--json")}, false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8 BOM"));
        QCOMPARE(o.value(QStringLiteral("encryption")).toString(), QStringLiteral("none"));
        QCOMPARE(o.value(QStringLiteral("sheets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInt(),
                 3);
        QCOMPARE(o.value(QStringLiteral("header")).toObject().value(QStringLiteral("row")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("naver_dispatch"));
        QVERIFY(!QFile::exists(nowhere)); // no store was made
        const QString odd = writeFile(m_dir, QStringLiteral("odd.csv"), bom() + QByteArray("a,b\r\n1,2\r\n"));
        const CliRun closest = runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), odd}, false);
        QCOMPARE(closest.code, 0);
        const QString page =
            writeFile(m_dir, QStringLiteral("page.xls"), QByteArray("<html><table></table></html>"));
        const CliRun html =
            runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), page, QStringLiteral("--json")}, false);
        QCOMPARE(html.code, 4);
        QCOMPARE(json(html.out).value(QStringLiteral("format")).toString(), QStringLiteral("html"));
    }

    // Naver's password-protected download: the container and its encryption are told without the
    // password; the password (from the variable --password-env names) opens it; a wrong one says so.
    // The text output names things in words, the JSON keeps the codes.
    void inspectAPasswordProtectedFile()
    {
        const QString file = QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx");
        const QString nowhere = m_dir.filePath(QStringLiteral("no-store.sqlite"));
        const QStringList withVariable{QStringLiteral("inspect"), file, QStringLiteral("--password-env"),
                                       QStringLiteral("SD_TEST_FILE_PASSWORD")};
        const CliRun locked = runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), file}, false);
        QCOMPARE(locked.code, 4);
        QVERIFY2(locked.out.contains(QLatin1String("password-protected Excel workbook")),
                 qPrintable(locked.out));
        QVERIFY2(!locked.out.contains(QLatin1String("xlsx-encrypted")), qPrintable(locked.out));
        QVERIFY2(locked.err.contains(QLatin1String("password")), qPrintable(locked.err));
        qputenv("SD_TEST_FILE_PASSWORD", "not-the-password");
        const CliRun wrong = runCli(m_dir.path(), nowhere, withVariable, false);
        QCOMPARE(wrong.code, 4);
        QVERIFY2(wrong.err.contains(QLatin1String("password is wrong")), qPrintable(wrong.err));
        qputenv("SD_TEST_FILE_PASSWORD", "Seller-2024!");
        const CliRun opened =
            runCli(m_dir.path(), nowhere, withVariable + QStringList{QStringLiteral("--json")}, false);
        qunsetenv("SD_TEST_FILE_PASSWORD");
        QVERIFY2(opened.code == 0, qPrintable(opened.err));
        const QJsonObject o = json(opened.out);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx-encrypted"));
        QCOMPARE(o.value(QStringLiteral("encryption")).toString(), QStringLiteral("agile"));
        QCOMPARE(o.value(QStringLiteral("sheets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInt(),
                 301);
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
