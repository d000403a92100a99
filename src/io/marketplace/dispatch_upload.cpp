#include "io/marketplace/dispatch_upload.h"

#include "core/orders/courier.h"
#include "io/formats/read_limits.h"
#include "io/formats/table_reader.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

constexpr int kHeaderSearchRows = 5;

const QString &orderNoHeader()
{
    static const QString s = QStringLiteral("상품주문번호");
    return s;
}
const QString &courierHeader()
{
    static const QString s = QStringLiteral("택배사");
    return s;
}
const QString &trackingHeader()
{
    static const QString s = QStringLiteral("송장번호");
    return s;
}
const QString &methodHeader()
{
    static const QString s = QStringLiteral("배송방법");
    return s;
}

// Header text without any white space or BOM, so "송장 번호" and "송장번호 " both match.
QString compact(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            out.append(c);
    }
    return out;
}

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// 택배,등기,소포 (Naver's display value, or any of its words) or the API code DELIVERY; empty is fine too.
bool isParcelMethod(const QString &method)
{
    QString m = compact(method);
    if (m.isEmpty() || m.compare(QLatin1String("DELIVERY"), Qt::CaseInsensitive) == 0)
        return true;
    m.replace(QLatin1Char('/'), QLatin1Char(',')).replace(QChar(0x00B7), QLatin1Char(','));
    const QStringList parts = m.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part != u"택배" && part != u"등기" && part != u"소포")
            return false;
    }
    return !parts.isEmpty();
}

struct Columns
{
    int headerLine = 0; // 0 = no header row found
    int orderNo = -1;
    int courier = -1;
    int tracking = -1;
    int method = -1;
};

Columns findColumns(const QList<QStringList> &rows)
{
    Columns best;
    int bestScore = 0;
    for (int i = 0; i < qMin<qsizetype>(rows.size(), kHeaderSearchRows); ++i) {
        Columns c;
        c.headerLine = i + 1;
        const QStringList &cells = rows.at(i);
        for (int col = 0; col < cells.size(); ++col) {
            const QString name = compact(cells.at(col));
            int *slot = name == orderNoHeader()    ? &c.orderNo
                        : name == courierHeader()  ? &c.courier
                        : name == trackingHeader() ? &c.tracking
                        : name == methodHeader()   ? &c.method
                                                   : nullptr;
            if (slot && *slot < 0)
                *slot = col; // the first of repeated headers wins
        }
        const int score = (c.orderNo >= 0) + (c.courier >= 0) + (c.tracking >= 0);
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

QString cellAt(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

DispatchUploadResult fromTable(const TableData &table)
{
    if (table.ok())
        return parseDispatchTable(table.rows);
    DispatchUploadResult result;
    result.problems.append({0, table.error});
    return result;
}

} // namespace

DispatchUploadResult parseDispatchTable(const QList<QStringList> &rows)
{
    DispatchUploadResult result;
    int lastOmittedLine = 0;
    const auto problem = [&](int line, const QString &message) {
        if (result.problems.size() < kReadMaxProblems) {
            result.problems.append({line, message});
        } else if (line != lastOmittedLine) {
            ++result.omittedProblemRows;
            lastOmittedLine = line;
        }
    };

    const Columns columns = findColumns(rows);
    if (columns.headerLine == 0) {
        problem(0, QCoreApplication::translate(
                       "sd::DispatchUpload",
                       "No header row found: one of the first %1 rows must name the columns %2, %3 and %4.")
                       .arg(kHeaderSearchRows)
                       .arg(orderNoHeader(), courierHeader(), trackingHeader()));
        return result;
    }
    const QList<QPair<int, QString>> required = {{columns.orderNo, orderNoHeader()},
                                                 {columns.courier, courierHeader()},
                                                 {columns.tracking, trackingHeader()}};
    for (const auto &[column, header] : required) {
        if (column < 0)
            problem(0, QCoreApplication::translate("sd::DispatchUpload",
                                                   "The header row (row %1) has no %2 column.")
                           .arg(columns.headerLine)
                           .arg(header));
    }
    if (!result.ok())
        return result;

    QHash<QString, int> seen; // 상품주문번호 → index in accepted
    QList<DispatchUploadRow> accepted;
    for (int i = columns.headerLine; i < rows.size(); ++i) {
        const QStringList &cells = rows.at(i);
        const int line = i + 1;
        if (isBlank(cells))
            continue;
        const DispatchUploadRow row{line, cellAt(cells, columns.orderNo), cellAt(cells, columns.courier),
                                    cellAt(cells, columns.tracking)};
        const QString method = cellAt(cells, columns.method);
        if (!isParcelMethod(method)) {
            problem(line, QCoreApplication::translate(
                              "sd::DispatchUpload",
                              "Row %1: the delivery method \"%2\" is not supported. Only %3 rows can be "
                              "dispatched from a file.")
                              .arg(line)
                              .arg(method, QStringLiteral("택배,등기,소포")));
            continue;
        }
        const qsizetype before = result.problems.size() + result.omittedProblemRows;
        for (const auto &[value, header] : {QPair<QString, QString>{row.productOrderNo, orderNoHeader()},
                                            QPair<QString, QString>{row.courier, courierHeader()},
                                            QPair<QString, QString>{row.trackingNo, trackingHeader()}}) {
            if (value.isEmpty())
                problem(line, QCoreApplication::translate("sd::DispatchUpload", "Row %1: %2 is empty.")
                                  .arg(line)
                                  .arg(header));
        }
        const Courier *courier = row.courier.isEmpty() ? nullptr : findCourier(row.courier);
        if (!row.courier.isEmpty() && !courier) {
            const Courier &example = couriers().constFirst();
            problem(line, QCoreApplication::translate(
                              "sd::DispatchUpload",
                              "Row %1: the courier \"%2\" is not known. Write it as Naver names it (for "
                              "example %3) or as its code (%4).")
                              .arg(QString::number(line), row.courier, example.name, example.code));
        }
        if (result.problems.size() + result.omittedProblemRows != before)
            continue;
        const auto earlier = seen.constFind(row.productOrderNo);
        if (earlier == seen.constEnd()) {
            seen.insert(row.productOrderNo, accepted.size());
            accepted.append(row);
            continue;
        }
        const DispatchUploadRow &first = accepted.at(*earlier);
        const bool same =
            findCourier(first.courier) == courier &&
            normalizeTrackingNumber(first.trackingNo) == normalizeTrackingNumber(row.trackingNo);
        if (!same) {
            problem(line, QCoreApplication::translate(
                              "sd::DispatchUpload",
                              "Row %1: %2 %3 is also on row %4 with a different courier or tracking number.")
                              .arg(QString::number(line), orderNoHeader(), row.productOrderNo,
                                   QString::number(first.line)));
        }
    }
    if (result.ok() && accepted.isEmpty())
        problem(0, QCoreApplication::translate("sd::DispatchUpload",
                                               "The file has no orders under its header row (row %1).")
                       .arg(columns.headerLine));
    if (result.ok())
        result.rows = accepted;
    return result;
}

DispatchUploadResult parseDispatchUpload(const QByteArray &bytes)
{
    return fromTable(readTable(bytes));
}

} // namespace sd
