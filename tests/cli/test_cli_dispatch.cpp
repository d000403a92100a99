// `sellerdesk-cli import dispatch` and `export dispatch-template`: all or nothing by default (exit 4,
// nothing written, every bad row in --result), --skip-bad applies the good rows (exit 7 when some were
// bad, 0 when none), --dry-run writes nothing, the result file re-imports once corrected, the template
// lists the orders awaiting dispatch in the upload layout, and bad command lines are usage errors.
#include "cli_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd::test;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (bytes.startsWith(kBom))
        bytes.remove(0, kBom.size());
    return QString::fromUtf8(bytes);
}

// The bulk dispatch upload as CSV: header and rows.
QByteArray upload(const QStringList &rows)
{
    QString text = QStringLiteral("상품주문번호,배송방법,택배사,송장번호\r\n");
    for (const QString &r : rows)
        text += r + QStringLiteral("\r\n");
    return kBom + text.toUtf8();
}

const QString kP1 = QStringLiteral("2026113000000101");
const QString kP2 = QStringLiteral("2026113000000102"); // same checkout as P1 (합포장)
const QString kP3 = QStringLiteral("2026113000000103");

} // namespace

class TestCliDispatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString statusOf(const QString &id)
    {
        Store store(m_db, Store::ReadOnly);
        return store.value(QStringLiteral("SELECT status FROM orders WHERE product_order_no = ?"), {id})
            .toString();
    }
    CliRun run(const QStringList &args) { return runCli(m_dir.path(), m_db, args); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        const CliRun demo =
            runCli(m_dir.path(), m_db,
                   {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("5")}, false);
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        // Three new orders of our own: P1 and P2 ship together (one 주문번호).
        const QString orders = writeFile(
            m_dir, QStringLiteral("orders.csv"),
            kBom + QStringLiteral(
                       "상품주문번호,주문번호,택배사,송장번호,수취인명,주문상태,주문세부상태,결제일,상품명,"
                       "옵션정보,수량,최종 상품별 총 주문금액,기본배송지\r\n"
                       "%1,D1,,,이영희,결제완료,신규주문,2026-11-30 09:00,펜,,1,1000,서울\r\n"
                       "%2,D1,,,이영희,결제완료,신규주문,2026-11-30 09:00,잉크,,1,2000,서울\r\n"
                       "%3,D2,,,박민수,결제완료,발주확인,2026-11-30 10:00,공책,,1,3000,부산\r\n")
                       .arg(kP1, kP2, kP3)
                       .toUtf8());
        const CliRun imported = run({QStringLiteral("import"), QStringLiteral("orders"), orders});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(statusOf(kP3), QStringLiteral("CONFIRMED"));
    }

    void badCommandLinesAreUsageErrors()
    {
        const QString file = writeFile(m_dir, QStringLiteral("any.csv"),
                                       upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001")}));
        const QList<QStringList> lines{
            {QStringLiteral("import"), QStringLiteral("dispatch")},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, file},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"),
             m_dir.filePath(QStringLiteral("r.txt"))},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--skip")},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result")},
            {QStringLiteral("export"), QStringLiteral("dispatch-template")},
            {QStringLiteral("export"), QStringLiteral("dispatch-template"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("t.xlsx")), QStringLiteral("--format"), QStringLiteral("xls")},
            {QStringLiteral("export"), QStringLiteral("dispatch-template"), QStringLiteral("extra"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("t.xlsx"))},
            // The result file would replace the seller's own upload.
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"), file},
            // A result that cannot be written is refused before anything is applied.
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--skip-bad"),
             QStringLiteral("--result"), m_dir.filePath(QStringLiteral("missing/r.csv"))},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"),
             m_dir.path() + QStringLiteral("/")},
            // A name that is neither, or that contradicts --format.
            {QStringLiteral("export"), QStringLiteral("dispatch-template"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("t.pdf"))},
            {QStringLiteral("export"), QStringLiteral("dispatch-template"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("t.xlsx")), QStringLiteral("--format"), QStringLiteral("csv")},
        };
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        for (const QStringList &args : lines) {
            const CliRun r = run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") +
                                             QString::number(r.code) + QLatin1Char(' ') + r.err));
        }
        QCOMPARE(store.dump(), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.txt"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.xlsx"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("t.pdf"))));
        QCOMPARE(QFile(file).size(),
                 qint64(upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001")}).size()));
    }

    // Every bad row is named by its row number, the order service's refusals as well as the file's own
    // problems, one bad row alone too; --json carries the row as "label" (FINDINGS.md 17).
    void everyBadRowIsNamedByItsRow()
    {
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        const QString one = writeFile(m_dir, QStringLiteral("one_bad.csv"),
                                      upload({kP2 + QStringLiteral(",택배,CJ대한통운,12345")}));
        const CliRun single =
            run({QStringLiteral("import"), QStringLiteral("dispatch"), one, QStringLiteral("--dry-run")});
        QCOMPARE(single.code, 4);
        QVERIFY2(single.err.startsWith(QStringLiteral("Row 2, ") + kP2 + QStringLiteral(": ")),
                 qPrintable(single.err));
        const QString two =
            writeFile(m_dir, QStringLiteral("two_bad.csv"),
                      upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001"),
                              kP2 + QStringLiteral(",택배,CJ대한통운,12345"),
                              QStringLiteral("1111222233334444,택배,CJ대한통운,700000000004"),
                              QStringLiteral(",택배,CJ대한통운,700000000005")})); // the file's own problem
        const CliRun r =
            run({QStringLiteral("import"), QStringLiteral("dispatch"), two, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("  Row 3, ") + kP2 + QStringLiteral(": ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("  Row 4: There is no order 1111222233334444.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("  Row 5")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Row 5: Row 5")), qPrintable(r.err));
        const CliRun json = run({QStringLiteral("--json"), QStringLiteral("import"),
                                 QStringLiteral("dispatch"), two, QStringLiteral("--dry-run")});
        QCOMPARE(json.code, 4);
        const QJsonArray outcomes =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("outcomes")).toArray();
        bool named = false;
        for (const QJsonValue &v : outcomes) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == kP2)
                named = o.value(QStringLiteral("label")).toString() == QStringLiteral("Row 3");
        }
        QVERIFY2(named, qPrintable(json.out));
        QCOMPARE(store.dump(), before);
    }

    // An encrypted upload: no password is not a wrong one (FINDINGS.md 4), and without a terminal the
    // message names --password-env instead of asking to type it (19).
    void anEncryptedUploadNeedsItsPassword()
    {
        const QString file = QStringLiteral(SD_EXTERNAL_FIXTURES "/oc_agile_dispatch.xlsx");
        const CliRun none =
            run({QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--dry-run")});
        QCOMPARE(none.code, 4);
        QVERIFY2(none.err.contains(QLatin1String("--password-env")), qPrintable(none.err));
        QVERIFY2(!none.err.contains(QLatin1String("wrong")), qPrintable(none.err));
        QVERIFY2(!none.err.contains(QLatin1String("Enter the password")), qPrintable(none.err));
        CliCall call;
        call.env.insert(QStringLiteral("SD_EMPTY_PASSWORD"), QStringLiteral(""));
        const CliRun empty = runProgram(
            m_dir.path(),
            {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("demo"),
             QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--dry-run"),
             QStringLiteral("--password-env"), QStringLiteral("SD_EMPTY_PASSWORD")},
            call);
        QCOMPARE(empty.code, 4);
        QVERIFY2(empty.err.contains(QLatin1String("protected with a password")), qPrintable(empty.err));
        QVERIFY2(!empty.err.contains(QLatin1String("wrong")), qPrintable(empty.err));
    }

    // One rule for every output file (FINDINGS.md 16): the folder must exist (nothing is created), a folder
    // is not a file name, the extension is the command's: all exit 2, before anything is opened.
    void outputFilesFollowOneRule()
    {
        const QString file = writeFile(m_dir, QStringLiteral("rule.csv"),
                                       upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001")}));
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder"));
        const QList<QStringList> lines{
            {QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
             missing + QStringLiteral("/x.xlsx")},
            {QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"), m_dir.path()},
            {QStringLiteral("export"), QStringLiteral("dispatch-template"), QStringLiteral("--out"),
             missing + QStringLiteral("/t.csv")},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"),
             missing + QStringLiteral("/r.csv")},
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"),
             m_dir.path()},
            {QStringLiteral("backup"), QStringLiteral("--out"), missing + QStringLiteral("/x.sdbackup")},
            {QStringLiteral("backup"), QStringLiteral("--out"), m_dir.path()},
            {QStringLiteral("backup"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.txt"))},
        };
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        for (const QStringList &args : lines) {
            const CliRun r = run(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" → ") +
                                             QString::number(r.code) + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.startsWith(QLatin1String("--")), qPrintable(r.err)); // names the option
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.txt"))));
        QCOMPARE(store.dump(), before);
    }

    void theTemplateListsTheOrdersAwaitingDispatch()
    {
        const QString out = m_dir.filePath(QStringLiteral("template.csv"));
        const CliRun r = run({QStringLiteral("export"), QStringLiteral("dispatch-template"),
                              QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        Store store(m_db, Store::ReadOnly);
        const QStringList awaiting = store.column(
            QStringLiteral("SELECT product_order_no FROM orders WHERE status IN ('NEW', 'CONFIRMED')"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(),
                 awaiting.size());
        const QStringList lines = readText(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("상품주문번호,배송방법,택배사,송장번호"));
        QCOMPARE(lines.size(), awaiting.size() + 1);
        // Ours, the two of one checkout next to each other, courier and number to fill in.
        const int p1 = lines.indexOf(kP1 + QStringLiteral(",\"택배,등기,소포\",,"));
        QVERIFY2(p1 > 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(p1 + 1), kP2 + QStringLiteral(",\"택배,등기,소포\",,"));
        QVERIFY(lines.contains(kP3 + QStringLiteral(",\"택배,등기,소포\",,")));
        QCOMPARE(store
                     .value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND "
                                           "entity = 'dispatch_template'"))
                     .toInt(),
                 1);
    }

    // Any bad row: exit 4, the store as it was, and every bad row (the file's and the service's) in
    // the result file, which is written even for a dry run.
    void allOrNothingByDefault()
    {
        const QString file =
            writeFile(m_dir, QStringLiteral("mixed.csv"),
                      upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001"),
                              kP2 + QStringLiteral(",택배,CJ대한통운,12345"),         // the wrong shape
                              kP3 + QStringLiteral(",택배,번개택배,700000000003")})); // no such courier
        Store store(m_db, Store::ReadOnly);
        const QByteArray before = store.dump();
        const QString result = m_dir.filePath(QStringLiteral("mixed-result.csv"));
        const CliRun r = run(
            {QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--result"), result});
        QCOMPARE(r.code, 4);
        QCOMPARE(store.dump(), before);
        const QStringList lines = readText(result).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("상품주문번호,배송방법,택배사,송장번호,오류"));
        QVERIFY2(lines.at(1).startsWith(kP2 + QStringLiteral(",택배,CJ대한통운,12345,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(kP3 + QStringLiteral(",택배,번개택배,700000000003,")) &&
                     lines.at(2).contains(QStringLiteral("번개택배")),
                 qPrintable(lines.at(2)));

        const CliRun dry = run({QStringLiteral("import"), QStringLiteral("dispatch"), file,
                                QStringLiteral("--skip-bad"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 4);
        QCOMPARE(store.dump(), before);
    }

    // --skip-bad: the good row is applied, exit 7; the result file, corrected, finishes the job.
    void skipBadAppliesTheGoodRowsAndHandsBackTheRest()
    {
        const QString file = writeFile(m_dir, QStringLiteral("skip.csv"),
                                       upload({kP1 + QStringLiteral(",택배,CJ대한통운,700000000001"),
                                               kP2 + QStringLiteral(",택배,CJ대한통운,12345"),
                                               kP3 + QStringLiteral(",택배,번개택배,700000000003")}));
        const QString result = m_dir.filePath(QStringLiteral("skip-result.csv"));
        const CliRun r =
            run({QStringLiteral("import"), QStringLiteral("dispatch"), file, QStringLiteral("--skip-bad"),
                 QStringLiteral("--result"), result, QStringLiteral("--json")});
        QCOMPARE(r.code, 7);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("partlyDone")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("exit")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("outcomes")).toArray().size(), 3);
        QCOMPARE(statusOf(kP1), QStringLiteral("SHIPPING"));
        QCOMPARE(statusOf(kP2), QStringLiteral("NEW"));
        QCOMPARE(statusOf(kP3), QStringLiteral("CONFIRMED"));

        // The seller corrects the two rows in the result file and imports it again: P2 shares P1's
        // number (one checkout, 합포장), P3 gets a courier that exists.
        QString text = readText(result);
        QVERIFY2(text.contains(QStringLiteral("12345")), qPrintable(text));
        text.replace(QStringLiteral(",12345,"), QStringLiteral(",700000000001,"));
        text.replace(QStringLiteral("번개택배"), QStringLiteral("한진택배"));
        const QString fixed = writeFile(m_dir, QStringLiteral("fixed.csv"), kBom + text.toUtf8());
        const CliRun again =
            run({QStringLiteral("import"), QStringLiteral("dispatch"), fixed, QStringLiteral("--skip-bad")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(statusOf(kP2), QStringLiteral("SHIPPING"));
        QCOMPARE(statusOf(kP3), QStringLiteral("SHIPPING"));
        Store store(m_db, Store::ReadOnly);
        QCOMPARE(
            store.value(QStringLiteral("SELECT tracking_no FROM orders WHERE product_order_no = ?"), {kP2})
                .toString(),
            QStringLiteral("700000000001"));

        // The same file once more changes nothing and is no partial run.
        const QByteArray before = store.dump();
        const QString clean = m_dir.filePath(QStringLiteral("clean-result.xlsx"));
        const CliRun twice = run({QStringLiteral("import"), QStringLiteral("dispatch"), fixed,
                                  QStringLiteral("--skip-bad"), QStringLiteral("--result"), clean});
        QCOMPARE(twice.code, 0);
        QCOMPARE(store.dump(), before);
        QVERIFY(QFile::exists(clean)); // no rows but the header: nothing was left
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "test_cli_dispatch.moc"
