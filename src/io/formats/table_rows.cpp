#include "io/formats/table_rows.h"

#include <limits>

namespace sd {

TableRows::TableRows(const QList<QStringList> &rows)
{
    m_rowStarts.reserve(rows.size());
    for (const QStringList &row : rows)
        append(row);
}

TableRows::TableRows(std::initializer_list<QStringList> rows)
{
    m_rowStarts.reserve(qsizetype(rows.size()));
    for (const QStringList &row : rows)
        append(row);
}

QStringList TableRows::at(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    const qsizetype from = firstCell(row);
    const qsizetype to = endCell(row);
    QStringList cells;
    cells.reserve(to - from);
    for (qsizetype i = from; i < to; ++i)
        cells.append(cellAt(i).toString());
    return cells;
}

QStringList TableRows::value(qsizetype row) const
{
    return row >= 0 && row < size() ? at(row) : QStringList();
}

qsizetype TableRows::columnCount(qsizetype row) const
{
    return row >= 0 && row < size() ? endCell(row) - firstCell(row) : 0;
}

QStringView TableRows::cellView(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= size() || column < 0)
        return {};
    const qsizetype index = firstCell(row) + column;
    return index < endCell(row) ? cellAt(index) : QStringView();
}

bool TableRows::isBlankRow(qsizetype row) const
{
    for (qsizetype i = firstCell(row), to = endCell(row); i < to; ++i) {
        if (!cellAt(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool TableRows::isNumber(qsizetype row, qsizetype column) const
{
    if (m_numberBits.isEmpty() || row < 0 || row >= size() || column < 0)
        return false;
    const qsizetype index = firstCell(row) + column;
    if (index >= endCell(row) || index / 64 >= m_numberBits.size())
        return false;
    return (m_numberBits.at(index / 64) >> (index % 64)) & 1u;
}

void TableRows::markNumber(qsizetype index)
{
    if (index / 64 >= m_numberBits.size())
        m_numberBits.resize(index / 64 + 1);
    m_numberBits[index / 64] |= quint64(1) << (index % 64);
}

TableRows TableRows::mid(qsizetype pos, qsizetype n) const
{
    TableRows out;
    const qsizetype from = qBound<qsizetype>(0, pos, size());
    const qsizetype to = n < 0 ? size() : qBound<qsizetype>(from, pos + n, size());
    for (qsizetype r = from; r < to; ++r) {
        out.m_rowStarts.append(quint32(out.m_ends.size()));
        for (qsizetype i = firstCell(r), end = endCell(r); i < end; ++i) {
            if (isNumber(r, i - firstCell(r)))
                out.markNumber(out.m_ends.size());
            out.m_text.append(cellAt(i));
            out.m_ends.append(quint32(out.m_text.size()));
        }
    }
    return out;
}

QList<QStringList> TableRows::toList() const
{
    QList<QStringList> out;
    out.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        out.append(at(r));
    return out;
}

void TableRows::append(const QStringList &cells)
{
    Q_ASSERT(m_ends.size() + cells.size() <= std::numeric_limits<quint32>::max());
    m_rowStarts.append(quint32(m_ends.size()));
    for (const QString &cell : cells) {
        Q_ASSERT(m_text.size() + cell.size() <= std::numeric_limits<quint32>::max());
        m_text.append(cell);
        m_ends.append(quint32(m_text.size()));
    }
}

void TableRows::append(const QString *cells, qsizetype n, const QList<int> &numberColumns)
{
    const qsizetype first = m_ends.size();
    Q_ASSERT(m_ends.size() + n <= std::numeric_limits<quint32>::max());
    m_rowStarts.append(quint32(m_ends.size()));
    for (qsizetype i = 0; i < n; ++i) {
        Q_ASSERT(m_text.size() + cells[i].size() <= std::numeric_limits<quint32>::max());
        m_text.append(cells[i]);
        m_ends.append(quint32(m_text.size()));
    }
    for (const int column : numberColumns) {
        if (column >= 0 && column < n)
            markNumber(first + column);
    }
}

void TableRows::append(const QStringList &cells, const QList<int> &numberColumns)
{
    append(cells.constData(), cells.size(), numberColumns);
}

void TableRows::appendEmptyRows(qsizetype n)
{
    if (n > 0)
        m_rowStarts.insert(m_rowStarts.size(), n, quint32(m_ends.size()));
}

void TableRows::clear()
{
    m_text = QString();
    m_ends = QList<quint32>();
    m_rowStarts = QList<quint32>();
    m_numberBits = QList<quint64>();
}

void TableRows::squeeze()
{
    m_text.squeeze();
    m_ends.squeeze();
    m_rowStarts.squeeze();
    m_numberBits.squeeze();
}

bool operator==(const TableRows &a, const TableRows &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype r = 0; r < a.size(); ++r) {
        const qsizetype n = a.columnCount(r);
        if (n != b.columnCount(r))
            return false;
        for (qsizetype c = 0; c < n; ++c) {
            if (a.cellView(r, c) != b.cellView(r, c))
                return false;
        }
    }
    return true;
}

bool operator==(const TableRows &a, const QList<QStringList> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype r = 0; r < a.size(); ++r) {
        const QStringList &row = b.at(r);
        if (a.columnCount(r) != row.size())
            return false;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (a.cellView(r, c) != row.at(c))
                return false;
        }
    }
    return true;
}

} // namespace sd
