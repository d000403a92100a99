#pragma once
#include "core/common/result.h"
#include <QList>
#include <QString>
#include <QTemporaryFile>
#include <QVariant>
#include <memory>

class QIODevice;
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace sd {

// A table as an .xlsx workbook an accountant can use as it is: a bold, frozen header row with an
// autofilter, amounts as numbers in won (#,##0"원"), dates and times as real dates, text as text
// (never a formula, so no formula injection). Past 1,048,575 data rows a new sheet starts, with the
// header again. libxlsxwriter writes in constant-memory mode to a temporary file; finish() copies the
// workbook to `device` (a QSaveFile, so a failed export leaves nothing behind). Big exports write
// straight to a file name instead (a PendingFile's temporary file: no copy) and pass typed cells
// (writeText/writeNumber/writeDate, then endRow) without a QVariant per cell.
class XlsxTableWriter
{
public:
    enum class Kind {
        Text,     // QString
        Integer,  // qint64, #,##0
        Money,    // qint64 won, #,##0"원"
        Date,     // QDate, yyyy-mm-dd
        DateTime, // QDateTime (its own date and time of day), yyyy-mm-dd hh:mm
    };
    struct Column
    {
        QString header;
        Kind kind = Kind::Text;
        double width = 12; // in characters
    };
    static constexpr int kMaxDataRowsPerSheet = 1048575; // Excel's 1,048,576 rows, less the header

    XlsxTableWriter(QIODevice *device, const QString &sheetName, const QList<Column> &columns);
    XlsxTableWriter(const QString &fileName, const QString &sheetName, const QList<Column> &columns);
    ~XlsxTableWriter();
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // False when the temporary workbook could not be created; errorString() says why.
    bool isValid() const { return m_workbook != nullptr; }
    // One cell per column; a null or empty value leaves the cell empty.
    bool writeRow(const QVariantList &cells);
    // Cells of the current row by column index, then endRow(). `utf8` must be NUL-terminated.
    bool writeText(int column, const char *utf8, qsizetype size);
    bool writeNumber(int column, double value);
    bool writeDate(int column, int year, int month, int day, int hour = 0, int minute = 0, int second = 0);
    bool endRow();
    // Closes the workbook (and copies it to the device, if any). Nothing is written to the device
    // before this.
    bool finish();
    QString errorString() const { return m_result.message; }
    // Why the writer stopped: a translated, plain message, and what libxlsxwriter or the file system
    // said in its detail (for the log, never shown).
    const Result &result() const { return m_result; }

    // Tests: a smaller sheet size, to see the split without a million rows.
    void setMaxDataRowsPerSheet(int rows) { m_maxRows = rows; }

private:
    void open(const QString &fileName);
    bool startSheet();
    void closeSheet();
    bool beginRow();
    bool cellFailed(int err);
    bool fail(const QString &message, const QString &detail = QString());

    QIODevice *m_device = nullptr;
    QString m_sheetName;
    QList<Column> m_columns;
    std::unique_ptr<QTemporaryFile> m_file; // with a device: the workbook until finish() copies it
    bool m_inRow = false;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    QList<lxw_format *> m_formats; // per column, null for text
    int m_sheets = 0;
    int m_row = 0; // next data row on the current sheet (1-based: row 0 is the header)
    int m_maxRows = kMaxDataRowsPerSheet;
    Result m_result;
};

} // namespace sd
