#include "io/formats/file_format.h"

#include <QTest>

using sd::FileFormat;

class TestFileFormat : public QObject
{
    Q_OBJECT
private slots:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<FileFormat>("expected");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << FileFormat::Xlsx;
        // An OLE signature without a readable directory behind it is neither workbook kind (the
        // encrypted and legacy kinds are told apart in test_cfb_reader, from real containers).
        QTest::newRow("ole, no directory")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10) << FileFormat::OleUnreadable;
        QTest::newRow("html") << QByteArray("<html><body><table>") << FileFormat::Html;
        QTest::newRow("html after space") << QByteArray(" \r\n\t<table>") << FileFormat::Html;
        QTest::newRow("html in UTF-16LE") << QByteArray("\xFF\xFE<\0t\0", 6) << FileFormat::Html;
        QTest::newRow("html in UTF-16BE") << QByteArray("\xFE\xFF\0<\0t", 6) << FileFormat::Html;
        QTest::newRow("csv in UTF-16LE") << QByteArray("\xFF\xFE" "a\0,\0", 6) << FileFormat::Csv;
        QTest::newRow("html after BOM") << QByteArray("\xEF\xBB\xBF<meta charset=utf-8>") << FileFormat::Html;
        QTest::newRow("empty") << QByteArray() << FileFormat::Empty;
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << FileFormat::Empty;
        QTest::newRow("blank lines") << QByteArray("\r\n\r\n  ") << FileFormat::Blank;
        QTest::newRow("600 spaces") << QByteArray(600, ' ') << FileFormat::Blank;
        QTest::newRow("600 spaces, then a table")
            << QByteArray(600, ' ') + QByteArray("상품주문번호,택배사,송장번호\n") << FileFormat::Csv;
        QTest::newRow("csv utf8") << QByteArray("상품주문번호,택배사,송장번호\r\n") << FileFormat::Csv;
        QTest::newRow("csv BOM") << QByteArray("\xEF\xBB\xBF상품주문번호,송장번호") << FileFormat::Csv;
        QTest::newRow("csv cp949") << QByteArray("\xBB\xF3\xC7\xB0,1") << FileFormat::Csv;
        QTest::newRow("PK only") << QByteArray("PK,1\r\n") << FileFormat::Csv;
        QTest::newRow("half OLE") << QByteArray("\xD0\xCF\x11\xE0", 4) << FileFormat::Csv;
        QTest::newRow("text with < later") << QByteArray("a,<b>\n") << FileFormat::Csv;
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") << FileFormat::Pdf;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << FileFormat::Image;
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << FileFormat::Image;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0") << FileFormat::Image;
        QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << FileFormat::Image;
        QTest::newRow("bmp") << QByteArray("BM\x36\0\x0C\0\0\0\0\0\x36\0", 12) << FileFormat::Image;
        QTest::newRow("csv starting with BM") << QByteArray("BMW 520d,1\n") << FileFormat::Csv;
        // An ODF zip: its first entry `mimetype`, stored, so its text stands at byte 38.
        QTest::newRow("ods (mimetype first, stored)")
            << QByteArray("PK\x03\x04", 4) + QByteArray(22, '\0') + QByteArray("\x08\0\0\0", 4) +
                   QByteArray("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
            << FileFormat::Ods;
    }
    void detects()
    {
        QFETCH(QByteArray, head);
        QFETCH(FileFormat, expected);
        QCOMPARE(sd::detectFileFormat(head), expected);
    }

    void unreadableFormatsSayWhatToDo()
    {
        QVERIFY(sd::unreadableFormatMessage(FileFormat::EncryptedXlsx).contains(QStringLiteral("password")));
        const QString xls = sd::unreadableFormatMessage(FileFormat::LegacyXls);
        QVERIFY(xls.contains(QStringLiteral(".xls")));
        QVERIFY(xls.contains(QStringLiteral("Save As")));
        QVERIFY(xls.contains(QStringLiteral("*.xlsx")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::OleUnreadable).contains(QStringLiteral("damaged")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Html).isEmpty()); // read by the HTML table reader
        // Named as what they are, with how to make an .xlsx of them.
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Ods).contains(QStringLiteral(".ods")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Ods).contains(QStringLiteral(".xlsx")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Xlsb).contains(QStringLiteral(".xlsb")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Xlsb).contains(QStringLiteral(".xlsx")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Pdf).contains(QStringLiteral("not a spreadsheet")));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Image).contains(QStringLiteral("not a spreadsheet")));
        QVERIFY(!sd::unreadableFormatMessage(FileFormat::Empty).isEmpty());
        // A file of blanks is not called empty: it has bytes, just no table.
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Blank) !=
                sd::unreadableFormatMessage(FileFormat::Empty));
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Xlsx).isEmpty());
        QVERIFY(sd::unreadableFormatMessage(FileFormat::Csv).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileFormat)
#include "test_file_format.moc"
