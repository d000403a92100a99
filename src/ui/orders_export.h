#pragma once
#include <QList>
#include <QString>
#include <functional>

class QIODevice;

namespace sd {

class OrderTableModel;

enum class ExportFormat {
    Csv,      // UTF-8 with BOM, through CsvWriter
    CsvCp949, // for old Excel and tools that expect Korean Windows text; refused if a character cannot be
              // kept
    Xlsx,     // typed cells (won, dates), frozen header and autofilter, through XlsxTableWriter
};

// Writes what the orders table shows (filters applied, masked per role, the visible columns in their
// on-screen order). Rows are read through the model window by window; nothing is left half-written
// in `device` on failure only if the caller uses a QSaveFile and cancels it.
// `progress(done, total)` returns false to cancel.
bool exportOrders(OrderTableModel *model, const QList<int> &columns, ExportFormat format, QIODevice *device,
                  QString *error, const std::function<bool(qint64, qint64)> &progress = {});

} // namespace sd
