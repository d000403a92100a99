#include "io/formats/table_reader.h"
#include "io/formats/xlsx_reader.h"
#include "xlsx_fixture.h"
#include "zip_fixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <xlsxwriter.h>
#include <zip.h>

using sd::readXlsx;
using sd::test::writeWorkbook;
using Rows = QList<QStringList>;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip made by hand with libzip: entries are (name, content); `store` keeps them uncompressed.
QByteArray makeZip(const QTemporaryDir &dir, const QList<QPair<QByteArray, QByteArray>> &entries,
                   bool store = false)
{
    const QString path = dir.filePath(QStringLiteral("hand.zip"));
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    for (const auto &[name, content] : entries) {
        zip_source_t *src = zip_source_buffer(zip, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = zip_file_add(zip, name.constData(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            zip_discard(zip);
            return {};
        }
        if (store)
            zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return {};
    }
    return readAll(path);
}

const QByteArray kWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Only\" sheetId=\"1\" rel:id=\"rId7\"/></sheets></workbook>";
const QByteArray kRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"x\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId7\" Type=\"x\" Target=\"/xl/worksheets/data.xml\"/>"
    "</Relationships>";

QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<dimension ref=\"A1\"/><sheetData>" +
           sheetData + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
}

// Workbook, relationships and one sheet (xl/worksheets/data.xml), plus `extra` parts.
QByteArray handMadeXlsx(const QTemporaryDir &dir, const QByteArray &sheet,
                        const QList<QPair<QByteArray, QByteArray>> &extra = {}, bool store = false)
{
    QList<QPair<QByteArray, QByteArray>> entries{{"xl/workbook.xml", kWorkbook},
                                                 {"xl/_rels/workbook.xml.rels", kRels},
                                                 {"xl/worksheets/data.xml", sheet}};
    entries += extra;
    return makeZip(dir, entries, store);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray orderWorkbook(bool constantMemory = false)
    {
        return writeWorkbook(
            m_dir,
            [](lxw_workbook *wb) {
                lxw_worksheet *ws = workbook_add_worksheet(wb, "발주발송관리");
                worksheet_write_string(ws, 0, 0, "※ 파일 업로드 시, 1행 삭제 후 업로드", nullptr);
                const char *headers[] = {"상품주문번호", "배송방법", "택배사", "송장번호"};
                for (int c = 0; c < 4; ++c)
                    worksheet_write_string(ws, 1, lxw_col_t(c), headers[c], nullptr);
                worksheet_write_string(ws, 2, 0, "2026112112345678", nullptr);
                worksheet_write_string(ws, 2, 1, "택배,등기,소포", nullptr);
                worksheet_write_string(ws, 2, 2, "CJ대한통운", nullptr);
                worksheet_write_number(ws, 2, 3, 555566667777.0, nullptr); // tracking typed as a number
                // Row 4 is left out; row 5 has a gap in column B.
                worksheet_write_number(ws, 4, 0, 2026112112345679.0, nullptr);
                worksheet_write_string(ws, 4, 2, "롯데택배", nullptr);
                worksheet_write_number(ws, 4, 3, 1234.5, nullptr);
                worksheet_write_number(ws, 4, 4, 0.1, nullptr);
                worksheet_write_boolean(ws, 4, 5, 1, nullptr);
                worksheet_write_number(ws, 4, 6, -3, nullptr);
                worksheet_write_formula_num(ws, 4, 7, "=1+1", nullptr, 2);
                lxw_worksheet *extra = workbook_add_worksheet(wb, "Extra");
                worksheet_write_string(extra, 0, 0, "second", nullptr);
                worksheet_write_number(extra, 1, 1, 42, nullptr);
            },
            constantMemory);
    }

    static Rows expectedOrderRows()
    {
        return {{QStringLiteral("※ 파일 업로드 시, 1행 삭제 후 업로드")},
                {QStringLiteral("상품주문번호"), QStringLiteral("배송방법"), QStringLiteral("택배사"),
                 QStringLiteral("송장번호")},
                {QStringLiteral("2026112112345678"), QStringLiteral("택배,등기,소포"),
                 QStringLiteral("CJ대한통운"), QStringLiteral("555566667777")},
                {},
                {QStringLiteral("2026112112345679"), QString(), QStringLiteral("롯데택배"), "1234.5", "0.1",
                 "TRUE", "-3", "2"}};
    }

    void expectFailure(const QByteArray &bytes, const QString &fragment)
    {
        const sd::TableData table = readXlsx(bytes);
        QVERIFY(!table.ok());
        QVERIFY(table.rows.isEmpty());
        QVERIFY2(table.error().contains(fragment), qPrintable(table.error()));
        QCOMPARE(table.result.kind, sd::ErrorKind::BadInput);
        if (fragment == QLatin1String("not valid XML")) {
            // Qt's parser's words (English, technical) go to the detail for the log, never the message.
            QVERIFY(!table.result.detail.isEmpty());
            QVERIFY2(!table.error().contains(table.result.detail), qPrintable(table.error()));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsFirstSheetOfARealWorkbook_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void readsFirstSheetOfARealWorkbook()
    {
        QFETCH(bool, constantMemory);
        const QByteArray bytes = orderWorkbook(constantMemory);
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        const sd::TableData table = readXlsx(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, expectedOrderRows());
    }

    void readsASheetByName()
    {
        const QByteArray bytes = orderWorkbook();
        const sd::TableData extra = readXlsx(bytes, QStringLiteral("extra"));
        QVERIFY2(extra.ok(), qPrintable(extra.error()));
        QCOMPARE(extra.rows, (Rows{{"second"}, {"", "42"}}));
        QCOMPARE(readXlsx(bytes, QStringLiteral("발주발송관리")).rows, expectedOrderRows());
        const sd::TableData missing = readXlsx(bytes, QStringLiteral("없는 시트"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("\"없는 시트\"")), qPrintable(missing.error()));
    }

    void readsFromAFile()
    {
        orderWorkbook();
        QByteArray bytes;
        QCOMPARE(
            sd::readImportFile(m_dir.filePath(QStringLiteral("fixture.xlsx")), sd::kXlsxMaxPartSize, &bytes),
            QString());
        const sd::TableData table = sd::readTable(bytes); // told from the bytes: a zip, so XLSX
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, expectedOrderRows());
    }

    void readsRichTextFromLibxlsxwriter()
    {
        const QByteArray bytes = writeWorkbook(m_dir, [](lxw_workbook *wb) {
            lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
            lxw_format *bold = workbook_add_format(wb);
            format_set_bold(bold);
            lxw_rich_string_tuple first = {nullptr, const_cast<char *>("CJ")};
            lxw_rich_string_tuple second = {bold, const_cast<char *>("대한통운")};
            lxw_rich_string_tuple *runs[] = {&first, &second, nullptr};
            worksheet_write_rich_string(ws, 0, 1, runs, nullptr);
        });
        const sd::TableData table = readXlsx(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, (Rows{{"", QStringLiteral("CJ대한통운")}}));
    }

    void readsAHandMadeZip()
    {
        const QByteArray shared =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><r><t>CJ</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">대한통운 </t></r></si>"
            "<si><t>한진택배</t><rPh sb=\"0\" eb=\"1\"><t>ハン</t></rPh></si></sst>";
        const QByteArray sheet =
            sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>상품주문번호</t></is></c>"
                     "<c r=\"C1\" t=\"inlineStr\"><is><r><t>송장</t></r><r><t>번호</t></r></is></c></row>"
                     "<row r=\"3\"><c r=\"A3\"><v>5.55566667777E11</v></c><c r=\"B3\" t=\"s\"><v>0</v></c>"
                     "<c t=\"s\"><v>1</v></c><c r=\"D3\" t=\"e\"><v>#N/A</v></c>"
                     "<c r=\"E3\" t=\"str\"><f>A1</f><v>abc</v></c><c r=\"F3\" t=\"b\"><v>0</v></c>"
                     "<c r=\"G3\"><v>1.0E2</v></c><c r=\"H3\" s=\"1\"/><c r=\"I3\"><v>1.5E-7</v></c></row>"
                     "<row><c><v>7</v></c></row>");
        const sd::TableData table = readXlsx(handMadeXlsx(m_dir, sheet, {{"xl/sharedStrings.xml", shared}}));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, (Rows{{QStringLiteral("상품주문번호"), QString(), QStringLiteral("송장번호")},
                                   {},
                                   {"555566667777", QStringLiteral("CJ대한통운 "), QStringLiteral("한진택배"),
                                    "#N/A", "abc", "FALSE", "100", "", "1.5e-07"},
                                   {"7"}}));
    }

    void failsWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        const QByteArray real = orderWorkbook();
        QTest::newRow("garbage") << QByteArray("PK\x03\x04 this is not a zip at all")
                                 << "not a readable .xlsx";
        QTest::newRow("empty") << QByteArray() << "not a readable .xlsx";
        QTest::newRow("truncated") << real.left(real.size() / 2) << "not a readable .xlsx";
        QTest::newRow("no workbook") << makeZip(m_dir, {{"hello.txt", "hi"}}) << "xl/workbook.xml is missing";
        QTest::newRow("no rels") << makeZip(m_dir, {{"xl/workbook.xml", kWorkbook}})
                                 << "xl/_rels/workbook.xml.rels is missing";
        QTest::newRow("no sheet part")
            << makeZip(m_dir, {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels}})
            << "xl/worksheets/data.xml is missing";
        QTest::newRow("no sheets") << makeZip(m_dir, {{"xl/workbook.xml", "<workbook><sheets/></workbook>"}})
                                   << "no worksheets";
        QTest::newRow("bad relation id")
            << makeZip(m_dir, {{"xl/workbook.xml", QByteArray(kWorkbook).replace("rId7", "rId9")},
                               {"xl/_rels/workbook.xml.rels", kRels}})
            << "not listed";
        QTest::newRow("malformed sheet xml")
            << handMadeXlsx(m_dir, "<worksheet><sheetData><row><c><v>1</v></row>") << "not valid XML";
        QTest::newRow("malformed workbook xml")
            << makeZip(m_dir, {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" r:id=\"x\"/>"}})
            << "not valid XML";
        QTest::newRow("empty sheet part") << handMadeXlsx(m_dir, QByteArray()) << "not valid XML";
        QTest::newRow("malformed shared strings")
            << handMadeXlsx(m_dir, sheetXml(""), {{"xl/sharedStrings.xml", "<sst><si><t>a</si></sst>"}})
            << "not valid XML";
        QTest::newRow("missing shared string")
            << handMadeXlsx(m_dir, sheetXml("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c></row>"))
            << "cell B1 refers to text";
        QTest::newRow("row 0 cell") << handMadeXlsx(m_dir,
                                                    sheetXml("<row r=\"1\"><c r=\"A0\"><v>1</v></c></row>"))
                                    << "\"A0\"";
        QTest::newRow("column past XFD")
            << handMadeXlsx(m_dir, sheetXml("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")) << "\"XFE1\"";
        QTest::newRow("no digits") << handMadeXlsx(m_dir,
                                                   sheetXml("<row r=\"1\"><c r=\"AB\"><v>1</v></c></row>"))
                                   << "\"AB\"";
        QTest::newRow("row past Excel's last")
            << handMadeXlsx(m_dir, sheetXml("<row r=\"1048577\"><c><v>1</v></c></row>")) << "invalid row";
        // Stored (not compressed) so the sheet's bytes can be spoiled in place: the CRC no longer matches.
        QByteArray spoiled =
            handMadeXlsx(m_dir, sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), {}, true);
        const qsizetype at = spoiled.indexOf("<v>1</v>");
        if (at >= 0)
            spoiled[at + 3] = '2';
        QTest::newRow("crc mismatch") << spoiled << "could not be unpacked";
        QTest::newRow("entity expansion")
            << handMadeXlsx(m_dir, "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">"
                                   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                                   "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                                   "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                                   "<worksheet><sheetData><row><c t=\"str\"><v>&e;"
                                   "</v></c></row></sheetData></worksheet>")
            << "not valid XML";
    }
    void failsWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        expectFailure(bytes, fragment);
    }

    void refusesAZipBomb()
    {
        // The sheet is streamed into the compressor: 200 MiB of spaces, never held in memory.
        const QByteArray bytes = sd::test::writeZip(
            m_dir.filePath(QStringLiteral("bomb.xlsx")),
            {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
             {"xl/worksheets/data.xml", "", " ", sd::kXlsxMaxPartSize + 1}});
        QVERIFY2(bytes.size() < 2 * 1024 * 1024, "the fixture should be small on disk");
        expectFailure(bytes, QStringLiteral("unpacks to more than 200 MiB"));
    }

    void survivesDamagedBytes()
    {
        const QByteArray real = orderWorkbook();
        QRandomGenerator random(20261121);
        int failures = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = real;
            if (round % 3 == 0) {
                damaged.truncate(random.bounded(real.size()));
            } else {
                for (int k = 0; k < 1 + round % 7; ++k)
                    damaged[random.bounded(damaged.size())] = char(random.bounded(256));
            }
            const sd::TableData table = readXlsx(damaged);
            if (!table.ok()) {
                ++failures;
                QVERIFY(table.rows.isEmpty());
                QVERIFY(!table.error().isEmpty());
            }
        }
        QVERIFY(failures > 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "test_xlsx_reader.moc"
