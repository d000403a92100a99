#include "io/formats/xlsx_reader.h"
#include "io/formats/xlsx_table_writer.h"
#include "io/formats/zip_reader.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QTest>

using namespace sd;

namespace {

// One part of a zip held in memory, or empty when it is missing.
QByteArray zipPart(const QByteArray &zipBytes, const char *name)
{
    QByteArray out;
    ZipReader(zipBytes).read(QString::fromLatin1(name), 64 * 1024 * 1024, &out);
    return out;
}

QList<XlsxTableWriter::Column> columns()
{
    using K = XlsxTableWriter::Kind;
    return {{QStringLiteral("상품주문번호"), K::Text, 18},
            {QStringLiteral("결제일시"), K::DateTime, 17},
            {QStringLiteral("발송기한"), K::Date, 11},
            {QStringLiteral("수량"), K::Integer, 6},
            {QStringLiteral("결제금액"), K::Money, 12}};
}

QVariantList row(const QString &id, qint64 amount)
{
    return {id, QDateTime(QDate(2026, 11, 21), QTime(9, 30)), QDate(2026, 11, 24), qint64(2), amount};
}

} // namespace

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesTypedCellsWithHeaderAndFilter()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            XlsxTableWriter w(&out, QStringLiteral("주문"), columns());
            QVERIFY2(w.isValid(), qPrintable(w.errorString()));
            QVERIFY(w.writeRow(row(QStringLiteral("2026112100000001"), 1234567)));
            // A would-be formula stays text; a null cell stays empty.
            QVERIFY(w.writeRow({QStringLiteral("=1+1"), QVariant(), QVariant(), qint64(1), qint64(0)}));
            QCOMPARE(out.size(), 0); // nothing reaches the device before finish()
            QVERIFY2(w.finish(), qPrintable(w.errorString()));
        }
        const QByteArray xlsx = out.data();
        QVERIFY(xlsx.startsWith("PK\x03\x04"));
        const QString workbook = QString::fromUtf8(zipPart(xlsx, "xl/workbook.xml"));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"주문\"")), qPrintable(workbook));
        const QByteArray sheet = zipPart(xlsx, "xl/worksheets/sheet1.xml");
        QVERIFY(sheet.contains("<autoFilter ref=\"A1:E3\"/>"));
        QVERIFY(sheet.contains("ySplit=\"1\""));                          // frozen header
        QVERIFY(sheet.contains("<v>1234567</v>"));                        // money is a number
        QVERIFY2(sheet.contains("<v>46347.39583333"), sheet.constData()); // 2026-11-21 09:30 as a date serial
        QVERIFY(sheet.contains("<v>46350</v>"));                          // 2026-11-24 as a date serial
        QVERIFY(!sheet.contains("<f>"));                                  // no formulas at all
        const QString strings =
            QString::fromUtf8(zipPart(xlsx, "xl/sharedStrings.xml")) + QString::fromUtf8(sheet);
        QVERIFY(strings.contains(QStringLiteral("=1+1")));
        QVERIFY(strings.contains(QStringLiteral("상품주문번호")));
        const QString styles = QString::fromUtf8(zipPart(xlsx, "xl/styles.xml"));
        QVERIFY2(styles.contains(QStringLiteral("#,##0&quot;원&quot;")), qPrintable(styles));
        QVERIFY(styles.contains(QStringLiteral("yyyy-mm-dd hh:mm")));
        // Our own reader (the import path) reads the workbook back.
        const TableData table = readXlsx(xlsx);
        QVERIFY2(table.ok(), qPrintable(table.error()));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows[0].first(), QStringLiteral("상품주문번호"));
        QCOMPARE(table.rows[1][0], QStringLiteral("2026112100000001"));
        QCOMPARE(table.rows[1][3], QStringLiteral("2"));
        QCOMPARE(table.rows[1][4], QStringLiteral("1234567"));
        QCOMPARE(table.rows[2][0], QStringLiteral("=1+1"));
    }

    void startsANewSheetWhenOneIsFull()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        XlsxTableWriter w(&out, QStringLiteral("주문"), columns());
        w.setMaxDataRowsPerSheet(2);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(w.writeRow(row(QStringLiteral("ID-%1").arg(i), i * 1000)));
        QVERIFY2(w.finish(), qPrintable(w.errorString()));
        const QByteArray xlsx = out.data();
        const QString workbook = QString::fromUtf8(zipPart(xlsx, "xl/workbook.xml"));
        QVERIFY(workbook.contains(QStringLiteral("name=\"주문 (2)\"")));
        QVERIFY(workbook.contains(QStringLiteral("name=\"주문 (3)\"")));
        // Each sheet repeats the header and holds at most two data rows.
        QVERIFY(zipPart(xlsx, "xl/worksheets/sheet1.xml").contains("<autoFilter ref=\"A1:E3\"/>"));
        QVERIFY(zipPart(xlsx, "xl/worksheets/sheet2.xml").contains("<autoFilter ref=\"A1:E3\"/>"));
        const QByteArray third = zipPart(xlsx, "xl/worksheets/sheet3.xml");
        QVERIFY(third.contains("<autoFilter ref=\"A1:E2\"/>"));
        QVERIFY(third.contains("<v>5000</v>"));
        QVERIFY(!zipPart(xlsx, "xl/worksheets/sheet4.xml").size());
    }

    void aFailingDeviceIsReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly); // writes fail
        XlsxTableWriter w(&readOnly, QStringLiteral("주문"), columns());
        QVERIFY(w.writeRow(row(QStringLiteral("A"), 1)));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!w.finish());
        QVERIFY(!w.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "test_xlsx_table_writer.moc"
