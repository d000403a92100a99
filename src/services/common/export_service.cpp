#include "services/common/export_service.h"

#include "core/access/personal_data_mask.h"
#include "core/calendar/seoul_time.h"
#include "core/orders/dispatch_deadline.h"
#include "core/orders/order_status.h"
#include "core/table/table_orders.h"
#include "io/formats/csv_writer.h"
#include "io/formats/pending_file.h"
#include "io/formats/xlsx_table_writer.h"
#include "services/access/export_audit.h"
#include "services/common/app_log.h"
#include "services/common/table_listing.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/table/table_source.h"
#include "storage/table/table_stream.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringEncoder>
#include <QThread>

namespace sd {

namespace {

// Translation context "sd::ExportService": ExportText::tr("...") is filed there by lupdate and looked up
// there (a plain function called tr() would be filed under "sd" and never found).
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(sd::ExportService)
};

// A file the export could not write, as the user sees it: which file and that nothing was exported. The
// writer's or the file system's own words ("No space left on device", libxlsxwriter's text) go to the log.
Result writeFailure(const QString &file, const QString &detail)
{
    return storageFailure(ExportText::tr("%1 could not be written (is the disk full or the folder read-only?), "
                                         "so nothing was exported.")
                              .arg(QDir::toNativeSeparators(file)),
                          detail);
}

Result writeFailure(const QString &file, const Result &cause)
{
    return writeFailure(file, cause.detail.isEmpty() ? cause.message
                                                     : QStringLiteral("%1 (%2)").arg(cause.message, cause.detail));
}

// Seoul has a fixed UTC+9 (no daylight saving since 1988, core/seoul_time), so an epoch time becomes a
// Seoul calendar date and time by arithmetic: no QDateTime and no time-zone look-up per cell.
constexpr qint64 kSeoulOffsetSeconds = 9 * 3600;

struct CivilTime
{
    int year, month, day, hour, minute, second;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
CivilTime seoulCivil(qint64 epochMs)
{
    qint64 secs = (epochMs >= 0 ? epochMs / 1000 : (epochMs - 999) / 1000) + kSeoulOffsetSeconds;
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 sod = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d, int(sod / 3600), int(sod / 60 % 60), int(sod % 60)};
}

char *twoDigits(char *p, int v)
{
    *p++ = char('0' + v / 10 % 10);
    *p++ = char('0' + v % 10);
    return p;
}

// "yyyy-MM-dd HH:mm", the grid's format; returns the length written into `out` (at least 17 bytes).
int formatDateTime(char *out, const CivilTime &t)
{
    char *p = out;
    p = twoDigits(p, t.year / 100);
    p = twoDigits(p, t.year % 100);
    *p++ = '-';
    p = twoDigits(p, t.month);
    *p++ = '-';
    p = twoDigits(p, t.day);
    *p++ = ' ';
    p = twoDigits(p, t.hour);
    *p++ = ':';
    p = twoDigits(p, t.minute);
    *p = '\0';
    return int(p - out);
}

// A stored ISO date "YYYY-MM-DD"; false for anything else.
bool parseIsoDate(const char *s, qsizetype n, int *y, int *m, int *d)
{
    if (n != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int v[8];
    const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = s[at[i]];
        if (c < '0' || c > '9')
            return false;
        v[i] = c - '0';
    }
    *y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    *m = v[4] * 10 + v[5];
    *d = v[6] * 10 + v[7];
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

XlsxTableWriter::Kind sheetKind(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Won:
        return XlsxTableWriter::Kind::Money;
    case ColumnKind::Count:
        return XlsxTableWriter::Kind::Integer;
    case ColumnKind::Date:
        return XlsxTableWriter::Kind::Date;
    case ColumnKind::DateTime:
        return XlsxTableWriter::Kind::DateTime;
    case ColumnKind::Text:
    case ColumnKind::Status:
        break;
    }
    return XlsxTableWriter::Kind::Text;
}

double sheetWidth(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::DateTime:
        return 17;
    case ColumnKind::Date:
        return 11;
    case ColumnKind::Count:
        return 7;
    case ColumnKind::Won:
        return 13;
    case ColumnKind::Text:
    case ColumnKind::Status:
        break;
    }
    return 16;
}

} // namespace

ExportService::ExportService(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

std::unique_ptr<ExportJob> ExportService::prepare(const ExportRequest &request, Result *result)
{
    auto refuse = [result](ErrorKind kind, const QString &message) {
        if (result)
            *result = Result::fail(kind, message);
        return nullptr;
    };
    Result opened;
    const std::unique_ptr<TableListing> listing = TableListing::open(m_ws, request.table, m_user, &opened);
    if (!listing)
        return refuse(opened.kind, opened.message);
    const TableDescription &t = listing->description();

    std::unique_ptr<ExportJob> job(new ExportJob(m_ws, m_user, request));
    ExportRequest &r = job->m_request;
    if (r.sort.column.isEmpty())
        r.sort = TableSort{t.defaultSort, t.defaultDescending};
    if (r.sheetName.isEmpty())
        r.sheetName = t.id;
    if (r.columns.isEmpty()) {
        for (const TableColumn &c : t.columns)
            r.columns << c.id;
    }
    bool personalColumn = false;
    for (const QString &id : std::as_const(r.columns)) {
        const int index = t.columnIndex(id);
        if (index < 0)
            return refuse(ErrorKind::BadInput, ExportText::tr("The list has no column \"%1\".").arg(id));
        job->m_columns << index;
        personalColumn = personalColumn || t.columns.at(index).mask != MaskClass::None;
    }
    // Unmasked personal data leaves the program only for roles that may export it.
    job->m_personal = personalColumn && listing->showsPersonalData();
    if (job->m_personal && !m_user.can(Permission::ExportPersonalData))
        return refuse(
            ErrorKind::Permission,
            ExportText::tr("Your role (%1) may not export personal data (it needs the permission \"%2\").")
                .arg(roleLabel(m_user.role), permissionLabel(Permission::ExportPersonalData)));
    // The filter and sort are checked here, so a refusal comes before any file exists.
    {
        const std::unique_ptr<TableSource> source = openTableSource(t.id, storeDatabase(m_ws).connection());
        TableSelect select;
        const Result checked =
            source ? source->select(r.filter, r.sort, &select)
                   : Result::fail(ErrorKind::BadInput, ExportText::tr("This list cannot be exported."));
        if (!checked.ok())
            return refuse(checked.kind, checked.message); // a refusal of the filter or sort: no SQL ran
    }
    if (r.format == ExportFormat::CsvCp949 && !QStringEncoder("windows-949").isValid())
        return refuse(ErrorKind::BadInput,
                      ExportText::tr("This system cannot write CP949 text; choose CSV (UTF-8)."));
    const QFileInfo target(r.file);
    if (r.file.isEmpty() || target.isDir() || !target.absoluteDir().exists())
        return refuse(ErrorKind::BadInput,
                      r.file.isEmpty()
                          ? ExportText::tr("Name the file to export to.")
                          : ExportText::tr("Cannot export to %1: choose a file in an existing folder.")
                                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    job->m_file = std::make_unique<PendingFile>(r.file);
    if (!job->m_file->isValid())
        return refuse(ErrorKind::Storage, job->m_file->errorString());
    if (result)
        *result = Result::success();
    return job;
}

Result ExportService::run(const ExportRequest &request, const std::function<void(qint64, qint64)> &progress,
                          qint64 *rows)
{
    Result result;
    const std::unique_ptr<ExportJob> job = prepare(request, &result);
    if (!job)
        return result;
    result = job->runHere(progress);
    if (rows)
        *rows = job->rowsWritten();
    return result;
}

ExportJob::ExportJob(Workspace &workspace, const UserSession &user, const ExportRequest &request)
    : m_ws(workspace), m_user(user), m_request(request), m_databasePath(workspace.databasePath()),
      m_calendar(workspace.calendar()), m_today(seoulDate(workspace.clock().nowUtc()))
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::cancel()
{
    m_cancel.store(true);
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("export"));
    // QThread::finished is emitted on the worker; this object lives on the workspace's thread, so the
    // audit row and the rename run there.
    connect(m_thread, &QThread::finished, this, [this] { emit finished(complete()); });
    m_thread->start(QThread::LowPriority);
}

Result ExportJob::runHere(const std::function<void(qint64, qint64)> &progress)
{
    m_progressCallback = progress;
    work();
    m_progressCallback = nullptr;
    return complete();
}

void ExportJob::emitProgress(qint64 done)
{
    m_done.store(done);
    if (m_progressCallback)
        m_progressCallback(done, m_total);
    emit progress(done, m_total);
}

void ExportJob::work()
{
    const QString name = QStringLiteral("sd-export-%1").arg(quintptr(this), 0, 16);
    {
        Result status;
        QSqlDatabase db = Database::openReadConnection(m_databasePath, name, &status);
        if (!db.isOpen() || !status.ok()) {
            m_written = storageFailure(
                ExportText::tr("The store could not be read, so nothing was exported."), status);
        } else {
            Result opened;
            const std::unique_ptr<TableListing> listing =
                TableListing::open(db, m_request.table, m_user, &opened);
            const std::unique_ptr<TableSource> source = openTableSource(m_request.table, db);
            if (!listing || !source) {
                m_written = listing ? Result::fail(ErrorKind::BadInput,
                                                   ExportText::tr("This list cannot be exported."))
                                    : opened;
            } else {
                TableStream stream(*source);
                const Result started = stream.start(m_request.filter, m_request.sort);
                if (!started.ok()) {
                    m_written =
                        started.kind == ErrorKind::Storage
                            ? storageFailure(
                                  ExportText::tr("The rows could not be read, so no file was written."),
                                  started)
                            : started;
                } else {
                    // Counted inside the stream's snapshot, so the total matches the rows (the count is
                    // for the progress only: a failed one shows none).
                    const qint64 total = listing->count(m_request.filter);
                    m_written = write(stream, std::max<qint64>(total, 0), *listing);
                }
            }
        }
    }
    Database::closeConnection(name);
}

// How one column of the file is made from the stream.
struct ExportJob::Column
{
    int field = 0;
    ColumnKind kind = ColumnKind::Text;
    MaskClass mask = MaskClass::None; // None when the reader sees the column as stored
    const TableColumn *column = nullptr;
    QHash<QByteArray, QByteArray> labels; // code -> UTF-8 label, filled as codes appear
    bool risk = false; // orders' 지연 위험: computed from status and due date, like the grid
};

Result ExportJob::write(TableStream &stream, qint64 total, TableListing &listing)
{
    m_total = total;
    const TableDescription &t = listing.description();
    const bool masked = !listing.showsPersonalData();
    const bool orders = t.id == ordersTable().id;
    QList<Column> columns;
    QStringList headers;
    for (int index : std::as_const(m_columns)) {
        Column c;
        c.field = index;
        c.column = &t.columns.at(index);
        c.kind = c.column->kind;
        c.mask = masked ? c.column->mask : MaskClass::None;
        c.risk = orders && index == OrdersTable::Risk;
        columns << c;
        headers << c.column->label();
    }

    QFile csvFile;
    std::unique_ptr<CsvWriter> csv;
    std::unique_ptr<XlsxTableWriter> xlsx;
    if (m_request.format == ExportFormat::Xlsx) {
        QList<XlsxTableWriter::Column> sheet;
        for (int i = 0; i < columns.size(); ++i)
            sheet << XlsxTableWriter::Column{headers.at(i), sheetKind(columns.at(i).kind),
                                             sheetWidth(columns.at(i).kind)};
        xlsx = std::make_unique<XlsxTableWriter>(m_file->temporaryPath(), m_request.sheetName, sheet);
        if (!xlsx->isValid())
            return writeFailure(m_request.file, xlsx->result());
    } else {
        csvFile.setFileName(m_file->temporaryPath());
        if (!csvFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return writeFailure(m_request.file, csvFile.errorString());
        csv = std::make_unique<CsvWriter>(&csvFile, m_request.format == ExportFormat::CsvCp949
                                                        ? CsvWriter::Encoding::Cp949
                                                        : CsvWriter::Encoding::Utf8Bom);
        for (const QString &h : std::as_const(headers))
            csv->addCell(h);
        if (!csv->endRow())
            return writeFailure(m_request.file, csvFile.errorString());
    }

    // 지연 위험 labels, made once.
    QByteArray riskLabels[4];
    for (DeadlineRisk r : {DeadlineRisk::None, DeadlineRisk::Near, DeadlineRisk::DueToday, DeadlineRisk::Overdue})
        riskLabels[int(r)] = deadlineRiskLabel(r).toUtf8();
    QHash<QByteArray, int> statusByCode; // -1: not a status code

    auto text = [&](int j, const char *p, qsizetype n) {
        if (csv)
            csv->addCell(p, n);
        else
            return xlsx->writeText(j, p, n);
        return true;
    };
    auto empty = [&]() {
        if (csv)
            csv->addEmpty();
    };

    char buffer[32];
    qint64 done = 0;
    const qint64 step = std::max<qint64>(2048, total / 200);
    qint64 nextReport = step;
    emitProgress(0);
    while (stream.next()) {
        if (m_cancel.load(std::memory_order_relaxed))
            return Result::fail(ErrorKind::Rule, ExportText::tr("The export was cancelled."));
        for (int j = 0; j < columns.size(); ++j) {
            Column &c = columns[j];
            bool ok = true;
            if (c.risk) {
                DeadlineRisk risk = DeadlineRisk::None;
                const StreamCell status = stream.cell(OrdersTable::Status);
                const StreamCell due = stream.cell(OrdersTable::DispatchDue);
                int y, m, d;
                if (!status.isNull() && !due.isNull() && parseIsoDate(due.text, due.size, &y, &m, &d)) {
                    const QByteArray code = QByteArray::fromRawData(status.text, status.size);
                    auto it = statusByCode.constFind(code);
                    if (it == statusByCode.cend()) {
                        const auto s = statusFromCode(QString::fromUtf8(status.text, status.size));
                        it = statusByCode.insert(QByteArray(status.text, status.size), s ? int(*s) : -1);
                    }
                    if (it.value() >= 0)
                        risk = deadlineRisk(OrderStatus(it.value()), QDate(y, m, d), m_today, m_calendar);
                }
                const QByteArray &label = riskLabels[int(risk)];
                if (label.isEmpty())
                    empty();
                else
                    ok = text(j, label.constData(), label.size());
                if (!ok)
                    return writeFailure(m_request.file, xlsx->result());
                continue;
            }
            const StreamCell cell = stream.cell(c.field);
            if (cell.isNull()) {
                empty();
                continue;
            }
            switch (c.kind) {
            case ColumnKind::Won:
            case ColumnKind::Count:
                if (cell.type == StreamCell::Type::Integer) {
                    if (csv)
                        csv->addNumber(cell.integer);
                    else
                        ok = xlsx->writeNumber(j, double(cell.integer));
                } else {
                    ok = text(j, cell.text, cell.size);
                }
                break;
            case ColumnKind::DateTime:
                if (cell.type == StreamCell::Type::Integer) {
                    const CivilTime ct = seoulCivil(cell.integer);
                    if (csv) {
                        const int n = formatDateTime(buffer, ct);
                        csv->addCell(buffer, n);
                    } else {
                        ok = xlsx->writeDate(j, ct.year, ct.month, ct.day, ct.hour, ct.minute, ct.second);
                    }
                } else {
                    ok = text(j, cell.text, cell.size);
                }
                break;
            case ColumnKind::Date: {
                int y, m, d;
                if (xlsx && cell.type == StreamCell::Type::Text &&
                    parseIsoDate(cell.text, cell.size, &y, &m, &d))
                    ok = xlsx->writeDate(j, y, m, d);
                else if (cell.type == StreamCell::Type::Text)
                    ok = text(j, cell.text, cell.size);
                break;
            }
            case ColumnKind::Text:
            case ColumnKind::Status: {
                if (cell.type == StreamCell::Type::Integer) {
                    const QByteArray digits = QByteArray::number(cell.integer);
                    ok = text(j, digits.constData(), digits.size());
                    break;
                }
                if (c.column->codeLabel) {
                    const QByteArray code = QByteArray::fromRawData(cell.text, cell.size);
                    auto it = c.labels.constFind(code);
                    if (it == c.labels.cend()) {
                        if (c.labels.size() > 4096) // codes are few; a column of free text is not one
                            c.labels.clear();
                        it = c.labels.insert(
                            QByteArray(cell.text, cell.size),
                            c.column->codeLabel(QString::fromUtf8(cell.text, cell.size)).toUtf8());
                    }
                    ok = text(j, it.value().constData(), it.value().size());
                } else if (c.mask != MaskClass::None) {
                    const QByteArray value =
                        maskValue(c.mask, QString::fromUtf8(cell.text, cell.size)).toUtf8();
                    ok = text(j, value.constData(), value.size());
                } else {
                    ok = text(j, cell.text, cell.size);
                }
                break;
            }
            }
            if (!ok)
                return writeFailure(m_request.file, xlsx->result());
        }
        if (csv ? !csv->endRow() : !xlsx->endRow())
            return csv ? writeFailure(m_request.file, csvFile.errorString()) : writeFailure(m_request.file, xlsx->result());
        if (++done >= nextReport) {
            nextReport = done + step;
            emitProgress(done);
        }
    }
    if (!stream.status().ok())
        return storageFailure(ExportText::tr("The rows could not be read, so no file was written."),
                              stream.status());
    if (m_cancel.load())
        return Result::fail(ErrorKind::Rule, ExportText::tr("The export was cancelled."));
    if (csv) {
        if (!csv->finish() || !csvFile.flush())
            return writeFailure(m_request.file, csvFile.errorString());
        csvFile.close();
        if (csv->hadEncodingErrors())
            return Result::fail(
                ErrorKind::BadInput,
                ExportText::tr("Some characters (emoji, rare Hanja or symbols) cannot be written in CP949. "
                               "Choose CSV (UTF-8) or Excel instead."));
    } else if (!xlsx->finish()) {
        return writeFailure(m_request.file, xlsx->result());
    }
    m_total = std::max(m_total, done);
    emitProgress(done);
    return Result::success();
}

Result ExportJob::complete()
{
    if (!m_written.ok()) {
        m_file->discard();
        return m_written;
    }
    if (m_cancel.load()) {
        m_file->discard();
        return Result::fail(ErrorKind::Rule, ExportText::tr("The export was cancelled."));
    }
    // No audit row, no file: the row is written first, then the file appears.
    const Result logged =
        recordExport(m_ws, m_user, m_request.table, m_done.load(), m_personal, m_request.file);
    if (!logged.ok()) {
        m_file->discard();
        return logged;
    }
    if (!m_file->commit())
        return writeFailure(m_request.file, m_file->result());
    return Result::success();
}

} // namespace sd
