#include "io/formats/csv_reader.h"
#include "io/formats/read_limits.h"
#include "io/formats/table_reader.h"
#include "io/formats/text_decoding.h"
#include "io/formats/xlsx_reader.h"
#include "io/marketplace/dispatch_upload.h"
#include "zip_fixture.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using sd::test::writeHandXlsx;
using Rows = QList<QStringList>;

namespace {

void expectRefused(const sd::TableData &table, const QString &fragment)
{
    QVERIFY(!table.ok());
    QVERIFY(!table.cancelled);
    QVERIFY(table.rows.isEmpty());
    QVERIFY2(table.error().contains(fragment), qPrintable(table.error()));
}

// A CSV text whose character at byte `at` is the first byte of `special`, preceded by plain rows.
QByteArray csvWithSpecialAt(qsizetype at, const QByteArray &special, QList<QStringList> *expectedPrefix)
{
    QByteArray bytes;
    const QByteArray row = "abcdefgh,ijklmnop\n";
    while (bytes.size() + row.size() < at - 40) {
        bytes += row;
        expectedPrefix->append(QStringList{"abcdefgh", "ijklmnop"});
    }
    // One more cell that ends right before `at`.
    const qsizetype fill = at - bytes.size();
    bytes += QByteArray(fill, 'Z');
    bytes += special;
    return bytes;
}

} // namespace

class TestReadLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("limits.xlsx")); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- CSV ---------------------------------------------------------------------------------------

    void csvRowsAreCapped()
    {
        QByteArray bytes;
        for (int i = 0; i < sd::kReadMaxRows; ++i)
            bytes += "1\n";
        const sd::TableData fits = sd::readCsv(bytes);
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        QCOMPARE(fits.rows.size(), sd::kReadMaxRows);
        expectRefused(sd::readCsv(bytes + "1\n"),
                      QStringLiteral("more than %1 rows").arg(QLocale().toString(sd::kReadMaxRows)));
    }

    void csvColumnsAreCapped()
    {
        const QByteArray fits = QByteArray(sd::kReadMaxColumns - 1, ',') + "\n";
        QCOMPARE(sd::readCsv(fits).rows.value(0).size(), sd::kReadMaxColumns);
        expectRefused(sd::readCsv("a\n" + QByteArray(sd::kReadMaxColumns, ',') + "\n"),
                      QStringLiteral("Row 2 of the file has a cell beyond column 256"));
        // A 100 MB line of commas stops at the cap, long before its end.
        expectRefused(sd::readCsv(QByteArray(100 * 1024 * 1024, ',')), QStringLiteral("beyond column 256"));
    }

    void csvLongCellsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("one cell past Excel's limit")
            << "x,\"" + QByteArray(sd::kReadMaxCellChars + 1, 'a') + "\"\n"
            << QStringLiteral("row 1, column 2 is longer than %1")
                   .arg(QLocale().toString(sd::kReadMaxCellChars));
        QTest::newRow("a 100 MB line") << QByteArray(100 * 1024 * 1024, 'a') << "row 1, column 1 is longer";
        QByteArray hangul;
        const QByteArray ga = QStringLiteral("가").toUtf8();
        for (int i = 0; i < 1024 * 1024; ++i)
            hangul += ga;
        QTest::newRow("3 MB of Hangul without a break") << "a\n" + hangul << "row 2, column 1 is longer";
        QTest::newRow("a CP949 line") << "a,b\n" + QByteArray(4 * 1024 * 1024, '\xB0') << "is longer";
    }
    void csvLongCellsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        expectRefused(sd::readCsv(bytes), fragment);
    }

    void csvTextIsCapped()
    {
        const QByteArray cell(30'000, 'x');
        QByteArray bytes;
        const qint64 rows = sd::kReadMaxTextChars / cell.size() + 1;
        bytes.reserve((cell.size() + 1) * rows);
        for (qint64 i = 0; i < rows; ++i)
            bytes += cell + '\n';
        expectRefused(sd::readCsv(bytes), QStringLiteral("characters of text"));
    }

    // A doubled quote, a CRLF or a quote's close split across two of the reader's 1 MiB pieces reads
    // as if it were not split.
    void csvStateCrossesPieces_data()
    {
        QTest::addColumn<QByteArray>("special");
        QTest::addColumn<QStringList>("lastRow");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("doubled quote")
            << QByteArray(",\"a\"\"b\"\nx\n") << QStringList{"", "a\"b"} << QStringList{"x"};
        QTest::newRow("crlf") << QByteArray("\r\nx\n") << QStringList{} << QStringList{"x"};
        QTest::newRow("closing quote")
            << QByteArray(",\"q\"Y,z\n") << QStringList{"", "qY", "z"} << QStringList{};
    }
    void csvStateCrossesPieces()
    {
        QFETCH(QByteArray, special);
        QFETCH(QStringList, lastRow);
        QFETCH(QStringList, after);
        constexpr qsizetype kPiece = 1024 * 1024;
        // Put each of the special characters on the piece boundary in turn.
        for (qsizetype shift = 0; shift < special.size(); ++shift) {
            Rows expected;
            const QByteArray bytes = csvWithSpecialAt(kPiece - 1 - shift, special, &expected);
            const sd::TableData table = sd::readCsv(bytes);
            QVERIFY2(table.ok(), qPrintable(table.error()));
            QStringList last = lastRow;
            const QString filler(kPiece - 1 - shift - qsizetype(expected.size()) * 18, QLatin1Char('Z'));
            if (last.isEmpty())
                last = {filler};
            else
                last[0] = filler;
            expected.append(last);
            if (!after.isEmpty())
                expected.append(after);
            QCOMPARE(table.rows.size(), expected.size());
            QCOMPARE(table.rows, expected);
        }
    }

    void textPiecesNeverSplitACharacter_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8") << int(sd::TextEncoding::Utf8);
        QTest::newRow("utf-16le") << int(sd::TextEncoding::Utf16LE);
        QTest::newRow("utf-16be") << int(sd::TextEncoding::Utf16BE);
        QTest::newRow("cp949") << int(sd::TextEncoding::Cp949);
    }
    void textPiecesNeverSplitACharacter()
    {
        QFETCH(int, encoding);
        const auto e = sd::TextEncoding(encoding);
        QString text;
        for (int i = 0; i < 200; ++i)
            text += e == sd::TextEncoding::Cp949 ? QStringLiteral("똠방,각하 %1\r\n").arg(i)
                                                 : QStringLiteral("😀한,글 %1\r\n").arg(i);
        QStringEncoder encoder = e == sd::TextEncoding::Utf8      ? QStringEncoder(QStringConverter::Utf8)
                                 : e == sd::TextEncoding::Utf16LE ? QStringEncoder(QStringConverter::Utf16LE)
                                 : e == sd::TextEncoding::Utf16BE ? QStringEncoder(QStringConverter::Utf16BE)
                                                                  : QStringEncoder("windows-949");
        const QByteArray bytes = encoder.encode(text);
        for (qsizetype window : {16, 17, 31, 64, 1000}) {
            sd::TextChunks chunks(bytes, e, 0, window);
            QString joined;
            QString piece;
            int pieces = 0;
            sd::TextChunks::Status status;
            while ((status = chunks.next(&piece)) == sd::TextChunks::Status::Chunk) {
                joined += piece;
                ++pieces;
            }
            QCOMPARE(status, sd::TextChunks::Status::End);
            QVERIFY(pieces > 1);
            QCOMPARE(joined, text);
        }
    }

    void csvReportsProgressAndCancels()
    {
        QByteArray bytes;
        for (int i = 0; i < 150'000; ++i)
            bytes += "2026112112345678,CJ대한통운,555566667777\n";
        QList<qint64> seen;
        sd::ReadControl control;
        control.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(bytes.size()));
            seen << done;
        };
        const sd::TableData table = sd::readCsv(bytes, control);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), 150'000);
        QVERIFY(seen.size() > 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), qint64(bytes.size()));

        std::atomic_bool cancel{true};
        sd::ReadControl cancelled;
        cancelled.cancel = &cancel;
        const sd::TableData stopped = sd::readTable(bytes, QString(), cancelled);
        QVERIFY(stopped.cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.rows.isEmpty());
    }

    // --- XLSX --------------------------------------------------------------------------------------

    // The probe's shape: a cell at column XFD on each of 1,199 rows was taken as 19.6 M cells.
    void xlsxFarColumnIsRefusedNotPadded()
    {
        QByteArray rows;
        for (int r = 1; r <= 1199; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                    "\"><v>1</v></c></row>";
        expectRefused(sd::readXlsx(writeHandXlsx(path(), {rows})),
                      QStringLiteral("Row 1 of the file has a cell beyond column 256"));
        // Column IV (the 256th) is read; IW is not. A styled empty cell far out costs nothing.
        const sd::TableData fits = sd::readXlsx(
            writeHandXlsx(path(), {"<row r=\"1\"><c r=\"IV1\"><v>7</v></c><c r=\"XFD1\" s=\"1\"/></row>"}));
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        QCOMPARE(fits.rows.value(0).size(), 256);
        QCOMPARE(fits.rows.value(0).last(), QStringLiteral("7"));
        expectRefused(sd::readXlsx(writeHandXlsx(path(), {"<row r=\"1\"><c r=\"IW1\"><v>7</v></c></row>"})),
                      QStringLiteral("beyond column 256"));
    }

    void xlsxRowsAreCapped()
    {
        const auto sheet = [&](int row) {
            return sd::readXlsx(
                writeHandXlsx(path(), {"<row r=\"" + QByteArray::number(row) + "\"><c><v>1</v></c></row>"}));
        };
        QCOMPARE(sheet(sd::kReadMaxRows).rows.size(), sd::kReadMaxRows);
        expectRefused(sheet(sd::kReadMaxRows + 1),
                      QStringLiteral("more than %1 rows").arg(QLocale().toString(sd::kReadMaxRows)));
    }

    // Each row has a cell at column IV after 255 empty ones: 256 cells a row, so the cells cap stops it at
    // row 39,063.
    void xlsxCellsAreCapped()
    {
        const qint64 rows = sd::kReadMaxCells / sd::kReadMaxColumns + 1;
        expectRefused(
            sd::readXlsx(writeHandXlsx(path(), {"",
                                                "<row>" + sd::test::repeat("<c/>", sd::kReadMaxColumns - 1) +
                                                    "<c><v>1</v></c></row>",
                                                rows,
                                                {}})),
            QStringLiteral("more than %1 cells").arg(QLocale().toString(sd::kReadMaxCells)));
    }

    // The probe's shapes: 10 M shared strings, and empty ones.
    // What the cells cap is for: the full 72-column Naver download of 100,000 orders (its notice line
    // and header too) is read, every cell where it was.
    void csvFullNaverDownloadFits()
    {
        constexpr int kColumns = 72, kOrders = 100'000;
        QByteArray bytes = "notice\n";
        for (int c = 0; c < kColumns; ++c)
            bytes += (c ? ",h" : "h") + QByteArray::number(c);
        bytes += '\n';
        for (int r = 0; r < kOrders; ++r) {
            bytes += QByteArray::number(2026112100000000LL + r);
            for (int c = 1; c < kColumns; ++c)
                bytes += c % 3 ? QByteArray(",") : "," + QByteArray::number(c);
            bytes += '\n';
        }
        QVERIFY(qint64(kColumns) * kOrders > 2'500'000); // more than the old cap held
        const sd::TableData table = sd::readCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), kOrders + 2);
        QCOMPARE(table.rows.at(0), QStringList{QStringLiteral("notice")});
        QCOMPARE(table.rows.columnCount(1), kColumns);
        QCOMPARE(table.rows.cell(1, 71), QStringLiteral("h71"));
        for (int r : {2, 50'000, kOrders + 1}) {
            QCOMPARE(table.rows.columnCount(r), kColumns);
            QCOMPARE(table.rows.cell(r, 0), QString::number(2026112100000000LL + r - 2));
            QCOMPARE(table.rows.cell(r, 3), QStringLiteral("3"));
            QVERIFY(table.rows.cell(r, 4).isEmpty());
        }
        QCOMPARE(table.rows.cellCount(), 1 + kColumns + qsizetype(kColumns) * kOrders);
    }

    // The builder appends rows as they come: a sheet whose rows go back up is refused, not reordered.
    void xlsxRowsOutOfOrderAreRefused()
    {
        expectRefused(sd::readXlsx(writeHandXlsx(path(), {"<row r=\"3\"><c><v>1</v></c></row>"
                                                          "<row r=\"2\"><c><v>2</v></c></row>"})),
                      QStringLiteral("row 2 comes after row 3"));
        // Cells of one row in any order, the same row written twice in a row, and gaps are fine.
        const sd::TableData fits = sd::readXlsx(writeHandXlsx(
            path(), {"<row r=\"2\"><c r=\"C2\"><v>3</v></c><c r=\"A2\"><v>1</v></c></row>"
                     "<row r=\"2\"><c r=\"B2\"><v>2</v></c></row><row r=\"5\"><c><v>5</v></c></row>"}));
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        QCOMPARE(fits.rows, (Rows{{}, {"1", "2", "3"}, {}, {}, {"5"}}));
    }

    void xlsxSharedStringsAreCapped_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::newRow("empty") << QByteArray("<si/>");
        QTest::newRow("white space") << QByteArray("<si><t> </t></si>");
    }
    void xlsxSharedStringsAreCapped()
    {
        QFETCH(QByteArray, pattern);
        const QByteArray bytes = writeHandXlsx(path(), {"", "<row><c t=\"s\"><v>0</v></c></row>", 1, {}},
                                               {"", pattern, sd::kReadMaxSharedStrings + 1, {}});
        QVERIFY(bytes.size() < 2 * 1024 * 1024);
        expectRefused(
            sd::readXlsx(bytes),
            QStringLiteral("more than %1 shared texts").arg(QLocale().toString(sd::kReadMaxSharedStrings)));
    }

    void xlsxSharedTextIsCapped()
    {
        const QByteArray text(30'000, 'x');
        const qint64 count = sd::kReadMaxTextChars / text.size() + 1;
        expectRefused(sd::readXlsx(writeHandXlsx(path(), {"", "<row><c t=\"s\"><v>0</v></c></row>", 1, {}},
                                                 {"", "<si><t>" + text + "</t></si>", count, {}})),
                      QStringLiteral("characters of text"));
        expectRefused(sd::readXlsx(writeHandXlsx(path(), {"", "<row><c t=\"s\"><v>0</v></c></row>", 1, {}},
                                                 {"<si><t>", "x", sd::kReadMaxCellChars + 1, "</t></si>"})),
                      QStringLiteral("a text longer than %1").arg(QLocale().toString(sd::kReadMaxCellChars)));
    }

    void xlsxLongRunsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("150 MB inline string")
            << writeHandXlsx(path(), {"<row><c t=\"inlineStr\"><is><t>", "a", 150LL * 1024 * 1024,
                                      "</t></is></c></row>"})
            << "longer than 1024 KiB";
        QTest::newRow("a tag of a million attributes")
            << writeHandXlsx(path(), {"<row><c ", "a=\"1\" ", 1'000'000, "><v>1</v></c></row>"})
            << "longer than 1024 KiB";
        QTest::newRow("inline string past Excel's limit")
            << writeHandXlsx(path(), {"<row><c t=\"inlineStr\"><is><t>", "a", sd::kReadMaxCellChars + 1,
                                      "</t></is></c></row>"})
            << QStringLiteral("row 1, column 1 is longer than %1")
                   .arg(QLocale().toString(sd::kReadMaxCellChars));
        QTest::newRow("split into runs")
            << writeHandXlsx(path(), {"<row><c t=\"inlineStr\"><is>", "<r><t>abcdefghij</t></r>", 3300,
                                      "</is></c></row>"})
            << QStringLiteral("row 1, column 1 is longer than %1")
                   .arg(QLocale().toString(sd::kReadMaxCellChars));
    }
    void xlsxLongRunsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        expectRefused(sd::readXlsx(bytes), fragment);
    }

    void xlsxDeepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // A million nested elements would cost QXmlStreamReader 180 MB; each is refused at 64 levels.
        QTest::newRow("in a row") << writeHandXlsx(path(), {"<row><c><v>1</v></c>", "<x>", 1'000'000, ""});
        QTest::newRow("in a cell") << writeHandXlsx(path(), {"<row><c><f>", "<x a='1'>", 1'000'000, ""});
        QTest::newRow("in the shared strings")
            << writeHandXlsx(path(), {"", "<row/>", 1, {}}, {"", "<x>", 1'000'000, {}});
        QTest::newRow("in a shared string")
            << writeHandXlsx(path(), {"", "<row/>", 1, {}}, {"<si><rPh>", "<x>", 1'000'000, {}});
        QTest::newRow("in the workbook")
            << sd::test::writeZip(path(), {{"xl/workbook.xml", "<workbook>", "<x>", 1'000'000, {}}});
    }
    void xlsxDeepNestingIsRefused()
    {
        QFETCH(QByteArray, bytes);
        expectRefused(sd::readXlsx(bytes), QStringLiteral("nests elements more than 64 deep"));
        // 64 levels are fine: the reader's own structure stays well below.
        const sd::TableData fits =
            sd::readXlsx(writeHandXlsx(path(), {"<row><c><v>1</v></c>" + sd::test::repeat("<x>", 58) +
                                                sd::test::repeat("</x>", 58) + "</row>"}));
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        QCOMPARE(fits.rows, (Rows{{"1"}}));
    }

    void xlsxReportsProgressAndCancels()
    {
        const QByteArray bytes = writeHandXlsx(
            path(),
            {"",
             "<row><c t=\"inlineStr\"><is><t>2026112112345678</t></is></c><c><v>555566667777</v></c></row>",
             100'000,
             {}});
        QList<qint64> seen;
        sd::ReadControl control;
        control.progress = [&](qint64 done, qint64 total) {
            QVERIFY(total > 0);
            seen << done;
        };
        const sd::TableData table = sd::readXlsx(bytes, QString(), control);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), 100'000);
        QCOMPARE(table.rows.last(), (QStringList{"2026112112345678", "555566667777"}));
        QVERIFY(seen.size() > 5);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        std::atomic_bool cancel{false};
        sd::ReadControl cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](qint64 done, qint64) {
            if (done > 1024 * 1024)
                cancel = true;
        };
        const sd::TableData stopped = sd::readTable(bytes, QString(), cancelling);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.rows.isEmpty());
        QVERIFY2(stopped.error().contains(QStringLiteral("cancelled")), qPrintable(stopped.error()));
    }

    // --- problems of a dispatch upload ----------------------------------------------------------

    void dispatchProblemsAreCappedAndCounted()
    {
        QByteArray bytes = "상품주문번호,택배사,송장번호\n";
        for (int i = 0; i < 150'000; ++i)
            bytes += QByteArray::number(2026112100000000LL + i) + ",없는택배,\n"; // two problems a row
        const sd::DispatchUploadResult upload = sd::parseDispatchUpload(bytes);
        QVERIFY(!upload.ok());
        QCOMPARE(upload.problems.size(), sd::kReadMaxProblems);
        QCOMPARE(upload.problems.first().line, 2);
        QCOMPARE(upload.problems.last().line, 2 + sd::kReadMaxProblems / 2 - 1);
        QCOMPARE(upload.omittedProblemRows, 150'000 - sd::kReadMaxProblems / 2);
        QVERIFY(upload.rows.isEmpty());
        // Every bad row is kept for the result file, as its cells and flags: no sentence each.
        QCOMPARE(upload.rejected.size(), 150'000);
    }
};

QTEST_GUILESS_MAIN(TestReadLimits)
#include "test_read_limits.moc"
