#include "io/formats/table_builder.h"

#include "io/formats/read_limits.h"

#include <QCoreApplication>

#include <algorithm>

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

QString TableBuilder::rowsOutOfOrder(qint64 row, qint64 after)
{
    return QCoreApplication::translate("sd::TableReader",
                                       "The file is damaged: row %1 comes after row %2, but the rows of a "
                                       "spreadsheet are written in order.")
        .arg(row)
        .arg(after);
}

bool TableBuilder::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_rows.clear();
    m_open = QList<QString>();
    m_openSize = 0;
    m_openNumbers.clear();
    m_openRow = 0;
    return false;
}

void TableBuilder::closeRow()
{
    if (m_openRow == 0)
        return;
    m_rows.appendEmptyRows(m_openRow - 1 - m_rows.size());
    m_rows.append(m_open.constData(), m_openSize, m_openNumbers);
    for (qsizetype i = 0; i < m_openSize; ++i)
        m_open[i].truncate(0); // keeps its buffer for the next row
    m_openSize = 0;
    m_openNumbers.clear();
    m_openRow = 0;
}

bool TableBuilder::checkText(qint64 row, qint64 column, qsizetype size)
{
    if (size > kReadMaxCellChars)
        return fail(cellTooLong(row, column));
    m_chars += size;
    return m_chars <= kReadMaxTextChars || fail(tooMuchText());
}

bool TableBuilder::place(int row, int column, QStringView value, CellKind kind)
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
    if (row != m_openRow) {
        const qint64 last = m_openRow > 0 ? m_openRow : m_rows.size();
        if (row <= last)
            return fail(rowsOutOfOrder(row, last));
        closeRow();
        m_openRow = row;
    }
    if (m_openSize <= column) {
        m_cells += column + 1 - m_openSize;
        if (m_cells > kReadMaxCells)
            return fail(tooManyCells());
        m_openSize = column + 1;
        if (m_open.size() < m_openSize)
            m_open.resize(m_openSize);
    }
    QString &cell = m_open[column];
    cell.truncate(0);
    cell.append(value);
    // Kept sorted, so a cell written again (text over a number, or the reverse) is found.
    const auto at = std::lower_bound(m_openNumbers.begin(), m_openNumbers.end(), column);
    const bool marked = at != m_openNumbers.end() && *at == column;
    if (kind == CellKind::Number && !marked)
        m_openNumbers.insert(at, column);
    else if (kind == CellKind::Text && marked)
        m_openNumbers.erase(at);
    return true;
}

bool TableBuilder::addRow(QStringList cells)
{
    if (failed())
        return false;
    closeRow();
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
    m_rows.append(cells);
    return true;
}

TableData TableBuilder::take()
{
    if (!failed())
        closeRow(); // no squeeze: the slack of a big table is address space never touched
    TableData table = failed() ? TableData::failure(m_error) : TableData();
    if (!failed())
        table.rows = std::move(m_rows);
    m_rows.clear();
    m_cells = m_chars = 0;
    return table;
}

} // namespace sd
