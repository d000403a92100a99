#include "io/formats/csv_reader.h"
#include "io/formats/html_table_reader.h"
#include "io/formats/xlsx_reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <functional>

// Every input a fuzz target was ever fed that mattered (its seeds and the inputs that once made it fail,
// tests/io/fuzz_regressions/TARGET) goes through the reader again: it must answer (a table, or a message
// and no rows), and answer in bounded time — the sanitizers run in the fuzzing build, this runs here.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    using Reader = std::function<sd::TableData(const QByteArray &)>;

    static void readAll(const QString &target, const Reader &read)
    {
        int files = 0;
        for (const QString &folder : {QStringLiteral(SD_FUZZ_SEEDS "/") + target,
                                      QStringLiteral(SD_FUZZ_REGRESSIONS "/") + target}) {
            const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files);
            for (const QFileInfo &entry : entries) {
                QFile f(entry.filePath());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const sd::TableData table = read(f.readAll());
                QVERIFY2(table.ok() || (!table.error().isEmpty() && table.rows.isEmpty()),
                         qPrintable(entry.filePath()));
                ++files;
            }
        }
        QVERIFY2(files > 0, "every target has seeds");
    }

private slots:
    void csv()
    {
        readAll(QStringLiteral("fuzz_csv"), [](const QByteArray &b) { return sd::readCsv(b); });
    }
    void xlsx()
    {
        readAll(QStringLiteral("fuzz_xlsx"), [](const QByteArray &b) { return sd::readXlsx(b); });
    }
    void html()
    {
        readAll(QStringLiteral("fuzz_html"), [](const QByteArray &b) { return sd::readHtmlTable(b); });
    }
    // The seeds are real inputs: each reads.
    void seedsRead()
    {
        QFile f(QStringLiteral(SD_FUZZ_SEEDS "/fuzz_xlsx/stored.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const sd::TableData table = sd::readXlsx(f.readAll());
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.value(0).value(0), QStringLiteral("상품주문번호"));
        QCOMPARE(table.rows.value(0).value(2), QStringLiteral("한진택배"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
