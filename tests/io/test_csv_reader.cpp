#include "io/formats/csv_reader.h"

#include <QStringEncoder>
#include <QTest>

using sd::readCsv;
using Rows = QList<QStringList>;

namespace {

QByteArray cp949(const QString &text)
{
    QStringEncoder encoder("windows-949");
    if (!encoder.isValid())
        return {};
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("expected");
        const QStringList header{QStringLiteral("상품주문번호"), QStringLiteral("택배사"),
                                 QStringLiteral("송장번호")};
        QTest::newRow("crlf") << QStringLiteral(
                                     "상품주문번호,택배사,송장번호\r\n1,CJ대한통운,555566667777\r\n")
                              << Rows{header, {"1", QStringLiteral("CJ대한통운"), "555566667777"}};
        QTest::newRow("lf, no final break") << QStringLiteral("a,b\nc,d") << Rows{{"a", "b"}, {"c", "d"}};
        QTest::newRow("lone cr") << QStringLiteral("a\rb\r") << Rows{{"a"}, {"b"}};
        QTest::newRow("empty cells") << QStringLiteral(",x,\n") << Rows{{"", "x", ""}};
        QTest::newRow("quoted comma")
            << QStringLiteral("\"서울, 강남구\",2\n") << Rows{{QStringLiteral("서울, 강남구"), "2"}};
        QTest::newRow("doubled quotes")
            << QStringLiteral("\"5\"\" 액자\",\"\"\"\"\n") << Rows{{QStringLiteral("5\" 액자"), "\""}};
        QTest::newRow("newline in quotes")
            << QStringLiteral("\"a\r\nb\",c\r\nd,e\r\n") << Rows{{"a\r\nb", "c"}, {"d", "e"}};
        QTest::newRow("quoted empty") << QStringLiteral("\"\"") << Rows{{""}};
        QTest::newRow("blank line is an empty row") << QStringLiteral("a\n\nb\n") << Rows{{"a"}, {}, {"b"}};
        QTest::newRow("quote inside unquoted cell")
            << QStringLiteral("5\" 액자,x\n") << Rows{{QStringLiteral("5\" 액자"), "x"}};
        QTest::newRow("tab separated")
            << QStringLiteral("상품주문번호\t송장번호\n1\t2,3\n")
            << Rows{{QStringLiteral("상품주문번호"), QStringLiteral("송장번호")}, {"1", "2,3"}};
        QTest::newRow("tabs after a notice line")
            << QStringLiteral("notice, read me\na\tb\n") << Rows{{"notice, read me"}, {"a", "b"}};
        QTest::newRow("commas win over tabs") << QStringLiteral("a\tb,c\n") << Rows{{"a\tb", "c"}};
        QTest::newRow("nothing") << QString() << Rows{};
        // Excel's keep-as-text formula reads as its text; other formulas stay as written.
        QTest::newRow("=\"digits\"") << QStringLiteral("=\"2026120100000297\",=\"045807302157\"\n")
                                    << Rows{{"2026120100000297", "045807302157"}};
        QTest::newRow("=\"…\" quoted, doubled quotes inside")
            << QStringLiteral("\"=\"\"5\"\"\"\" 액자\"\"\"\n") << Rows{{QStringLiteral("5\" 액자")}};
        QTest::newRow("=\"\" is empty") << QStringLiteral("=\"\",x\n") << Rows{{"", "x"}};
        QTest::newRow("other formulas kept")
            << QStringLiteral("=SUM(A1),=\"a\"&B1,=\"a\"b\"\n") << Rows{{"=SUM(A1)", "=\"a\"&B1", "=\"a\"b\""}};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(Rows, expected);
        const sd::TableData table = readCsv(text.toUtf8());
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows, expected);
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("상품주문번호,택배사\r\n2026112112345678,똠방각하 롯데택배\r\n");
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        QTest::newRow("utf-8") << text.toUtf8();
        const QByteArray korean = cp949(text); // 똠 is only in CP949, not in EUC-KR
        if (!korean.isEmpty())
            QTest::newRow("cp949") << korean;
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16le with BOM") << utf16;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        const sd::TableData table = readCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows,
                 (Rows{{QStringLiteral("상품주문번호"), QStringLiteral("택배사")},
                       {QStringLiteral("2026112112345678"), QStringLiteral("똠방각하 롯데택배")}}));
    }

    void cp949IsReallyCp949()
    {
        const QByteArray bytes = cp949(QStringLiteral("홍길동"));
        if (bytes.isEmpty())
            QSKIP("This Qt build has no CP949 codec (needs ICU)");
        QCOMPARE(bytes.left(2), QByteArray("\xC8\xAB")); // 홍, and not valid UTF-8
        QCOMPARE(readCsv(bytes).rows, (Rows{{QStringLiteral("홍길동")}}));
    }

    void rejectsBytesThatAreNoText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0xFF bytes") << QByteArray("a,\xFF\xFF\xFF\n");
        QTest::newRow("BOM then bad UTF-8") << QByteArray("\xEF\xBB\xBF\xC8\x20,1\n");
        QTest::newRow("byte CP949 leaves undefined") << QByteArray("\xC8\xAB,\x80\n");
        QTest::newRow("truncated cp949") << QByteArray("\xC8\xAB\xB1\xE6\xB5", 5);
    }
    void rejectsBytesThatAreNoText()
    {
        QFETCH(QByteArray, bytes);
        const sd::TableData table = readCsv(bytes);
        QVERIFY(!table.ok());
        QVERIFY(table.rows.isEmpty());
        QVERIFY2(table.error().contains(QStringLiteral("CP949")), qPrintable(table.error()));
    }

    // A UTF-8 file cut inside a character (a download cut short) says so, with or without a BOM; it is
    // neither called "not UTF-8 nor CP949" nor read without its end.
    void utf8CutInsideACharacter_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray text = QStringLiteral("상품주문번호,수취인명\n1,이서연").toUtf8();
        QTest::newRow("one byte of three") << text.left(text.size() - 2);
        QTest::newRow("two bytes of three") << text.left(text.size() - 1);
        QTest::newRow("with a BOM") << QByteArray("\xEF\xBB\xBF") + text.left(text.size() - 1);
    }
    void utf8CutInsideACharacter()
    {
        QFETCH(QByteArray, bytes);
        const sd::TableData table = readCsv(bytes);
        QVERIFY(!table.ok());
        QVERIFY(table.rows.isEmpty());
        QVERIFY2(table.error().contains(QStringLiteral("cut short")), qPrintable(table.error()));
    }

    void unclosedQuoteNamesTheRow()
    {
        const sd::TableData table = readCsv(QByteArray("a,b\nc,d\n\"e,f\ng,h\n"));
        QVERIFY(!table.ok());
        QVERIFY(table.rows.isEmpty());
        QVERIFY2(table.error().contains(QStringLiteral("row 3")), qPrintable(table.error()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
