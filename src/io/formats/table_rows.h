#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <iterator>

namespace sd {

// The rows of a table read from a file, kept compact: every cell's text one after the other in one
// UTF-16 pool, an end offset (4 bytes) per cell and a first-cell index (4 bytes) per row. A cell costs
// 4 bytes plus 2 a character, where a QList<QStringList> spent ~72 (the slot, the string's header and
// its allocation); an empty cell costs its 4 bytes. Reading is QList-like: at() builds the row as a
// QStringList on demand, cell() and cellView() give one cell without building the row (for loops over
// every row), iteration yields QStringList. Appending is the only way to change it. The pool stays
// below 4 Gi characters (the readers' caps keep it far below).
// A cell can be marked as a number cell (an .xlsx cell of type n: Excel or LibreOffice held it as a double,
// so a 16-digit order number in it has lost its last digit): one bit per cell, allocated only once a
// table has a number cell. CSV, HTML and text cells are never marked. Comparison (==) looks at text only.
class TableRows
{
public:
    TableRows() = default;
    TableRows(const QList<QStringList> &rows); // implicit, so small tables can be written as lists
    TableRows(std::initializer_list<QStringList> rows);

    qsizetype size() const { return m_rowStarts.size(); }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_rowStarts.isEmpty(); }

    // Row `row` (0-based) as a list; out of range it is empty (value()) or undefined (at()).
    QStringList at(qsizetype row) const;
    QStringList operator[](qsizetype row) const { return at(row); }
    QStringList value(qsizetype row) const;
    QStringList first() const { return at(0); }
    QStringList last() const { return at(size() - 1); }
    QStringList constFirst() const { return first(); }
    QStringList constLast() const { return last(); }

    // Cells the row holds (up to its last one written); 0 for a row out of range.
    qsizetype columnCount(qsizetype row) const;
    // One cell without building its row: empty beyond the row's cells or out of range. The view
    // stays valid until the table changes.
    QStringView cellView(qsizetype row, qsizetype column) const;
    QString cell(qsizetype row, qsizetype column) const { return cellView(row, column).toString(); }
    // Whether every cell of the row is empty or white space.
    bool isBlankRow(qsizetype row) const;
    // Whether the cell was a number cell in the file (see above); false beyond the row or out of range.
    bool isNumber(qsizetype row, qsizetype column) const;
    bool hasNumberCells() const { return !m_numberBits.isEmpty(); }

    // `n` rows from `pos` (to the end when n < 0), as QList::mid.
    TableRows mid(qsizetype pos, qsizetype n = -1) const;
    QList<QStringList> toList() const;

    // Cells the rows hold, and characters of their text.
    qsizetype cellCount() const { return m_ends.size(); }
    qsizetype textSize() const { return m_text.size(); }

    void append(const QStringList &cells);
    // Appends a row of `n` cells from `cells` (the table builder's reused row); the cells at
    // `numberColumns` (0-based, any order) are number cells.
    void append(const QString *cells, qsizetype n, const QList<int> &numberColumns = {});
    // Appends a row whose cells at `numberColumns` (0-based, any order) are number cells.
    void append(const QStringList &cells, const QList<int> &numberColumns);
    // Appends `n` rows without cells.
    void appendEmptyRows(qsizetype n);
    void clear();
    // Gives back the slack left by appending.
    void squeeze();

    friend bool operator==(const TableRows &a, const TableRows &b);
    friend bool operator!=(const TableRows &a, const TableRows &b) { return !(a == b); }

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = QStringList;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QStringList;

        const_iterator() = default;
        const_iterator(const TableRows *rows, qsizetype i) : m_rows(rows), m_i(i) {}
        QStringList operator*() const { return m_rows->at(m_i); }
        QStringList operator[](qsizetype n) const { return m_rows->at(m_i + n); }
        const_iterator &operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { const_iterator t = *this; ++m_i; return t; }
        const_iterator &operator--() { --m_i; return *this; }
        const_iterator operator--(int) { const_iterator t = *this; --m_i; return t; }
        const_iterator &operator+=(qsizetype n) { m_i += n; return *this; }
        const_iterator &operator-=(qsizetype n) { m_i -= n; return *this; }
        friend const_iterator operator+(const_iterator it, qsizetype n) { return it += n; }
        friend const_iterator operator-(const_iterator it, qsizetype n) { return it -= n; }
        friend qsizetype operator-(const const_iterator &a, const const_iterator &b) { return a.m_i - b.m_i; }
        friend bool operator==(const const_iterator &a, const const_iterator &b) { return a.m_i == b.m_i; }
        friend bool operator!=(const const_iterator &a, const const_iterator &b) { return a.m_i != b.m_i; }
        friend bool operator<(const const_iterator &a, const const_iterator &b) { return a.m_i < b.m_i; }

    private:
        const TableRows *m_rows = nullptr;
        qsizetype m_i = 0;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    // Cells [first, last) of m_ends are the row's.
    qsizetype firstCell(qsizetype row) const { return m_rowStarts.at(row); }
    qsizetype endCell(qsizetype row) const
    {
        return row + 1 < m_rowStarts.size() ? qsizetype(m_rowStarts.at(row + 1)) : m_ends.size();
    }
    QStringView cellAt(qsizetype index) const
    {
        const qsizetype from = index == 0 ? 0 : qsizetype(m_ends.at(index - 1));
        return QStringView(m_text).sliced(from, qsizetype(m_ends.at(index)) - from);
    }

    QString m_text;             // every cell's text, row after row
    QList<quint32> m_ends;      // cell i is m_text[m_ends[i - 1] (0 for the first), m_ends[i])
    QList<quint32> m_rowStarts; // row r's cells are m_ends[m_rowStarts[r], m_rowStarts[r + 1] or the end)
    QList<quint64> m_numberBits; // bit i % 64 of word i / 64: cell i is a number cell; empty when none is
    void markNumber(qsizetype index);
};

bool operator==(const TableRows &a, const QList<QStringList> &b);
inline bool operator==(const QList<QStringList> &a, const TableRows &b) { return b == a; }
inline bool operator!=(const TableRows &a, const QList<QStringList> &b) { return !(a == b); }
inline bool operator!=(const QList<QStringList> &a, const TableRows &b) { return !(b == a); }

} // namespace sd
