#include "io/formats/csv_writer.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTest>

using sd::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapesCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("김민수") << QStringLiteral("김민수");
        QTest::newRow("comma") << QStringLiteral("서울, 강남구") << QStringLiteral("\"서울, 강남구\"");
        QTest::newRow("quote") << QStringLiteral("5\" 액자") << QStringLiteral("\"5\"\" 액자\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(1)") << QStringLiteral("'=HYPERLINK(1)");
        QTest::newRow("formula +") << QStringLiteral("+82") << QStringLiteral("'+82");
        QTest::newRow("formula -") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("formula @") << QStringLiteral("@SUM") << QStringLiteral("'@SUM");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("empty") << QString() << QString();
    }
    void escapesCells()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeCell(cell), expected);
    }

    void utf8StartsWithBomAndUsesCrlf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer);
        QVERIFY(w.writeRow({QStringLiteral("상품명"), QStringLiteral("수량")}));
        QVERIFY(w.writeRow({QStringLiteral("니트"), QStringLiteral("2")}));
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), QStringLiteral("상품명,수량\r\n니트,2\r\n"));
    }

    void cp949RoundTrips()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer, CsvWriter::Encoding::Cp949);
        if (!w.isValid())
            QSKIP("This Qt build has no CP949 codec (needs ICU)");
        QVERIFY(w.writeRow({QStringLiteral("홍길동"), QStringLiteral("서울특별시")}));
        QVERIFY(!w.hadEncodingErrors());
        const QByteArray bytes = buffer.data();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        // 홍 is 0xC8AB in CP949.
        QCOMPARE(static_cast<unsigned char>(bytes.at(0)), 0xC8);
        QCOMPARE(static_cast<unsigned char>(bytes.at(1)), 0xAB);
        QStringDecoder decoder("windows-949");
        QCOMPARE(QString(decoder.decode(bytes)), QStringLiteral("홍길동,서울특별시\r\n"));
    }

    void cp949ReportsWhatItCannotKeep()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter w(&buffer, CsvWriter::Encoding::Cp949);
        if (!w.isValid())
            QSKIP("This Qt build has no CP949 codec (needs ICU)");
        QVERIFY(w.writeRow({QStringLiteral("선물 🎁")}));
        QVERIFY(w.hadEncodingErrors());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
