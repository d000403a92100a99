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

// How many times `needle` occurs in `text`.
int occurrences(const QString &text, const QString &needle)
{
    return int(text.count(needle));
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

    // Korean users get Korean from the order file, its cells, the decryptor and the export service, whose
    // strings lupdate used to file under the context "sd" while the code looked them up elsewhere
    // (FINDINGS.md 3); a whole-file problem is said once (9), a row's problem names its row once.
    void speaksKoreanForTheFileAndTheExport()
    {
        CliCall call;
        call.env.insert(QStringLiteral("LANG"), QStringLiteral("ko_KR.UTF-8"));
        const auto korean = [&](const QStringList &args) {
            return runProgram(
                m_dir.path(),
                QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("demo")} +
                    args,
                call);
        };
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        // sd::OrderFile: the same 상품주문번호 twice with other content; an unknown courier.
        const QString twice = writeFile(
            m_dir, QStringLiteral("twice.csv"),
            naverCsv(
                {QStringLiteral("2026113000000071,O7,,,김,결제완료,,2026-11-30,펜,,1,1000,서울"),
                 QStringLiteral("2026113000000071,O7,,,김,결제완료,,2026-11-30,펜,,2,2000,서울"),
                 QStringLiteral("2026113000000072,O7,번개택배,1,김,배송중,,2026-11-30,펜,,1,1000,서울")}));
        const CliRun r =
            korean({QStringLiteral("import"), QStringLiteral("orders"), twice, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(
                     QStringLiteral("4행: 같은 상품주문번호 2026113000000071 주문이 3행에도 있는데 내용이 "
                                    "다릅니다.")),
                 qPrintable(r.err));
        QCOMPARE(occurrences(r.err, QStringLiteral("4행")), 1); // not "4행: Row 4: …"
        QVERIFY2(r.err.contains(QStringLiteral("알 수 없는 택배사입니다")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("is also on row")) &&
                     !r.err.contains(QLatin1String("not known")),
                 qPrintable(r.err));
        // sd::OrderCells: an amount with decimals.
        const QString cents = writeFile(
            m_dir, QStringLiteral("cents.csv"),
            naverCsv({QStringLiteral("2026113000000073,O7,,,김,결제완료,,2026-11-30,펜,,1,1000.5,서울")}));
        const CliRun c =
            korean({QStringLiteral("import"), QStringLiteral("orders"), cents, QStringLiteral("--dry-run")});
        QCOMPARE(c.code, 4);
        QVERIFY2(c.err.contains(QStringLiteral("원 단위의 정수 금액이 아닙니다")), qPrintable(c.err));
        // A whole-file problem, in Korean and said once.
        const QString headerOnly = writeFile(m_dir, QStringLiteral("header_only.csv"), naverCsv({}));
        const CliRun h = korean(
            {QStringLiteral("import"), QStringLiteral("orders"), headerOnly, QStringLiteral("--dry-run")});
        QCOMPARE(h.code, 4);
        QCOMPARE(occurrences(h.err, QStringLiteral("제목 행(2행) 아래에 주문이 없습니다.")), 1);
        const QString junk =
            writeFile(m_dir, QStringLiteral("junk.csv"), bom() + QByteArray("a,b\r\n1,2\r\n"));
        const CliRun j =
            korean({QStringLiteral("import"), QStringLiteral("orders"), junk, QStringLiteral("--dry-run")});
        QCOMPARE(j.code, 4);
        QCOMPARE(occurrences(j.err, QStringLiteral("제목 행을 찾지 못했습니다")), 1);
        // sd::OfficeCrypto: a wrong password.
        call.env.insert(QStringLiteral("SD_TEST_FILE_PASSWORD"), QStringLiteral("not-the-password"));
        const CliRun w = korean({QStringLiteral("import"), QStringLiteral("orders"),
                                 QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx"),
                                 QStringLiteral("--password-env"), QStringLiteral("SD_TEST_FILE_PASSWORD")});
        QCOMPARE(w.code, 4);
        QVERIFY2(w.err.contains(QStringLiteral("비밀번호가 틀렸습니다")), qPrintable(w.err));
        QCOMPARE(store.dump(), before);
        // sd::ExportService: an emoji cannot be written in CP949.
        const QString emoji = writeFile(
            m_dir, QStringLiteral("emoji.csv"),
            naverCsv(
                {QStringLiteral("2026113000000074,O8,,,김,결제완료,,2026-11-30,선물🎁상자,,1,1000,서울")}));
        QCOMPARE(runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), emoji}).code,
                 0);
        const CliRun e =
            korean({QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("emoji-export.csv")), QStringLiteral("--encoding"),
                    QStringLiteral("cp949"), QStringLiteral("--search"), QStringLiteral("선물")});
        QCOMPARE(e.code, 4);
        QVERIFY2(!e.err.contains(QLatin1String("cannot be written in CP949")), qPrintable(e.err));
        QVERIFY2(e.err.contains(QStringLiteral("CP949")), qPrintable(e.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("emoji-export.csv"))));
    }

    // A folder or a missing file as FILE: our own words and exit 4, not the system's "is a directory" or
    // "No such file or directory" (FINDINGS.md 15).
    void aFolderOrAMissingFileIsSaidPlainly()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-file.csv"));
        for (const QStringList &args :
             QList<QStringList>{{QStringLiteral("import"), QStringLiteral("orders"), m_dir.path()},
                                {QStringLiteral("import"), QStringLiteral("dispatch"), m_dir.path()},
                                {QStringLiteral("inspect"), m_dir.path()},
                                {QStringLiteral("import"), QStringLiteral("orders"), missing},
                                {QStringLiteral("inspect"), missing}}) {
            const CliRun r = runCli(m_dir.path(), m_db, args);
            QVERIFY2(r.code == 4, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + r.err));
            QVERIFY2(!r.err.contains(QLatin1String("directory")) && !r.err.contains(QLatin1String("No such")),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("is a folder, not a file")) ||
                         r.err.contains(QLatin1String("There is no file")),
                     qPrintable(r.err));
        }
    }

    // A dispatch upload given to import orders is named as what it is (FINDINGS.md 22), nothing written.
    void aDispatchUploadIsNotAnOrderFile()
    {
        const QString file = writeFile(m_dir, QStringLiteral("upload.csv"),
                                       QStringLiteral("상품주문번호,배송방법,택배사,송장번호\n"
                                                      "2026120100000297,택배,CJ대한통운,945807302157\n")
                                           .toUtf8());
        const CliRun r = runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), file});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("bulk dispatch upload")) &&
                     r.err.contains(QLatin1String("import dispatch")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("column")), qPrintable(r.err));
    }

    // inspect: a CSV's one table has no sheet name (FINDINGS.md 18); --json failures are the documented
    // error object (10); an encrypted file without a terminal names --password-env (19).
    void inspectSaysItPlainly()
    {
        const QString nowhere = m_dir.filePath(QStringLiteral("no-store.sqlite"));
        const QString file = writeFile(m_dir, QStringLiteral("plain.csv"),
                                       naverCsv({QStringLiteral("1,O,,,a,결제완료,,2026-11-30,b,,1,1,c")}));
        const CliRun text = runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), file}, false);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Table: 3 rows, 13 columns")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QStringLiteral("Sheet \"\"")), qPrintable(text.out));

        const QString locked = QStringLiteral(SD_IO_TEST_DATA "/encrypted/agile_ascii.xlsx");
        qputenv("SD_TEST_FILE_PASSWORD", "not-the-password");
        const CliRun wrong =
            runCli(m_dir.path(), nowhere,
                   {QStringLiteral("--json"), QStringLiteral("inspect"), locked,
                    QStringLiteral("--password-env"), QStringLiteral("SD_TEST_FILE_PASSWORD")},
                   false);
        qunsetenv("SD_TEST_FILE_PASSWORD");
        QCOMPARE(wrong.code, 4);
        const QJsonObject o = json(wrong.out);
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("bad_input"));
        QCOMPARE(o.value(QStringLiteral("exit")).toInt(), 4);
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QLatin1String("password is wrong")),
                 qPrintable(wrong.out));
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx-encrypted"));

        const CliRun none = runCli(m_dir.path(), nowhere, {QStringLiteral("inspect"), locked}, false);
        QCOMPARE(none.code, 4);
        QVERIFY2(none.err.contains(QLatin1String("--password-env")), qPrintable(none.err));
        QVERIFY2(!none.err.contains(QLatin1String("Enter the password")), qPrintable(none.err));
        const CliRun import =
            runCli(m_dir.path(), m_db, {QStringLiteral("import"), QStringLiteral("orders"), locked});
        QCOMPARE(import.code, 4);
        QVERIFY2(import.err.contains(QLatin1String("--password-env")), qPrintable(import.err));
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
