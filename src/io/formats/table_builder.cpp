#include "io/formats/table_builder.h"

#include "io/formats/read_limits.h"

#include <QCoreApplication>

namespace sd {

TableData TableData::cancelledRead()
{
    TableData t = failure(QCoreApplication::translate("sd::TableReader", "Reading the file was cancelled."));
    t.cancelled = true;
    return t;
}

QString TableBuilder::tooManyRows()
{
    return QCoreApplication::translate("sd::TableReader",
                                       "The file has more than %L1 rows, more than an order file holds. "
                                       "Split it into smaller files and import them one by one.")
        .arg(kReadMaxRows);
}

QString TableBuilder::tooManyColumns(qint64 row)
{
    return QCoreApplication::translate(
               "sd::TableReader", "Row %1 of the file has a cell beyond column %L2, more columns than an "
                                  "order file holds.")
        .arg(row)
        .arg(kReadMaxColumns);
}

QString TableBuilder::tooManyCells()
{
    return QCoreApplication::translate("sd::TableReader",
                                       "The file has more than %L1 cells, more than an order file holds. "
                                       "Split it into smaller files and import them one by one.")
        .arg(kReadMaxCells);
}

QString TableBuilder::tooMuchText()
{
    return QCoreApplication::translate("sd::TableReader",
                                       "The file holds more than %L1 characters of text, more than an "
                                       "order file holds. Split it into smaller files and import them one by "
                                       "one.")
        .arg(qlonglong(kReadMaxTextChars));
}

QString TableBuilder::cellTooLong(qint64 row, qint64 column)
{
    return QCoreApplication::translate(
               "sd::TableReader", "The cell in row %1, column %2 is longer than %L3 characters (the most "
                                  "a spreadsheet cell holds): this is not an order file.")
        .arg(row)
        .arg(column + 1)
        .arg(kReadMaxCellChars);
}

bool TableBuilder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_rows.clear();
    return false;
}

bool TableBuilder::checkText(qint64 row, qint64 column, qsizetype size)
{
    if (size > kReadMaxCellChars)
        return fail(cellTooLong(row, column));
    m_chars += size;
    return m_chars <= kReadMaxTextChars || fail(tooMuchText());
}

bool TableBuilder::place(int row, int column, const QString &value)
{
    if (failed())
        return false;
    if (value.isEmpty())
        return true; // an empty cell (styled only) costs nothing wherever it is
    if (row > kReadMaxRows)
        return fail(tooManyRows());
    if (column >= kReadMaxColumns)
        return fail(tooManyColumns(row));
    if (!checkText(row, column, value.size()))
        return false;
    if (row != m_lastRow && m_lastRow > 0 && m_lastRow <= m_rows.size())
        m_rows[m_lastRow - 1].squeeze(); // a row grown cell by cell has slack
    m_lastRow = row;
    if (m_rows.size() < row)
        m_rows.resize(row);
    QStringList &cells = m_rows[row - 1];
    if (cells.size() <= column) {
        m_cells += column + 1 - cells.size();
        if (m_cells > kReadMaxCells)
            return fail(tooManyCells());
        cells.resize(column + 1);
    }
    cells[column] = value;
    return true;
}

bool TableBuilder::addRow(QStringList cells)
{
    if (failed())
        return false;
    const qint64 row = m_rows.size() + 1;
    if (row > kReadMaxRows)
        return fail(tooManyRows());
    if (cells.size() > kReadMaxColumns)
        return fail(tooManyColumns(row));
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (!checkText(row, c, cells.at(c).size()))
            return false;
    }
    m_cells += cells.size();
    if (m_cells > kReadMaxCells)
        return fail(tooManyCells());
    cells.squeeze();
    m_rows.append(std::move(cells));
    return true;
}

TableData TableBuilder::take()
{
    if (m_lastRow > 0 && m_lastRow <= m_rows.size())
        m_rows[m_lastRow - 1].squeeze();
    TableData table = failed() ? TableData::failure(m_error) : TableData();
    if (!failed())
        table.rows = std::move(m_rows);
    m_rows.clear();
    m_cells = m_chars = 0;
    m_lastRow = 0;
    return table;
}

} // namespace sd
