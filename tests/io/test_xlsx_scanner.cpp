// The XLSX reader's byte scanner against QXmlStreamReader (the reference): over many generated sheets and
// shared-string parts (prefixes, entities and character references, inline and rich strings, phonetic
// runs, sparse and self-closing cells, rows without numbers, huge column references, caps, damage) and over
// the committed fixtures, both paths must give the same table or the same message. Well-formed sheets in
// the scanner's subset must be read by the scanner itself (no part left to QXmlStreamReader).
#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_reader_internal.h"
#include "xlsx_fixture.h"
#include "zip_fixture.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using sd::detail::XlsxXmlPath;

namespace {

struct Outcome
{
    sd::TableData table;
    int readAgain = 0;
};

Outcome readWith(const QByteArray &bytes, XlsxXmlPath path)
{
    Outcome o;
    o.table = sd::detail::readXlsx(bytes, QString(), sd::ReadControl(), path, &o.readAgain);
    return o;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A generated sheet: its XML and shared strings, and whether it stays in the scanner's subset (so the
// scanner must read it without stepping aside).
struct Generated
{
    QByteArray sheet;
    QByteArray shared;
    bool inSubset = true;
};

class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    Generated make()
    {
        Generated g;
        m_subset = true;
        const bool prefixed = chance(3);
        m_p = prefixed ? QByteArray("x:") : QByteArray();
        const QByteArray ns = prefixed ? "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                                       : "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        QByteArray xml;
        switch (pick(4)) {
        case 0:
            xml += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
            break;
        case 1:
            xml += "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8'?>";
            break;
        case 2:
            xml += "<?xml version=\"1.0\"?>\n";
            break;
        default:
            break;
        }
        xml += "<" + m_p + "worksheet " + ns +
               " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
               " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">";
        if (chance(2))
            xml += "<" + m_p + "dimension ref=\"A1:F9\"/>";
        if (chance(3))
            xml += "<" + m_p + "sheetViews><" + m_p + "sheetView workbookViewId=\"0\"/></" + m_p + "sheetViews>";
        xml += "<" + m_p + "sheetData>";
        int row = 0;
        const int rows = pick(12);
        for (int i = 0; i < rows; ++i) {
            row += 1 + (chance(4) ? pick(3) : 0);
            xml += makeRow(row);
            xml += space();
        }
        xml += "</" + m_p + "sheetData>";
        if (chance(2))
            xml += "<" + m_p + "extLst><" + m_p +
                   "ext uri=\"{1}\" xmlns:x14=\"urn:x14\"><x14:sparklineGroups/></" + m_p + "ext></" + m_p +
                   "extLst>";
        xml += "</" + m_p + "worksheet>";
        if (chance(4))
            xml += "\n  ";
        g.sheet = xml;
        g.shared = makeShared();
        g.inSubset = m_subset;
        return g;
    }

    // A copy of `bytes` with a few bytes spoiled.
    QByteArray damage(QByteArray bytes)
    {
        static const char pieces[] = "<>&/\"'=;#x: \r\n\x01\x80\xff]";
        const int n = 1 + pick(3);
        for (int i = 0; i < n && !bytes.isEmpty(); ++i) {
            const int at = pick(int(bytes.size()));
            switch (pick(3)) {
            case 0:
                bytes[at] = pieces[pick(int(sizeof pieces - 1))];
                break;
            case 1:
                bytes.remove(at, 1 + pick(4));
                break;
            default:
                bytes.insert(at, pieces[pick(int(sizeof pieces - 1))]);
                break;
            }
        }
        return bytes;
    }

private:
    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int oneIn) { return pick(oneIn) == 0; }
    QByteArray space()
    {
        static const char *spaces[] = {"", "", "", " ", "\n", "\r\n  ", "\t"};
        return spaces[pick(7)];
    }

    QByteArray text()
    {
        static const char *pieces[] = {"상품주문번호", "CJ대한통운", "a", "Z9", " ", "  lead", "trail  ", "&amp;",
                                       "&lt;b&gt;", "&quot;q&quot;", "&apos;", "&#65;", "&#x41;", "&#xAC00;",
                                       "&#x1F600;", "😀", "ÿ", "tab\there", "line\nfeed", "5,000", "1.5E-7",
                                       "0012", "-0", "TRUE", "]]", "x", "#N/A", "\xE2\x80\x8B"};
        QByteArray out;
        const int n = pick(4);
        for (int i = 0; i < n; ++i)
            out += pieces[pick(int(sizeof pieces / sizeof *pieces))];
        if (chance(25)) {
            // What the scanner leaves to QXmlStreamReader: a carriage return, CDATA, a comment, an
            // unknown entity, a character XML forbids.
            static const char *aside[] = {"a\rb", "<![CDATA[x<y]]>", "<!-- c -->", "&nbsp;", "&#0;", "&#xD;"};
            out += aside[pick(6)];
            m_subset = false;
        }
        return out;
    }

    QByteArray t(const QByteArray &content)
    {
        const QByteArray open = chance(3) ? "<" + m_p + "t xml:space=\"preserve\">" : "<" + m_p + "t>";
        return content.isEmpty() && chance(2) ? "<" + m_p + "t/>" : open + content + "</" + m_p + "t>";
    }

    QByteArray richText()
    {
        QByteArray out;
        if (chance(2)) {
            out += t(text());
        } else {
            const int runs = 1 + pick(3);
            for (int i = 0; i < runs; ++i) {
                out += "<" + m_p + "r>";
                if (chance(2))
                    out += "<" + m_p + "rPr><" + m_p + "b/><" + m_p + "sz val=\"11\"/></" + m_p + "rPr>";
                out += t(text()) + "</" + m_p + "r>";
            }
        }
        if (chance(3))
            out += "<" + m_p + "rPh sb=\"0\" eb=\"1\">" + t("ハン") + "</" + m_p + "rPh>";
        if (chance(5))
            out += "<" + m_p + "phoneticPr fontId=\"1\"/>";
        return out;
    }

    static QByteArray columnName(int column)
    {
        QByteArray name;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(char('A' + (c - 1) % 26));
        return name;
    }

    QByteArray makeRow(int row)
    {
        QByteArray attrs;
        switch (pick(8)) {
        case 0:
            break; // no number: after the previous row
        case 1:
            attrs = " r='" + QByteArray::number(row) + "'";
            break;
        case 2:
            attrs = " spans=\"1:6\" r = \"" + QByteArray::number(row) + "\" x14ac:dyDescent=\"0.25\"";
            break;
        case 3:
            if (chance(6)) { // out of order, zero, or past Excel's last row: refused alike
                static const char *bad[] = {"0", "1", "1048577", "2"};
                attrs = QByteArray(" r=\"") + bad[pick(4)] + "\"";
                break;
            }
            [[fallthrough]];
        default:
            attrs = " r=\"" + QByteArray::number(row) + "\"";
            break;
        }
        if (chance(10))
            return "<" + m_p + "row" + attrs + "/>";
        QByteArray out = "<" + m_p + "row" + attrs + ">";
        int column = -1;
        const int cells = pick(7);
        for (int i = 0; i < cells; ++i) {
            column += 1 + (chance(3) ? pick(4) : 0);
            out += makeCell(row, column) + space();
        }
        return out + "</" + m_p + "row>";
    }

    QByteArray makeCell(int row, int column)
    {
        QByteArray ref;
        switch (pick(10)) {
        case 0:
            break; // no reference: after the previous cell
        case 1:
            ref = " r=\"" + columnName(column).toLower() + QByteArray::number(row) + "\"";
            break;
        case 2:
            if (chance(4)) {
                static const char *bad[] = {"XFE1", "ZZZZZZ1", "A0", "AB", "1A", "IW2", "A1048577", ""};
                ref = QByteArray(" r=\"") + bad[pick(8)] + "\"";
                break;
            }
            [[fallthrough]];
        default:
            ref = " r=\"" + columnName(column) + QByteArray::number(row) + "\"";
            break;
        }
        static const char *types[] = {"", "", "s", "s", "str", "inlineStr", "inlineStr", "b", "n", "e", "d", "z"};
        const QByteArray type = types[pick(12)];
        QByteArray attrs = ref;
        if (!type.isEmpty())
            attrs += " t=\"" + type + "\"";
        if (chance(3))
            attrs += " s=\"" + QByteArray::number(pick(5)) + "\"";
        const QByteArray c = m_p + "c";
        if (chance(8))
            return "<" + c + attrs + "/>";
        QByteArray body;
        if (chance(6))
            body += "<" + m_p + "f>SUM(A1:A2)&amp;\"x\"</" + m_p + "f>";
        if (type == "s") {
            body += "<" + m_p + "v>" + QByteArray::number(chance(10) ? 99 : pick(4)) + (chance(8) ? " " : "") +
                    "</" + m_p + "v>";
        } else if (type == "inlineStr" || (type.isEmpty() && chance(4))) {
            body += "<" + m_p + "is>" + richText() + "</" + m_p + "is>";
        } else if (type == "b") {
            body += "<" + m_p + "v>" + (chance(2) ? "1" : "0") + "</" + m_p + "v>";
        } else if (chance(8)) {
            body += "<" + m_p + "v/>";
        } else {
            static const char *numbers[] = {"5.55566667777E11", "1.0E2", "0.1", "-3", "1234.5", "abc", " 7 ",
                                            "2026112112345679", "1e400", "-0"};
            body += "<" + m_p + "v>" + (type == "str" ? text() : QByteArray(numbers[pick(10)])) + "</" + m_p +
                    "v>";
        }
        return "<" + c + attrs + ">" + body + "</" + c + ">";
    }

    QByteArray makeShared()
    {
        if (chance(6))
            return {};
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + m_p + "sst " +
                         (m_p.isEmpty() ? QByteArray("xmlns=\"urn:s\"") : QByteArray("xmlns:x=\"urn:s\"")) +
                         " count=\"4\">";
        for (int i = 0; i < 4; ++i)
            xml += chance(8) ? "<" + m_p + "si/>" : "<" + m_p + "si>" + richText() + "</" + m_p + "si>";
        return xml + "</" + m_p + "sst>";
    }

    QRandomGenerator m_rng;
    QByteArray m_p; // the element prefix
    bool m_subset = true;
};

} // namespace

class TestXlsxScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_zips = 0;

    QByteArray xlsx(const QByteArray &sheet, const QByteArray &shared)
    {
        QList<sd::test::ZipPart> parts{{"xl/workbook.xml", sd::test::kHandWorkbook},
                                       {"xl/_rels/workbook.xml.rels", sd::test::kHandRels},
                                       {"xl/worksheets/sheet1.xml", sheet}};
        if (!shared.isEmpty())
            parts.append({"xl/sharedStrings.xml", shared});
        return sd::test::writeZip(m_dir.filePath(QStringLiteral("g%1.xlsx").arg(m_zips++ % 8)), parts);
    }

    // Both paths agree; returns how many parts the scanner left to QXmlStreamReader.
    static int compareBoth(const QByteArray &bytes, const QByteArray &what)
    {
        const Outcome fast = readWith(bytes, XlsxXmlPath::Fast);
        const Outcome reference = readWith(bytes, XlsxXmlPath::XmlReader);
        const QByteArray context = "\n" + what.left(4000);
        // QXmlStreamReader decodes its input some kilobytes ahead of where it parses, so it refuses bytes
        // that are not UTF-8 before it reaches a problem the scanner meets first (a missing shared
        // string, a cap). Such a file has both problems; the two paths may name either, and nothing else
        // may differ.
        const bool encodingAhead = !fast.table.ok() && !reference.table.ok() &&
                                   reference.table.result.detail.contains(QLatin1String("incorrectly encoded"));
        if (fast.table.error() != reference.table.error() && !encodingAhead)
            qWarning("scanner: %s\nreference: %s%s", qPrintable(fast.table.error()),
                     qPrintable(reference.table.error()), context.constData());
        [&] {
            if (!encodingAhead)
                QCOMPARE(fast.table.error(), reference.table.error());
            QCOMPARE(fast.table.ok(), reference.table.ok());
            QCOMPARE(fast.table.cancelled, reference.table.cancelled);
            QVERIFY2(fast.table.rows == reference.table.rows, context.constData());
        }();
        return fast.readAgain;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void agreesOnGeneratedSheets()
    {
        Generator gen(20261201);
        int inSubset = 0, scannedAlone = 0, failures = 0;
        for (int i = 0; i < 1500; ++i) {
            const Generated g = gen.make();
            const QByteArray bytes = xlsx(g.sheet, g.shared);
            QVERIFY(!bytes.isEmpty());
            const int readAgain = compareBoth(bytes, g.sheet + "\n--\n" + g.shared);
            if (QTest::currentTestFailed())
                return;
            const sd::TableData table = readWith(bytes, XlsxXmlPath::XmlReader).table;
            failures += table.ok() ? 0 : 1;
            if (g.inSubset) {
                ++inSubset;
                // In the subset the scanner decides alone, table or refusal.
                QVERIFY2(readAgain == 0, (g.sheet + "\n--\n" + g.shared).constData());
                ++scannedAlone;
            }
        }
        qInfo("%d generated sheets in the scanner's subset, %d refused by both paths", inSubset, failures);
        QVERIFY(inSubset > 1000);
        QVERIFY(failures > 50);         // the refusals are exercised too
        QVERIFY(failures < 1500 - 200); // and so are the tables
        Q_UNUSED(scannedAlone);
    }

    void agreesOnDamagedSheets()
    {
        Generator gen(7);
        for (int i = 0; i < 1500; ++i) {
            Generated g = gen.make();
            if (i % 2)
                g.sheet = gen.damage(g.sheet);
            else
                g.shared = gen.damage(g.shared);
            compareBoth(xlsx(g.sheet, g.shared), g.sheet + "\n--\n" + g.shared);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void agreesOnHandPickedShapes_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<bool>("scannerAlone");
        const auto row = [](const QByteArray &cells) { return "<row r=\"1\">" + cells + "</row>"; };
        QTest::newRow("entities") << row("<c r=\"A1\" t=\"inlineStr\"><is><t>a&amp;b&lt;&gt;&quot;&apos;&#44032;"
                                         "&#x1F600;</t></is></c>")
                                  << true;
        QTest::newRow("undeclared prefix") << row("<y:c r=\"A1\"><v>1</v></y:c>") << false;
        QTest::newRow("duplicate attribute") << row("<c r=\"A1\" r=\"B1\"><v>1</v></c>") << false;
        QTest::newRow("attribute without space") << row("<c r=\"A1\"t=\"s\"><v>0</v></c>") << false;
        QTest::newRow("mismatched end") << row("<c r=\"A1\"><v>1</c></v>") << false;
        QTest::newRow("huge column") << row("<c r=\"XFE1\"><v>1</v></c>") << true;
        QTest::newRow("column beyond the cap") << row("<c r=\"IW1\"><v>1</v></c>") << true;
        QTest::newRow("rows out of order")
            << QByteArray("<row r=\"3\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>") << true;
        QTest::newRow("reference with a space") << row("<c r=\"A1 \"><v>1</v></c>") << false;
        QTest::newRow("row number with a sign") << QByteArray("<row r=\"+1\"><c><v>1</v></c></row>") << false;
        QTest::newRow("row number too long") << QByteArray("<row r=\"00000000001\"><c><v>1</v></c></row>") << false;
        QTest::newRow("child in a value") << row("<c r=\"A1\"><v>1<b/></v></c>") << false;
        QTest::newRow("carriage return") << row("<c r=\"A1\" t=\"str\"><v>a\rb</v></c>") << false;
        QTest::newRow("character reference to CR") << row("<c r=\"A1\" t=\"str\"><v>a&#13;b</v></c>") << false;
        QTest::newRow("nested deep") << row("<c r=\"A1\"><f>" + QByteArray("<a>").repeated(40) +
                                            QByteArray("</a>").repeated(40) + "</f><v>1</v></c>")
                                     << false;
        QTest::newRow("cell too long") << row("<c r=\"A1\" t=\"str\"><v>" + QByteArray(40000, 'a') + "</v></c>")
                                       << true;
        QTest::newRow("inline too long") << row("<c r=\"A1\" t=\"inlineStr\"><is><r><t>" + QByteArray(20000, 'a') +
                                                "</t></r><r><t>" + QByteArray(20000, 'b') + "</t></r></is></c>")
                                         << true;
        QTest::newRow("namespace on the cell")
            << row("<q:c xmlns:q=\"urn:q\" r=\"A1\" q:t=\"s\"><q:v>1</q:v></q:c>") << true;
        QTest::newRow("invalid UTF-8") << row("<c r=\"A1\" t=\"str\"><v>\xC3\x28</v></c>") << false;
        QTest::newRow("text after the root") << QByteArray() << false;
    }
    void agreesOnHandPickedShapes()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(bool, scannerAlone);
        QByteArray sheet = sd::test::kSheetOpen + sheetData + sd::test::kSheetClose;
        if (QByteArray(QTest::currentDataTag()) == "text after the root")
            sheet += "junk";
        const int readAgain = compareBoth(xlsx(sheet, {}), sheet);
        QCOMPARE(readAgain == 0, scannerAlone);
    }

    void agreesOnTheFixtures()
    {
        QStringList files;
        for (const QString &dir : {QStringLiteral(SD_FUZZ_SEEDS "/fuzz_xlsx"), QStringLiteral(SD_IO_TEST_DATA)}) {
            for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.xlsx")}, QDir::Files))
                files << f.filePath();
        }
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY(!bytes.isEmpty());
            compareBoth(bytes, file.toUtf8());
        }
        // libxlsxwriter, shared and inline strings.
        for (const bool constantMemory : {false, true}) {
            const QByteArray bytes = sd::test::writeWorkbook(
                m_dir,
                [](lxw_workbook *wb) {
                    lxw_worksheet *ws = workbook_add_worksheet(wb, "발주발송관리");
                    for (int r = 0; r < 50; ++r) {
                        worksheet_write_string(ws, lxw_row_t(r), 0, "상품 & <주문> \"번호\"", nullptr);
                        worksheet_write_number(ws, lxw_row_t(r), 2, r * 1.5, nullptr);
                        worksheet_write_boolean(ws, lxw_row_t(r), 3, r % 2, nullptr);
                    }
                },
                constantMemory);
            QCOMPARE(compareBoth(bytes, "libxlsxwriter"), 0);
            QCOMPARE(sd::readXlsx(bytes).rows.size(), 50);
        }
    }
};

QTEST_GUILESS_MAIN(TestXlsxScanner)
#include "test_xlsx_scanner.moc"
