#include "io/formats/html_table_reader.h"
#include "io/formats/read_limits.h"
#include "io/formats/table_reader.h"
#include "io/marketplace/dispatch_upload.h"

#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QTest>

using sd::readHtmlTable;
using Rows = QList<QStringList>;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SD_IO_FIXTURES "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray page(const QByteArray &body)
{
    return "<html><head><meta charset=utf-8></head><body>" + body + "</body></html>";
}

} // namespace

class TestHtmlTableReader : public QObject
{
    Q_OBJECT
private slots:
    // Excel's "Web page" save, in CP949 under an EUC-KR declaration, with its mso styles, conditional
    // comments, <br> kept in the same cell, nested formatting, entities, a colspan and the hidden row.
    void readsAnExcelSavedPageInCp949()
    {
        const QByteArray bytes = fixture("excel_saved_cp949.xls");
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.contains("charset=euc-kr"));
        const sd::TableData table = sd::readTable(bytes); // told from the bytes: '<', so HTML
        QVERIFY2(table.ok(), qPrintable(table.error()));
        const Rows expected{{QStringLiteral("상품주문번호"), QStringLiteral("배송방법"),
                             QStringLiteral("택배사"), QStringLiteral("송장번호"), QStringLiteral("수취인명"),
                             QStringLiteral("배송지")},
                            {"2026112112345678", QStringLiteral("택배,등기,소포"),
                             QStringLiteral("CJ대한통운"), "555566667777", QStringLiteral("홍길동"),
                             QStringLiteral("서울특별시 강남구 테헤란로 1\n101동 1001호")},
                            {"2026112112345679", QStringLiteral("택배,등기,소포"), QStringLiteral("롯데택배"),
                             "1234 5678", QStringLiteral("김&이 <주> \"상회\" 한글"),
                             QStringLiteral("똠방각하 쀍"), QString(), QStringLiteral("끝")},
                            {QString()}};
        QCOMPARE(table.rows, expected);
    }

    // A courier site's page: the data table inside a layout table, <th> headers, cells and rows left
    // unclosed, and "<table>" inside the title, a script, a style and a comment.
    void readsTheTableWithTheMostRows()
    {
        const sd::TableData table = readHtmlTable(fixture("courier_utf8.xls"));
        QVERIFY2(table.ok(), qPrintable(table.error()));
        const Rows expected{
            {QStringLiteral("주문번호"), QStringLiteral("받는 분"), QStringLiteral("택배사"),
             QStringLiteral("송장번호")},
            {"A-1", QStringLiteral("이 순 신"), QStringLiteral("한진택배"), "5123-4567-8901"},
            {"A-2", QStringLiteral("박지성"), QStringLiteral("우체국택배"), "6012345678901"},
            {"A-3", QStringLiteral("손흥민"), QStringLiteral("CJ대한통운"), "123456789012"},
            {"A-4", "a < b && c > d", QStringLiteral("© 2026 &unknown; &"), QStringLiteral("\uFFFD\uFFFD")}};
        QCOMPARE(table.rows, expected);
    }

    void dispatchUploadReadsAnHtmlFile()
    {
        const sd::DispatchUploadResult upload = sd::parseDispatchUpload(fixture("excel_saved_cp949.xls"));
        QVERIFY(upload.ok());
        QCOMPARE(upload.rows.size(), 2);
        QCOMPARE(upload.rows.at(0).productOrderNo, QStringLiteral("2026112112345678"));
        QCOMPARE(upload.rows.at(0).trackingNo, QStringLiteral("555566667777"));
        QCOMPARE(upload.rows.at(1).courier, QStringLiteral("롯데택배"));
        QCOMPARE(upload.rows.at(1).line, 3);
    }

    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Rows>("expected");
        QTest::newRow("uppercase tags, single quotes")
            << page("<TABLE><TR><TD CLASS='a>b'>x</TD><Td>y</tD></TR></TABLE>") << Rows{{"x", "y"}};
        QTest::newRow("colspan repeats empty cells")
            << page("<table><tr><td colspan=\"3\">a</td><td>b</td></tr></table>") << Rows{{"a", "", "", "b"}};
        QTest::newRow("bad colspan is one")
            << page("<table><tr><td colspan=x>a<td colspan=-4>b</table>") << Rows{{"a", "b"}};
        QTest::newRow("white space collapsed, br kept")
            << page("<table><tr><td>\n  a \t b  <br/>  c<BR>\n</td></tr></table>") << Rows{{"a b\nc"}};
        QTest::newRow("nbsp only is empty")
            << page("<table><tr><td>&nbsp;</td><td>&nbsp;x&nbsp;</td></tr></table>") << Rows{{"", "x"}};
        QTest::newRow("numeric entities")
            << page("<table><tr><td>&#44032;&#xAC01;&#X41;&#65</td></tr></table>")
            << Rows{{QStringLiteral("가각AA")}};
        QTest::newRow("emoji by entity") << page("<table><tr><td>&#x1F600;</td></tr></table>")
                                         << Rows{{QString::fromUtf8("\xF0\x9F\x98\x80")}};
        QTest::newRow("a lone < is text")
            << page("<table><tr><td>1 < 2 <3</td></tr></table>") << Rows{{"1 < 2 <3"}};
        QTest::newRow("empty row kept")
            << page("<table><tr></tr><tr><td>a</td></tr></table>") << Rows{{}, {"a"}};
        QTest::newRow("text outside cells dropped")
            << page("<table>junk<tr>more<td>a</td>x</tr></table>") << Rows{{"a"}};
        QTest::newRow("unclosed table") << page("<table><tr><td>a<tr><td>b") << Rows{{"a"}, {"b"}};
        QTest::newRow("first of two equal tables")
            << page("<table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table>") << Rows{{"1"}};
        QTest::newRow("nested table's text stays in it")
            << page("<table><tr><td>out<table><tr><td>in1</td></tr><tr><td>in2</td></tr></table>tail</td>"
                    "</tr></table>")
            << Rows{{"in1"}, {"in2"}};
        QTest::newRow("no charset, UTF-8 bytes")
            << QByteArray("<table><tr><td>") + QStringLiteral("한글").toUtf8() + "</td></tr></table>"
            << Rows{{QStringLiteral("한글")}};
    }
    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Rows, expected);
        const sd::TableData table = readHtmlTable(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, expected);
    }

    void readsCharsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString html = QStringLiteral("<table><tr><td>똠방각하</td><td>홍길동</td></tr></table>");
        QStringEncoder cp949("windows-949");
        QVERIFY(cp949.isValid());
        const QByteArray korean = cp949.encode(html);
        QTest::newRow("meta charset euc-kr") << "<meta charset=\"EUC-KR\">" + korean;
        QTest::newRow("http-equiv ks_c_5601-1987")
            << "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ks_c_5601-1987\">" + korean;
        QTest::newRow("no meta, CP949 bytes") << korean;
        QTest::newRow("declared UTF-8 but CP949 bytes") << "<meta charset=utf-8>" + korean;
        QStringEncoder utf16(QStringConverter::Utf16LE);
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE", 2) + QByteArray(utf16.encode(html));
        QStringEncoder utf16be(QStringConverter::Utf16BE);
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF", 2) + QByteArray(utf16be.encode(html));
        QTest::newRow("UTF-8 BOM") << "\xEF\xBB\xBF" + html.toUtf8();
    }
    void readsCharsets()
    {
        QFETCH(QByteArray, bytes);
        const sd::TableData table = sd::readTable(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, (Rows{{QStringLiteral("똠방각하"), QStringLiteral("홍길동")}}));
    }

    void refusesWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no table") << page("<p>안녕하세요</p>") << "no table rows";
        QTest::newRow("empty table") << page("<table></table>") << "no table rows";
        QTest::newRow("only commented")
            << page("<!-- <table><tr><td>a</td></tr></table> -->") << "no table rows";
        QTest::newRow("not text") << QByteArray("<table>\x80\xFF\xFE\x80</table>")
                                  << "neither UTF-8 nor CP949";
        QByteArray deep;
        for (int i = 0; i <= sd::kReadMaxTableNesting; ++i)
            deep += "<table><tr><td>";
        QTest::newRow("nested too deep") << page(deep) << "nested more than 64";
        QTest::newRow("column past the cap")
            << page("<table><tr><td colspan=256>a</td><td>b</td></tr></table>") << "beyond column 256";
        QTest::newRow("cell too long")
            << page("<table><tr><td>" + QByteArray(sd::kReadMaxCellChars + 1, 'x') + "</td></tr></table>")
            << QStringLiteral("row 1, column 1 is longer than %1")
                   .arg(QLocale().toString(sd::kReadMaxCellChars));
    }
    void refusesWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        const sd::TableData table = readHtmlTable(bytes);
        QVERIFY(!table.ok());
        QVERIFY(!table.cancelled);
        QVERIFY(table.rows.isEmpty());
        QVERIFY2(table.error().contains(fragment), qPrintable(table.error()));
    }

    void refusesTooManyRows()
    {
        QByteArray rows;
        rows.reserve(12 * (sd::kReadMaxRows + 1));
        for (int i = 0; i <= sd::kReadMaxRows; ++i)
            rows += "<tr><td>1\n";
        const sd::TableData table = readHtmlTable(page("<table>" + rows));
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QLocale().toString(sd::kReadMaxRows)), qPrintable(table.error()));
        // One row fewer is read.
        rows.chop(10);
        const sd::TableData fits = readHtmlTable(page("<table>" + rows));
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        QCOMPARE(fits.rows.size(), sd::kReadMaxRows);
    }

    // The page is parsed in pieces of about 1 MiB: a tag, an entity, a comment or a script cut by a piece's
    // end reads as if it were not. Shifting the page a byte at a time moves every cut.
    void readsAcrossPieces()
    {
        QByteArray body;
        Rows expected;
        for (int i = 0; body.size() < 1024 * 1024 + 4096; ++i) {
            body += "<tr class='a>b'><td>" + QByteArray::number(i) +
                    "&amp;&#44032;&#xAC01;&nbsp;x</td>"
                    "<!-- <td>no</td> --><td colspan=2>y<br>z</td><script>'</td>'</script>"
                    "<td>&lt;&quot;</td></tr>\n";
            expected.append({QString::number(i) + QStringLiteral("&가각 x"), "y\nz", "", "<\""});
        }
        for (int shift = 0; shift < 48; ++shift) {
            const QByteArray bytes =
                "<meta charset=utf-8>" + QByteArray(shift, ' ') + "<table>" + body + "</table>";
            const sd::TableData table = readHtmlTable(bytes);
            QVERIFY2(table.ok(), qPrintable(table.error()));
            QCOMPARE(table.rows.size(), expected.size());
            QCOMPARE(table.rows, expected);
        }
    }

    void reportsProgressAndCancels()
    {
        QByteArray rows;
        for (int i = 0; i < 150'000; ++i)
            rows += "<tr><td>2026112112345678</td><td>CJ</td></tr>\n";
        const QByteArray bytes = page("<table>" + rows + "</table>");
        qint64 last = -1;
        qint64 total = 0;
        int calls = 0;
        sd::ReadControl control;
        control.progress = [&](qint64 done, qint64 of) {
            QVERIFY(done >= last);
            last = done;
            total = of;
            ++calls;
        };
        const sd::TableData table = readHtmlTable(bytes, control);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), 150'000);
        QVERIFY(calls > 5);
        QCOMPARE(last, total);

        std::atomic_bool cancel{false};
        sd::ReadControl cancelling;
        cancelling.cancel = &cancel;
        cancelling.progress = [&](qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        };
        const sd::TableData stopped = readHtmlTable(bytes, cancelling);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlTableReader)
#include "test_html_table_reader.moc"
