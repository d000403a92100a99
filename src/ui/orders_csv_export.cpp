#include "ui/orders_csv_export.h"

#include "io/csv_writer.h"
#include "models/order_table_model.h"

#include <QCoreApplication>

namespace sd {

bool exportOrdersCsv(OrderTableModel *model, const QList<int> &columns, QIODevice *device, QString *error,
                     const std::function<bool(qint64, qint64)> &progress)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    CsvWriter csv(device);
    QStringList header;
    for (int c : columns)
        header << model->headerData(c, Qt::Horizontal).toString();
    if (!csv.writeRow(header))
        return fail(device->errorString());
    const int total = model->rowCount();
    const int window = OrderTableModel::kWindowSize;
    for (int first = 0; first < total; first += window) {
        const int last = std::min(total, first + window) - 1;
        // Ask for the window (the model loads it on its worker) and wait for it.
        if (!model->rowAt(first) || !model->rowAt(last)) {
            model->data(model->index(first, 0));
            model->data(model->index(last, 0));
            if (!model->waitForIdle(30000))
                return fail(
                    QCoreApplication::translate("sd::OrdersCsvExport", "Reading the orders took too long."));
        }
        for (int row = first; row <= last; ++row) {
            if (!model->rowAt(row))
                return fail(
                    QCoreApplication::translate("sd::OrdersCsvExport", "Order row %1 could not be read.")
                        .arg(row + 1));
            QStringList cells;
            for (int c : columns)
                cells << model->data(model->index(row, c)).toString();
            if (!csv.writeRow(cells))
                return fail(device->errorString());
        }
        if (progress && !progress(last + 1, total))
            return fail(QCoreApplication::translate("sd::OrdersCsvExport", "The export was cancelled."));
    }
    return true;
}

} // namespace sd
