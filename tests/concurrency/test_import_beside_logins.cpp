// A big order import never locks others out: while a real `sellerdesk-cli import orders` brings in a
// 100,000-row Naver download (staged in TEMP tables, published in one transaction), other CLI processes log
// in (every login writes its attempt) and list orders. Every one of them must succeed, and the import is
// all there.
#include "cli_runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace sd::test;

class TestImportBesideLogins : public QObject
{
    Q_OBJECT

private slots:
    void loginsBesideA100kImport()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString home = dir.path();
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));
        const CliRun created = runCli(
            home, db, {QStringLiteral("demo"), QStringLiteral("--orders"), QStringLiteral("10")}, false);
        QVERIFY2(created.code == 0, qPrintable(created.err));

        constexpr int kRows = 100000;
        const QString file = dir.filePath(QStringLiteral("naver.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text("\xEF\xBB\xBF");
            text += QStringLiteral("※ 엑셀 일괄발송 양식입니다. 파일 업로드 시, 1행 삭제 후 업로드\r\n"
                                   "상품주문번호,주문번호,택배사,송장번호,구매자명,수취인명,주문상태,"
                                   "주문세부상태,결제일,상품명,"
                                   "옵션정보,수량,최종 상품별 총 "
                                   "주문금액,수취인연락처1,기본배송지,상세배송지,배송메세지\r\n")
                        .toUtf8();
            for (int i = 0; i < kRows; ++i) {
                const bool shipped = i % 3 == 0;
                text += QStringLiteral("2027010%1,O%2,%3,%4,김민수,이영희 %5,%6,%7,2027-01-0%8 "
                                       "1%9:03:22,\"키보드, 블랙 ⌨️\","
                                       "=색상: 검정,1,\"35,000\",010-9876-5432,서울특별시 강남구 테헤란로 "
                                       "%5,\"4층 \"\"A\"\"동\","
                                       "\"문 앞에\n놓아 주세요\"\r\n")
                            .arg(i, 9, 10, QLatin1Char('0'))
                            .arg(i / 2)
                            .arg(shipped ? QStringLiteral("CJ대한통운") : QString())
                            .arg(shipped ? QStringLiteral("5%1").arg(i, 11, 10, QLatin1Char('0')) : QString())
                            .arg(i % 997)
                            .arg(shipped ? QStringLiteral("배송중") : QStringLiteral("결제완료"))
                            .arg(shipped ? QString() : QStringLiteral("신규주문"))
                            .arg(1 + i % 9)
                            .arg(i % 10)
                            .toUtf8();
            }
            f.write(text);
        }

        QElapsedTimer wall;
        wall.start();
        auto import = startCli(
            home, db, {QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--json")});
        QVERIFY(import->state() != QProcess::NotRunning);
        QStringList failures;
        int logins = 0, duringImport = 0;
        qint64 longestMs = 0;
        while (import->state() != QProcess::NotRunning && wall.elapsed() < 170000) {
            const CliRun r = runCli(home, db,
                                    {QStringLiteral("list"), QStringLiteral("orders"),
                                     QStringLiteral("--limit"), QStringLiteral("1")});
            ++logins;
            longestMs = std::max(longestMs, r.ms);
            if (import->state() != QProcess::NotRunning)
                ++duringImport;
            if (r.code != 0)
                failures << QStringLiteral("list orders: exit %1 after %2 ms: %3")
                                .arg(r.code)
                                .arg(r.ms)
                                .arg(r.err.trimmed());
            import->waitForFinished(0);
        }
        QVERIFY2(import->state() == QProcess::NotRunning || import->waitForFinished(60000),
                 "the import did not finish");
        const qint64 importMs = wall.elapsed();
        QCOMPARE(import->exitStatus(), QProcess::NormalExit);
        QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
        qInfo(
            "import orders of %d rows: %lld ms; beside it %d logins (list orders), %d of them while it ran; "
            "the slowest took %lld ms",
            kRows, importMs, logins, duringImport, longestMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(duringImport >= 3, "too few logins overlapped the import to show anything");
        Store store(db);
        QCOMPARE(store.value(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 10 + kRows);
        QCOMPARE(store.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                     .toInt(),
                 1);
        QCOMPARE(store.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestImportBesideLogins)
#include "test_import_beside_logins.moc"
