#pragma once
#include "io/formats/table_data.h"

#include <QString>
#include <QStringList>

namespace sd {

// Builds a TableData within the caps of read_limits.h, for every reader: the first cap met stops the
// build with a translated message naming it, and later calls do nothing. Empty cells cost one slot;
// nothing is allocated before a cap is checked, so a cell far out is refused, not padded up to.
class TableBuilder
{
public:
    // What a cell was in the file. Number: an .xlsx number cell (type n or no type; a formula's cached
    // number too), whose text is the double as Excel shows it; TableRows::isNumber() tells it later.
    enum class CellKind { Text, Number };

    // Puts `value` at spreadsheet row `row` (1-based), column `column` (0-based), the rows and cells
    // before it empty (XLSX places cells by reference). An empty value is skipped wherever it is. The
    // cells of a row may come in any order, the rows only in rising order (as every spreadsheet
    // program writes them): a value for a row above the one placed last is refused.
    bool place(int row, int column, QStringView value, CellKind kind = CellKind::Text);
    // Appends the next row, cells as given (CSV and HTML tables list every cell).
    bool addRow(QStringList cells);
    bool fail(const QString &message);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Rows so far, the one place() fills included.
    qsizetype rowCount() const { return m_openRow > 0 ? qsizetype(m_openRow) : m_rows.size(); }
    // The table, or the failure; the builder is empty afterwards.
    TableData take();

    // The caps' messages, for readers that meet a cap before they have a cell to give.
    static QString tooManyRows();
    static QString tooManyColumns(qint64 row);
    static QString tooManyCells();
    static QString tooMuchText();
    static QString cellTooLong(qint64 row, qint64 column);
    static QString rowsOutOfOrder(qint64 row, qint64 after);

private:
    bool checkText(qint64 row, qint64 column, qsizetype size);
    void closeRow(); // moves the row place() fills into m_rows

    TableRows m_rows;
    // The cells of row m_openRow, which place() fills: the first m_openSize of m_open, whose strings are
    // kept (emptied) from row to row so that placing a cell allocates nothing.
    QList<QString> m_open;
    qsizetype m_openSize = 0;
    QList<int> m_openNumbers; // the columns of m_open placed as CellKind::Number, sorted
    int m_openRow = 0;  // 0: none
    qint64 m_cells = 0;
    qint64 m_chars = 0;
    QString m_error;
};

} // namespace sd
