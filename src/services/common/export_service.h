#pragma once
#include "core/access/user_session.h"
#include "core/calendar/business_calendar.h"
#include "core/common/result.h"
#include "core/table/table_filter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace sd {

class PendingFile;
class Workspace;

enum class ExportFormat {
    Xlsx,     // typed cells (won and counts as numbers, dates as dates), frozen header and autofilter
    Csv,      // UTF-8 with a BOM, so Korean Excel shows Hangul
    CsvCp949, // for older programs; refused if a character cannot be kept
};

// What to export: a described table as a view shows it.
struct ExportRequest
{
    QString table; // a table description's id ("orders", "audit")
    TableFilter filter;
    TableSort sort;      // an empty column: the description's default sort
    QStringList columns; // column ids in the file's order; empty: every column of the description
    ExportFormat format = ExportFormat::Xlsx;
    QString file;      // the target; it appears only when the export is complete
    QString sheetName; // XLSX sheet name (translated by the caller); empty: the table's id
};

class ExportJob;

// Exports any described table straight from SQL (storage/table_stream: one forward-only query over
// the description's SELECT/FROM/WHERE/ORDER BY) into the CSV or XLSX writer, on a read connection of
// its own on a worker thread (or on the calling thread for the CLI). The contract:
// - Permission: the table's own (orders: ViewOrders), and ExportPersonalData when the file would hold
//   personal data unmasked (the role sees it unmasked and a chosen column has a masking class). A
//   role that sees personal data but may not export it is refused, not given a masked file: the file
//   holds what the view shows, or nothing. Roles without ViewPersonalData get every personal column
//   masked with the one masking function, as on screen.
// - The file appears only when complete: rows go to a temporary file in the target's folder, renamed
//   over the target at the end; a failure or cancel leaves nothing (and an older file of that name
//   untouched). Files are owner-only like everything the programs create.
// - Every finished export writes its audit row (recordExport: who, what, how many rows, whether
//   personal data left the program) before the file appears; no audit row, no file.
// - Memory stays bounded: rows are streamed, never collected; XLSX in constant-memory mode.
class ExportService
{
public:
    ExportService(Workspace &workspace, const UserSession &user);

    // Checks the request (permission, columns, filter, sort, target folder) and makes the job, not yet
    // started; nullptr with `result` set (Permission, BadInput, Storage) when refused.
    std::unique_ptr<ExportJob> prepare(const ExportRequest &request, Result *result);
    // prepare() and the whole export on the calling thread (the CLI). `rows` gets the rows written.
    Result run(const ExportRequest &request,
               const std::function<void(qint64 done, qint64 total)> &progress = {}, qint64 *rows = nullptr);

private:
    Workspace &m_ws;
    UserSession m_user;
};

// One export. Lives on the thread that prepared it (the workspace's); start() runs the writer on a
// worker thread and finished() arrives back here after the audit row and the rename.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ~ExportJob() override; // cancels and waits for the worker; an unfinished file is removed

    void start();
    // The whole export on the calling thread; `progress` is called from it.
    Result runHere(const std::function<void(qint64 done, qint64 total)> &progress = {});
    void cancel(); // any thread
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.load(); }
    qint64 rowsWritten() const { return m_done.load(); }
    bool containsPersonalData() const { return m_personal; }
    const ExportRequest &request() const { return m_request; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const sd::Result &result); // the file exists exactly when result.ok()

private:
    friend class ExportService;
    struct Column;
    ExportJob(Workspace &workspace, const UserSession &user, const ExportRequest &request);

    void work(); // the worker's part: stream the rows into the temporary file
    Result write(class TableStream &stream, qint64 total, class TableListing &listing);
    Result complete(); // the owner's part: audit row, then rename
    void emitProgress(qint64 done);

    Workspace &m_ws;
    UserSession m_user;
    ExportRequest m_request;
    QString m_databasePath;
    BusinessCalendar m_calendar; // a copy: the worker must not read the workspace's while it reloads
    QDate m_today;
    QList<int> m_columns; // description column indexes, in the file's order
    bool m_personal = false;
    std::unique_ptr<PendingFile> m_file;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_done{0};
    qint64 m_total = 0;
    Result m_written; // set by the worker before it ends
    std::function<void(qint64, qint64)> m_progressCallback;
};

} // namespace sd
