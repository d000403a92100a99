#include "io/marketplace/dispatch_upload.h"

#include "core/orders/courier.h"
#include "core/orders/dispatch_layout.h"
#include "io/formats/csv_writer.h"
#include "io/formats/pending_file.h"
#include "io/formats/read_limits.h"
#include "io/formats/table_reader.h"
#include "io/formats/xlsx_table_writer.h"
#include "io/marketplace/order_cells.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace sd {

namespace {

constexpr int kHeaderSearchRows = 5;

const QString &orderNoHeader()
{
    static const QString s = dispatchColumnHeader(DispatchColumn::ProductOrderNo);
    return s;
}
const QString &courierHeader()
{
    static const QString s = dispatchColumnHeader(DispatchColumn::Courier);
    return s;
}
const QString &trackingHeader()
{
    static const QString s = dispatchColumnHeader(DispatchColumn::TrackingNo);
    return s;
}
const QString &methodHeader()
{
    static const QString s = dispatchColumnHeader(DispatchColumn::Method);
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

Columns findColumns(const TableRows &rows)
{
    Columns best;
    int bestScore = 0;
    for (int i = 0; i < qMin<qsizetype>(rows.size(), kHeaderSearchRows); ++i) {
        Columns c;
        c.headerLine = i + 1;
        for (int col = 0; col < rows.columnCount(i); ++col) {
            const QString name = compact(rows.cell(i, col));
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

} // namespace

bool isDispatchUploadLayout(const TableRows &rows)
{
    const Columns c = findColumns(rows);
    if (c.headerLine == 0 || c.orderNo < 0 || c.courier < 0 || c.tracking < 0)
        return false;
    // Every header of that row is one of the layout's: an order download that also has these three
    // columns (Naver's 발주발송관리 has 72) is an order file, not an upload.
    static const QString error = dispatchColumnHeader(DispatchColumn::Error);
    const int line = c.headerLine - 1;
    for (int col = 0; col < rows.columnCount(line); ++col) {
        const QString name = compact(rows.cell(line, col));
        if (!name.isEmpty() && name != orderNoHeader() && name != courierHeader() && name != trackingHeader() &&
            name != methodHeader() && name != error)
            return false;
    }
    return true;
}

namespace {

QString cellAt(const TableRows &rows, qsizetype row, int column)
{
    return rows.cellView(row, column).trimmed().toString();
}

// The sentences of a row's problems, in the order they are listed; `withRow` puts "Row N:" before each
// (for the preview of the upload; the result file has its own rows, so its 오류 cells go without).
QStringList problemMessages(const DispatchUploadRow &row, bool withRow = true)
{
    QStringList out;
    if (row.problems & UnsupportedMethod)
        out << QCoreApplication::translate("sd::DispatchUpload",
                                           "The delivery method \"%1\" is not supported. Only %2 rows can be "
                                           "dispatched from a file.")
                   .arg(row.method, parcelDeliveryMethod());
    const std::pair<DispatchRowProblem, const QString *> empties[] = {{EmptyOrderNo, &orderNoHeader()},
                                                                      {EmptyCourier, &courierHeader()},
                                                                      {EmptyTracking, &trackingHeader()}};
    for (const auto &[flag, header] : empties) {
        if (row.problems & flag)
            out << QCoreApplication::translate("sd::DispatchUpload", "%1 is empty.").arg(*header);
    }
    // The flag was set from the cell's type too; for the sentence, a flagged value reads as a number cell.
    if (row.problems & ShortenedOrderNo)
        out << QCoreApplication::translate("sd::DispatchUpload", "%1: %2")
                   .arg(orderNoHeader(), shortenedNumberReason(row.productOrderNo, true));
    if (row.problems & ShortenedTracking)
        out << QCoreApplication::translate("sd::DispatchUpload", "%1: %2")
                   .arg(trackingHeader(), shortenedNumberReason(row.trackingNo, true));
    if (row.problems & UnknownCourier) {
        const Courier &example = couriers().constFirst();
        out << QCoreApplication::translate("sd::DispatchUpload",
                                           "The courier \"%1\" is not known. Write it as Naver names it (for "
                                           "example %2) or as its code (%3).")
                   .arg(row.courier, example.name, example.code);
    }
    if (row.problems & Contradicted)
        out << QCoreApplication::translate("sd::DispatchUpload",
                                           "%1 %2 is also given with a different courier or tracking number "
                                           "on row %3 of the uploaded file.")
                   .arg(orderNoHeader(), row.productOrderNo, QString::number(row.otherLine));
    if (withRow) {
        for (QString &sentence : out)
            sentence =
                QCoreApplication::translate("sd::DispatchUpload", "Row %1: %2").arg(row.line).arg(sentence);
    }
    return out;
}

DispatchUploadResult fromTable(const TableData &table)
{
    if (table.ok())
        return parseDispatchTable(table.rows);
    DispatchUploadResult result;
    result.problems.append({0, table.error()});
    result.fileProblem = true;
    return result;
}

} // namespace

DispatchUploadResult parseDispatchTable(const TableRows &rows)
{
    DispatchUploadResult result;
    const auto fileProblem = [&](const QString &message) {
        result.fileProblem = true;
        result.problems.append({0, message});
    };

    const Columns columns = findColumns(rows);
    if (columns.headerLine == 0) {
        fileProblem(QCoreApplication::translate(
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
            fileProblem(
                QCoreApplication::translate("sd::DispatchUpload", "The header row (row %1) has no %2 column.")
                    .arg(columns.headerLine)
                    .arg(header));
    }
    if (!result.ok())
        return result;

    // Every row in the file's order first: a contradiction found on a later row rejects the earlier
    // one too, so the split into good and rejected rows comes at the end.
    QList<DispatchUploadRow> all;
    QHash<QString, qsizetype> seen; // 상품주문번호 → index in `all` of its first good row
    for (int i = columns.headerLine; i < rows.size(); ++i) {
        if (rows.isBlankRow(i))
            continue;
        DispatchUploadRow row;
        row.line = i + 1;
        row.productOrderNo = cellAt(rows, i, columns.orderNo);
        row.method = cellAt(rows, i, columns.method);
        row.courier = cellAt(rows, i, columns.courier);
        row.trackingNo = cellAt(rows, i, columns.tracking);
        if (!isParcelMethod(row.method)) {
            row.problems = UnsupportedMethod;
            all.append(row);
            continue;
        }
        if (row.productOrderNo.isEmpty())
            row.problems |= EmptyOrderNo;
        else if (!shortenedNumberReason(row.productOrderNo, rows.isNumber(i, columns.orderNo)).isEmpty())
            row.problems |= ShortenedOrderNo;
        if (!row.trackingNo.isEmpty() &&
            !shortenedNumberReason(row.trackingNo, rows.isNumber(i, columns.tracking)).isEmpty())
            row.problems |= ShortenedTracking;
        if (row.courier.isEmpty())
            row.problems |= EmptyCourier;
        if (row.trackingNo.isEmpty())
            row.problems |= EmptyTracking;
        const Courier *courier = row.courier.isEmpty() ? nullptr : findCourier(row.courier);
        if (!row.courier.isEmpty() && !courier)
            row.problems |= UnknownCourier;
        if (row.problems != 0) {
            all.append(row);
            continue;
        }
        const auto earlier = seen.constFind(row.productOrderNo);
        if (earlier == seen.constEnd()) {
            seen.insert(row.productOrderNo, all.size());
            all.append(row);
            continue;
        }
        DispatchUploadRow &first = all[*earlier];
        const bool same =
            findCourier(first.courier) == courier &&
            normalizeTrackingNumber(first.trackingNo) == normalizeTrackingNumber(row.trackingNo);
        if (same)
            continue; // an exact repeat
        row.problems = Contradicted;
        row.otherLine = first.line;
        if (first.problems == 0) {
            first.problems = Contradicted;
            first.otherLine = row.line;
        }
        all.append(row);
    }
    if (all.isEmpty()) {
        fileProblem(QCoreApplication::translate("sd::DispatchUpload",
                                                "The file has no orders under its header row (row %1).")
                        .arg(columns.headerLine));
        return result;
    }

    int lastOmittedLine = 0;
    for (const DispatchUploadRow &row : std::as_const(all)) {
        if (row.ok()) {
            result.rows.append(row);
            continue;
        }
        result.rejected.append(row);
        if (result.problems.size() >= kReadMaxProblems) {
            if (row.line != lastOmittedLine) {
                ++result.omittedProblemRows;
                lastOmittedLine = row.line;
            }
            continue;
        }
        for (const QString &message : problemMessages(row)) {
            if (result.problems.size() < kReadMaxProblems) {
                result.problems.append({row.line, message});
            } else if (row.line != lastOmittedLine) {
                ++result.omittedProblemRows;
                lastOmittedLine = row.line;
            }
        }
    }
    return result;
}

QString dispatchRowReason(const DispatchUploadRow &row)
{
    if (!row.ok())
        return problemMessages(row, false).join(QLatin1Char(' '));
    return row.refusal;
}

DispatchUploadResult parseDispatchUpload(const QByteArray &bytes)
{
    return fromTable(readTable(bytes));
}

Result writeDispatchResultFile(const QString &fileName, FileFormat format,
                               const QList<DispatchUploadRow> &rows)
{
    const auto failed = [&](const QString &detail) {
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate("sd::DispatchUpload",
                                                        "Could not write %1 (is the disk full or the folder "
                                                        "read-only?).")
                                .arg(QDir::toNativeSeparators(fileName)),
                            detail);
    };
    if (format != FileFormat::Xlsx && format != FileFormat::Csv)
        return Result::fail(ErrorKind::BadInput,
                            QCoreApplication::translate("sd::DispatchUpload", "Could not write %1: choose an "
                                                                              ".xlsx or .csv file.")
                                .arg(QDir::toNativeSeparators(fileName)));
    PendingFile file(fileName);
    if (!file.isValid())
        return Result::fail(ErrorKind::Storage, file.errorString(), file.result().detail);
    QStringList headers;
    for (DispatchColumn c : {DispatchColumn::ProductOrderNo, DispatchColumn::Method, DispatchColumn::Courier,
                             DispatchColumn::TrackingNo, DispatchColumn::Error})
        headers << dispatchColumnHeader(c);
    // The reason of each row is made as the row is written, so only one is held at a time.
    const auto cells = [](const DispatchUploadRow &row) {
        return QStringList{row.productOrderNo, row.method, row.courier, row.trackingNo,
                           dispatchRowReason(row)};
    };
    if (format == FileFormat::Xlsx) {
        QList<XlsxTableWriter::Column> columns;
        for (const QString &h : std::as_const(headers))
            columns << XlsxTableWriter::Column{h, XlsxTableWriter::Kind::Text,
                                               h == headers.last() ? 60.0 : 18.0};
        XlsxTableWriter writer(file.temporaryPath(), QStringLiteral("발송처리"), columns);
        const auto writerFailed = [&] {
            return failed(QStringLiteral("%1 (%2)").arg(writer.result().message, writer.result().detail));
        };
        if (!writer.isValid())
            return writerFailed();
        for (const DispatchUploadRow &row : rows) {
            const QStringList values = cells(row);
            if (!writer.writeRow(QVariantList(values.cbegin(), values.cend())))
                return writerFailed();
        }
        if (!writer.finish())
            return writerFailed();
    } else {
        QFile out(file.temporaryPath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(out.errorString());
        CsvWriter writer(&out);
        bool ok = writer.writeRow(headers);
        for (qsizetype i = 0; ok && i < rows.size(); ++i)
            ok = writer.writeRow(cells(rows.at(i)));
        if (!ok || !writer.finish() || !out.flush())
            return failed(out.errorString());
        out.close();
    }
    if (!file.commit())
        return failed(QStringLiteral("%1 (%2)").arg(file.result().message, file.result().detail));
    return Result::success();
}

} // namespace sd
