#pragma once
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace sd {

class OrderTableModel;

// Writes what the orders table shows (filters applied, masked per role, the visible columns in their
// on-screen order) as CSV through CsvWriter. Rows are read through the model window by window.
// `progress(done, total)` returns false to cancel.
bool exportOrdersCsv(OrderTableModel *model, const QList<int> &columns, QIODevice *device, QString *error,
                     const std::function<bool(qint64, qint64)> &progress = {});

} // namespace sd
