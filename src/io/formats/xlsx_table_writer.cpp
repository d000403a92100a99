#include "io/formats/xlsx_table_writer.h"

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

QString tempFolderFailure()
{
    return QCoreApplication::translate("sd::XlsxTableWriter",
                                       "The spreadsheet could not be written in the temporary folder.");
}

} // namespace

XlsxTableWriter::XlsxTableWriter(QIODevice *device, const QString &sheetName, const QList<Column> &columns)
    : m_device(device), m_sheetName(sheetName), m_columns(columns),
      m_file(std::make_unique<QTemporaryFile>(
          QDir::temp().filePath(QStringLiteral("sellerdesk-export-XXXXXX.xlsx"))))
{
    if (!m_file->open()) {
        fail(tempFolderFailure(), m_file->errorString());
        return;
    }
    m_file->close(); // libxlsxwriter writes the file by its name
    open(m_file->fileName());
}

XlsxTableWriter::XlsxTableWriter(const QString &fileName, const QString &sheetName,
                                 const QList<Column> &columns)
    : m_sheetName(sheetName), m_columns(columns)
{
    open(fileName);
}

void XlsxTableWriter::open(const QString &fileName)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    options.use_zip64 = LXW_TRUE;       // a million rows make parts larger than 4 GiB uncompressed
    m_workbook = workbook_new_opt(QFile::encodeName(fileName).constData(), &options);
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

bool XlsxTableWriter::fail(const QString &message, const QString &detail)
{
    if (m_result.ok())
        m_result = Result::fail(ErrorKind::Storage, message, detail);
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

bool XlsxTableWriter::beginRow()
{
    if (m_inRow)
        return true;
    if (!m_workbook || !m_sheet)
        return fail(QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet is not open."));
    if (m_row > m_maxRows) {
        closeSheet();
        if (!startSheet())
            return false;
    }
    m_inRow = true;
    return true;
}

bool XlsxTableWriter::cellFailed(int err)
{
    return fail(QCoreApplication::translate("sd::XlsxTableWriter", "Row %1 could not be written.").arg(m_row),
                QString::fromUtf8(lxw_strerror(lxw_error(err))));
}

bool XlsxTableWriter::writeText(int column, const char *utf8, qsizetype size)
{
    if (!beginRow())
        return false;
    if (size <= 0 || column < 0 || column >= m_columns.size())
        return true;
    lxw_error err;
    if (size > kMaxCellChars) { // bytes; a cell holds at most kMaxCellChars characters
        const QByteArray cut = QString::fromUtf8(utf8, size).left(kMaxCellChars).toUtf8();
        err = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), cut.constData(),
                                     m_formats[column]);
    } else {
        err = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), utf8, m_formats[column]);
    }
    return err == LXW_NO_ERROR || cellFailed(err);
}

bool XlsxTableWriter::writeNumber(int column, double value)
{
    if (!beginRow())
        return false;
    if (column < 0 || column >= m_columns.size())
        return true;
    const lxw_error err =
        worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value, m_formats[column]);
    return err == LXW_NO_ERROR || cellFailed(err);
}

bool XlsxTableWriter::writeDate(int column, int year, int month, int day, int hour, int minute, int second)
{
    if (!beginRow())
        return false;
    if (column < 0 || column >= m_columns.size())
        return true;
    lxw_datetime dt{year, month, day, hour, minute, double(second)};
    const lxw_error err =
        worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &dt, m_formats[column]);
    return err == LXW_NO_ERROR || cellFailed(err);
}

bool XlsxTableWriter::endRow()
{
    if (!beginRow())
        return false;
    m_inRow = false;
    ++m_row;
    return true;
}

bool XlsxTableWriter::writeRow(const QVariantList &cells)
{
    if (!beginRow())
        return false;
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QVariant &v = cells[c];
        if (v.isNull())
            continue;
        bool ok = true;
        switch (m_columns[c].kind) {
        case Kind::Integer:
        case Kind::Money:
            ok = writeNumber(c, double(v.toLongLong()));
            break;
        case Kind::Date:
            if (const QDate d = v.toDate(); d.isValid())
                ok = writeDate(c, d.year(), d.month(), d.day());
            break;
        case Kind::DateTime:
            if (const QDateTime t = v.toDateTime(); t.isValid())
                ok = writeDate(c, t.date().year(), t.date().month(), t.date().day(), t.time().hour(),
                               t.time().minute(), t.time().second());
            break;
        case Kind::Text:
            if (const QString s = v.toString(); !s.isEmpty()) {
                const QByteArray utf8 = s.left(kMaxCellChars).toUtf8();
                ok = writeText(c, utf8.constData(), utf8.size());
            }
            break;
        }
        if (!ok)
            return false;
    }
    return endRow();
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
        return fail(QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet could not be saved."),
                    QString::fromUtf8(lxw_strerror(err)));
    if (!m_device)
        return true;
    QFile in(m_file->fileName());
    if (!in.open(QIODevice::ReadOnly))
        return fail(tempFolderFailure(), in.errorString());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (m_device->write(chunk) != chunk.size())
            return fail(QCoreApplication::translate("sd::XlsxTableWriter", "The spreadsheet could not be saved."),
                        m_device->errorString());
    }
    return true;
}

} // namespace sd
