#include "io/xlsx_table_writer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <xlsxwriter.h>

namespace sd {

namespace {

constexpr int kMaxCellChars = 32767; // Excel's limit for one cell

lxw_datetime toLxw(const QDate &d, const QTime &t = QTime(0, 0))
{
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
}

} // namespace

XlsxTableWriter::XlsxTableWriter(QIODevice *device, const QString &sheetName, const QList<Column> &columns)
    : m_device(device), m_sheetName(sheetName), m_columns(columns),
      m_file(QDir::temp().filePath(QStringLiteral("sellerdesk-export-XXXXXX.xlsx")))
{
    if (!m_file.open()) {
        fail(m_file.errorString());
        return;
    }
    m_file.close(); // libxlsxwriter writes the file by its name
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.use_zip64 = LXW_TRUE;       // a million rows make parts larger than 4 GiB uncompressed
    m_workbook = workbook_new_opt(QFile::encodeName(m_file.fileName()).constData(), &options);
    if (!m_workbook) {
        fail(QCoreApplication::translate("sd::XlsxTableWriter",
                                         "The spreadsheet could not be created in the temporary folder."));
        return;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xEEEEEE);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    for (const Column &c : m_columns) {
        lxw_format *f = nullptr;
        const char *pattern = nullptr;
        switch (c.kind) {
        case Kind::Text:
            break;
        case Kind::Integer:
            pattern = "#,##0";
            break;
        case Kind::Money:
            pattern = "#,##0\"원\"";
            break;
        case Kind::Date:
            pattern = "yyyy-mm-dd";
            break;
        case Kind::DateTime:
            pattern = "yyyy-mm-dd hh:mm";
            break;
        }
        if (pattern) {
            f = workbook_add_format(m_workbook);
            format_set_num_format(f, pattern);
        }
        m_formats << f;
    }
    startSheet();
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (m_workbook) // not finished: close the workbook to free it; the temporary file is removed
        workbook_close(m_workbook);
}

bool XlsxTableWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool XlsxTableWriter::startSheet()
{
    ++m_sheets;
    const QString name =
        m_sheets == 1 ? m_sheetName : QStringLiteral("%1 (%2)").arg(m_sheetName).arg(m_sheets);
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString clean = name;
    for (QChar ch : QStringLiteral("[]:*?/\\"))
        clean.replace(ch, QLatin1Char('_'));
    m_sheet = workbook_add_worksheet(m_workbook, clean.left(31).toUtf8().constData());
    if (!m_sheet)
        return fail(
            QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet could not get a new sheet."));
    for (int c = 0; c < m_columns.size(); ++c) {
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_columns[c].width, nullptr);
        worksheet_write_string(m_sheet, 0, lxw_col_t(c), m_columns[c].header.toUtf8().constData(), m_header);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return true;
}

void XlsxTableWriter::closeSheet()
{
    if (m_sheet && !m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columns.size() - 1));
}

bool XlsxTableWriter::writeRow(const QVariantList &cells)
{
    if (!m_workbook || !m_sheet)
        return fail(QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet is not open."));
    if (m_row > m_maxRows) {
        closeSheet();
        if (!startSheet())
            return false;
    }
    const lxw_row_t row = lxw_row_t(m_row);
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QVariant &v = cells[c];
        if (v.isNull())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        lxw_format *f = m_formats[c];
        lxw_error err = LXW_NO_ERROR;
        switch (m_columns[c].kind) {
        case Kind::Integer:
        case Kind::Money:
            err = worksheet_write_number(m_sheet, row, col, double(v.toLongLong()), f);
            break;
        case Kind::Date:
            if (const QDate d = v.toDate(); d.isValid()) {
                lxw_datetime dt = toLxw(d);
                err = worksheet_write_datetime(m_sheet, row, col, &dt, f);
            }
            break;
        case Kind::DateTime:
            if (const QDateTime t = v.toDateTime(); t.isValid()) {
                lxw_datetime dt = toLxw(t.date(), t.time());
                err = worksheet_write_datetime(m_sheet, row, col, &dt, f);
            }
            break;
        case Kind::Text:
            if (const QString s = v.toString(); !s.isEmpty())
                err =
                    worksheet_write_string(m_sheet, row, col, s.left(kMaxCellChars).toUtf8().constData(), f);
            break;
        }
        if (err != LXW_NO_ERROR)
            return fail(QCoreApplication::translate("sd::XlsxTableWriter", "Row %1 could not be written: %2")
                            .arg(m_row)
                            .arg(QString::fromUtf8(lxw_strerror(err))));
    }
    ++m_row;
    return true;
}

bool XlsxTableWriter::finish()
{
    if (!m_workbook)
        return fail(QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet is not open."));
    closeSheet();
    const lxw_error err = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (err != LXW_NO_ERROR)
        return fail(
            QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet could not be saved: %1")
                .arg(QString::fromUtf8(lxw_strerror(err))));
    QFile in(m_file.fileName());
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (m_device->write(chunk) != chunk.size())
            return fail(m_device->errorString());
    }
    return true;
}

} // namespace sd
