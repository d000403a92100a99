#include "io/formats/table_rows.h"

#include <QTest>

using sd::TableRows;
using Rows = QList<QStringList>;

class TestTableRows : public QObject
{
    Q_OBJECT

private slots:
    void keepsRowsAndCells()
    {
        const Rows list{{"상품주문번호", "", "송장번호"}, {}, {"1", "CJ대한통운\n2층", "", ""}, {""}};
        const TableRows rows(list);
        QCOMPARE(rows.size(), 4);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.toList(), list);
        QVERIFY(rows == list);
        for (qsizetype r = 0; r < list.size(); ++r) {
            QCOMPARE(rows.at(r), list.at(r));
            QCOMPARE(rows[r], list.at(r));
            QCOMPARE(rows.columnCount(r), list.at(r).size());
            for (qsizetype c = 0; c < list.at(r).size(); ++c)
                QCOMPARE(rows.cell(r, c), list.at(r).at(c));
        }
        QCOMPARE(rows.cellCount(), 8);
        QCOMPARE(rows.textSize(), qsizetype(QStringLiteral("상품주문번호송장번호1CJ대한통운\n2층").size()));
        QCOMPARE(rows.first(), list.first());
        QCOMPARE(rows.last(), list.last());
    }

    void outOfRangeIsEmpty()
    {
        const TableRows rows{{"a", "b"}};
        QVERIFY(rows.cell(0, 2).isEmpty());
        QVERIFY(rows.cell(0, -1).isEmpty());
        QVERIFY(rows.cell(1, 0).isEmpty());
        QVERIFY(rows.cell(-1, 0).isEmpty());
        QCOMPARE(rows.columnCount(1), 0);
        QCOMPARE(rows.value(1), QStringList());
        QCOMPARE(rows.value(0), (QStringList{"a", "b"}));
        QVERIFY(TableRows().isEmpty());
        QCOMPARE(TableRows().size(), 0);
    }

    void appendsRowsAndEmptyRows()
    {
        TableRows rows;
        rows.append({"x"});
        rows.appendEmptyRows(2);
        rows.appendEmptyRows(0);
        rows.append({"", "y"});
        QCOMPARE(rows, (Rows{{"x"}, {}, {}, {"", "y"}}));
        QVERIFY(rows != (Rows{{"x"}, {}, {"", "y"}}));
        QVERIFY(rows != (Rows{{"x"}, {}, {}, {"y"}}));
        QVERIFY(rows.isBlankRow(1));
        QVERIFY(!rows.isBlankRow(3));
        rows.squeeze();
        QCOMPARE(rows.cell(3, 1), QStringLiteral("y"));
        rows.clear();
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.cellCount(), 0);
    }

    void blankRowIgnoresWhiteSpace()
    {
        const TableRows rows{{" ", "\t", ""}, {" ", "a "}};
        QVERIFY(rows.isBlankRow(0));
        QVERIFY(!rows.isBlankRow(1));
    }

    void midAsQList_data()
    {
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("n");
        QTest::newRow("all") << 0 << -1;
        QTest::newRow("middle") << 1 << 2;
        QTest::newRow("past the end") << 2 << 10;
        QTest::newRow("from the end") << 4 << 1;
        QTest::newRow("beyond") << 9 << 2;
        QTest::newRow("none") << 1 << 0;
    }
    void midAsQList()
    {
        QFETCH(int, pos);
        QFETCH(int, n);
        const Rows list{{"a", "b"}, {}, {"c"}, {"", "d", "e"}};
        const TableRows part = TableRows(list).mid(pos, n);
        QCOMPARE(part.toList(), list.mid(pos, n));
        // The part is a table of its own: its cells start at its first row.
        if (!part.isEmpty())
            QCOMPARE(part.cell(0, 0), list.at(pos).value(0));
    }

    void iteratesRows()
    {
        const Rows list{{"a"}, {}, {"b", "c"}};
        const TableRows rows(list);
        Rows seen;
        for (const QStringList &row : rows)
            seen << row;
        QCOMPARE(seen, list);
        QCOMPARE(rows.end() - rows.begin(), 3);
        QCOMPARE(*(rows.begin() + 2), list.at(2));
        QCOMPARE(std::distance(rows.cbegin(), rows.cend()), qsizetype(3));
    }

    void comparesTables()
    {
        const TableRows a{{"a", "b"}, {"c"}};
        QVERIFY(a == (TableRows{{"a", "b"}, {"c"}}));
        QVERIFY(a != (TableRows{{"a"}, {"b", "c"}})); // the same text, other cells
        QVERIFY(a != (TableRows{QStringList{"a", "b"}}));
        QVERIFY((Rows{{"a", "b"}, {"c"}}) == a);
    }

    // Number cells (an .xlsx cell of type n) are marked, kept through mid(), and ignored by ==.
    void marksNumberCells()
    {
        sd::TableRows rows;
        rows.append({"a", "b"});
        QVERIFY(!rows.hasNumberCells());
        rows.append({"2026120100000300", "x", "945807302157"}, {2, 0, 7});
        rows.append({"y"});
        QVERIFY(rows.hasNumberCells());
        QVERIFY(rows.isNumber(1, 0));
        QVERIFY(!rows.isNumber(1, 1));
        QVERIFY(rows.isNumber(1, 2));
        QVERIFY(!rows.isNumber(1, 3)); // beyond the row (column 7 was never a cell)
        QVERIFY(!rows.isNumber(0, 0));
        QVERIFY(!rows.isNumber(2, 0));
        QVERIFY(!rows.isNumber(-1, 0));
        QVERIFY(!rows.isNumber(9, 0));
        const sd::TableRows tail = rows.mid(1);
        QVERIFY(tail.isNumber(0, 0) && !tail.isNumber(0, 1) && tail.isNumber(0, 2) && !tail.isNumber(1, 0));
        QVERIFY(rows == (sd::TableRows{{"a", "b"}, {"2026120100000300", "x", "945807302157"}, {"y"}}));
        // Past 64 cells (the second word of marks).
        sd::TableRows wide;
        QStringList cells;
        for (int i = 0; i < 100; ++i)
            cells << QString::number(i);
        wide.append(cells, {63, 64, 99});
        QVERIFY(wide.isNumber(0, 63) && wide.isNumber(0, 64) && wide.isNumber(0, 99) && !wide.isNumber(0, 65));
        wide.clear();
        QVERIFY(!wide.hasNumberCells());
    }

    // A cell costs its 4-byte offset plus its text: an empty one adds no text.
    void emptyCellsCostNoText()
    {
        TableRows rows;
        for (int i = 0; i < 1000; ++i)
            rows.append(QStringList(72));
        QCOMPARE(rows.cellCount(), 72'000);
        QCOMPARE(rows.textSize(), 0);
        QVERIFY(rows.isBlankRow(999));
        QCOMPARE(rows.columnCount(999), 72);
    }
};

QTEST_GUILESS_MAIN(TestTableRows)
#include "test_table_rows.moc"
