#include "ui/orders_export.h"

#include "io/csv_writer.h"
#include "io/xlsx_table_writer.h"
#include "models/order_table_model.h"

#include <QCoreApplication>

namespace sd {

namespace {

// How a column is typed in a spreadsheet, and how wide it starts (in characters).
XlsxTableWriter::Column spreadsheetColumn(const QString &header, int column)
{
    switch (column) {
    case OrderTableModel::PaidAt:
        return {header, XlsxTableWriter::Kind::DateTime, 17};
    case OrderTableModel::DispatchDue:
        return {header, XlsxTableWriter::Kind::Date, 11};
    case OrderTableModel::Quantity:
        return {header, XlsxTableWriter::Kind::Integer, 6};
    case OrderTableModel::Amount:
        return {header, XlsxTableWriter::Kind::Money, 12};
    case OrderTableModel::ProductOrderNo:
    case OrderTableModel::OrderNo:
    case OrderTableModel::TrackingNo:
        return {header, XlsxTableWriter::Kind::Text, 18};
    case OrderTableModel::Product:
    case OrderTableModel::Option:
        return {header, XlsxTableWriter::Kind::Text, 30};
    default:
        return {header, XlsxTableWriter::Kind::Text, 12};
    }
}

} // namespace

bool exportOrders(OrderTableModel *model, const QList<int> &columns, ExportFormat format, QIODevice *device,
                  QString *error, const std::function<bool(qint64, qint64)> &progress)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal).toString();

    std::unique_ptr<CsvWriter> csv;
    std::unique_ptr<XlsxTableWriter> xlsx;
    if (format != ExportFormat::Xlsx) {
        csv = std::make_unique<CsvWriter>(device, format == ExportFormat::CsvCp949
                                                      ? CsvWriter::Encoding::Cp949
                                                      : CsvWriter::Encoding::Utf8Bom);
        if (!csv->isValid())
            return fail(QCoreApplication::translate(
                "sd::OrdersExport", "This system cannot write CP949 text; choose CSV (UTF-8)."));
        if (!csv->writeRow(header))
            return fail(device->errorString());
    } else {
        QList<XlsxTableWriter::Column> sheetColumns;
        for (int i = 0; i < columns.size(); ++i)
            sheetColumns << spreadsheetColumn(header[i], columns[i]);
        xlsx = std::make_unique<XlsxTableWriter>(
            device, QCoreApplication::translate("sd::OrdersExport", "Orders"), sheetColumns);
        if (!xlsx->isValid())
            return fail(xlsx->errorString());
    }
    const int role = csv ? int(Qt::DisplayRole) : int(OrderTableModel::ValueRole);

    const int total = model->rowCount();
    const int window = OrderTableModel::kWindowSize;
    for (int first = 0; first < total; first += window) {
        const int last = std::min(total, first + window) - 1;
        // The model loads windows on its worker; ask for a few ahead so it reads while we write.
        if (!model->waitForRows(first, last, 3, 30000))
            return fail(QCoreApplication::translate("sd::OrdersExport", "Reading the orders took too long."));
        for (int row = first; row <= last; ++row) {
            if (!model->rowAt(row))
                return fail(QCoreApplication::translate("sd::OrdersExport", "Order row %1 could not be read.")
                                .arg(row + 1));
            QVariantList cells;
            for (int c : columns)
                cells << model->data(model->index(row, c), role);
            if (csv) {
                QStringList text;
                for (const QVariant &v : std::as_const(cells))
                    text << v.toString();
                if (!csv->writeRow(text))
                    return fail(device->errorString());
            } else if (!xlsx->writeRow(cells)) {
                return fail(xlsx->errorString());
            }
        }
        if (progress && !progress(last + 1, total))
            return fail(QCoreApplication::translate("sd::OrdersExport", "The export was cancelled."));
    }
    if (csv && csv->hadEncodingErrors())
        return fail(QCoreApplication::translate(
            "sd::OrdersExport", "Some characters (emoji, rare Hanja or symbols) cannot be written in "
                                "CP949. Choose CSV (UTF-8) or Excel instead."));
    if (xlsx && !xlsx->finish())
        return fail(xlsx->errorString());
    return true;
}

} // namespace sd
