// The orders view as a tab of the main window: its menus and toolbar, importing tracking numbers,
// exporting the orders shown, and the automatic purchase decision.
#include "core/calendar/seoul_time.h"
#include "core/table/table_orders.h"
#include "models/orders/order_table_model.h"
#include "services/common/export_service.h"
#include "services/orders/dispatch_import.h"
#include "services/orders/order_import.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "ui/common/action_bar.h"
#include "ui/common/export_progress.h"
#include "ui/common/row_position.h"
#include "ui/orders/deadline_counter_bar.h"
#include "ui/orders/dispatch_import_flow.h"
#include "ui/orders/order_import_flow.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_print.h"
#include "ui/orders/orders_view.h"
#include "ui/orders/selection_keeper.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace sd {

namespace {

// 파일 › … 내보내기: asks for the file (`stem` with the Seoul time in it), runs `write` and says why it
// failed (a cancel needs no message). The file's name when written, else empty.
QString exportInteractive(QWidget *parent, const QDateTime &now, const QString &title, const QString &stem,
                          const QString &failure,
                          const std::function<bool(const QString &, ExportFormat, QString *)> &write)
{
    QString fileName;
    ExportFormat format = ExportFormat::Xlsx;
    if (!chooseExportFile(parent, title, stem.arg(formatSeoul(now, QStringLiteral("yyyyMMdd-HHmm"))),
                          &fileName, &format))
        return {};
    QString error;
    if (!write(fileName, format, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(parent, title, failure.arg(error));
        return {};
    }
    return fileName;
}

} // namespace

QString OrdersView::title() const
{
    return tr("Orders && shipping");
}

QString OrdersView::menuTitle() const
{
    return tr("&Orders");
}

QList<QAction *> OrdersView::menuActions() const
{
    return m_menuActions;
}

QList<QAction *> OrdersView::toolbarActions() const
{
    // The day's actions are on the bar above the grid; the window's toolbar keeps the others (송장 수정,
    // 배송완료, …), so no button shows twice.
    const QList<QAction *> bar = barActions();
    QList<QAction *> rest;
    for (QAction *a : m_actions->actions()) {
        if (!bar.contains(a))
            rest << a;
    }
    return rest;
}

QList<QAction *> OrdersView::fileActions() const
{
    return m_fileActions;
}

QList<QAction *> OrdersView::viewActions() const
{
    return m_viewActions;
}

void OrdersView::focusContent()
{
    m_table->setFocus();
}

void OrdersView::buildTabActions()
{
    auto *importOrders = new QAction(tr("Import &orders…"), this);
    importOrders->setObjectName(QStringLiteral("importOrdersAction"));
    importOrders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importOrders->setEnabled(mayImportOrders());
    importOrders->setStatusTip(importOrders->isEnabled()
                                   ? tr("Bring in the order file downloaded from a seller center (.xlsx, .csv, "
                                        "a password-protected Naver download); you can also drop it on the "
                                        "window")
                                   : tr("Your role may not import orders"));
    connect(importOrders, &QAction::triggered, this, &OrdersView::importOrdersInteractive);
    auto *importAction = new QAction(tr("&Import tracking numbers…"), this);
    importAction->setObjectName(QStringLiteral("importTrackingAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    importAction->setEnabled(DispatchImportService::mayImport(m_user));
    importAction->setStatusTip(importAction->isEnabled()
                                   ? tr("Dispatch orders from a bulk dispatch upload file (.xlsx or .csv)")
                                   : tr("Your role may not import tracking numbers"));
    connect(importAction, &QAction::triggered, this, &OrdersView::importTrackingInteractive);
    auto *exportAction = new QAction(tr("&Export orders…"), this);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Save the orders shown (filters applied) as an Excel workbook or a CSV file"));
    connect(exportAction, &QAction::triggered, this, &OrdersView::exportOrdersInteractive);
    auto *templateAction = new QAction(tr("Export &dispatch template…"), this);
    templateAction->setObjectName(QStringLiteral("exportDispatchTemplateAction"));
    templateAction->setEnabled(DispatchImportService::mayImport(m_user));
    templateAction->setStatusTip(
        templateAction->isEnabled()
            ? tr("Save the selected orders, or the orders shown that await dispatch, as a bulk dispatch upload "
                 "file to fill in with tracking numbers")
            : tr("Your role may not import tracking numbers"));
    connect(templateAction, &QAction::triggered, this, &OrdersView::exportDispatchTemplateInteractive);
    m_fileActions = {importOrders, importAction, templateAction, exportAction};

    auto *find = new QAction(tr("&Search"), this);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, &OrdersView::focusSearch);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    // Corrections (구매확정 recorded from the marketplace) in a submenu of their own, not among the day's
    // actions.
    auto *corrections = new QMenu(tr("&Corrections"), this);
    corrections->setObjectName(QStringLiteral("correctionsMenu"));
    corrections->addActions(m_actions->correctionActions());
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    // 인쇄: the selection's packing list and slips (preview, then Qt's print dialog), or a PDF.
    const bool mayPrint = PackingListService::mayPrint(m_user);
    auto *printList = new QAction(tr("Print &packing list…"), this);
    printList->setObjectName(QStringLiteral("printPackingListAction"));
    printList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    printList->setStatusTip(tr("The selected orders' products and options with their summed quantities"));
    connect(printList, &QAction::triggered, this, [this] { printInteractive(false); });
    auto *printSlips = new QAction(tr("Print order &slips…"), this);
    printSlips->setObjectName(QStringLiteral("printSlipsAction"));
    printSlips->setStatusTip(tr("One page per order number of the selection: recipient, address, items"));
    connect(printSlips, &QAction::triggered, this, [this] { printInteractive(true); });
    auto *printPdf = new QAction(tr("Save as P&DF…"), this);
    printPdf->setObjectName(QStringLiteral("printPdfAction"));
    printPdf->setStatusTip(tr("The packing list and the order slips of the selection as a PDF file"));
    connect(printPdf, &QAction::triggered, this, &OrdersView::savePrintPdfInteractive);
    for (QAction *a : {printList, printSlips, printPdf})
        a->setEnabled(mayPrint);
    auto *separator3 = new QAction(this);
    separator3->setSeparator(true);
    m_menuActions = QList<QAction *>{find, separator} + m_actions->actions() +
                    QList<QAction *>{separator2, printList, printSlips, printPdf, separator3,
                                     corrections->menuAction()};

    m_detailsAction = new QAction(tr("Order &details pane"), this);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::toggled, this, &OrdersView::setDetailsVisible);
    auto *reset = new QAction(tr("Reset &columns"), this); // widths, order and hidden columns
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, &OrdersView::resetColumnLayout);
    m_viewActions = {m_detailsAction, reset, makeGoToRowAction(m_table, this)};
    addAction(m_viewActions.last()); // Ctrl+G while the tab shows, menu or not

    // Automatic purchase decision: once after login, then hourly.
    m_autoDecideTimer = new QTimer(this);
    m_autoDecideTimer->setInterval(60 * 60 * 1000);
    connect(m_autoDecideTimer, &QTimer::timeout, this, &OrdersView::runAutoDecide);
    m_autoDecideTimer->start();
    QTimer::singleShot(0, this, &OrdersView::runAutoDecide);
}

bool OrdersView::printDocument(PackingListService::Content content, PackingDocument *out, QString *error)
{
    PackingListService service(m_ws, m_user);
    Result r;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_keeper->allSelected()) {
        r = service.build(m_model->tableFilter(), content, out);
    } else {
        const QSet<QString> ids = m_keeper->selectedIds();
        QStringList selected(ids.cbegin(), ids.cend());
        std::sort(selected.begin(), selected.end());
        r = service.build(selected, content, out);
    }
    QApplication::restoreOverrideCursor();
    if (!r.ok())
        *error = r.message;
    return r.ok();
}

void OrdersView::printInteractive(bool slips)
{
    PackingDocument document;
    QString error;
    if (!printDocument(slips ? PackingListService::Content::PackingListAndSlips
                             : PackingListService::Content::PackingList,
                       &document, &error)) {
        QMessageBox::information(this, tr("Print"), error);
        return;
    }
    previewPackingDocument(this, document, slips ? PrintPart::Slips : PrintPart::PackingList);
}

bool OrdersView::savePrintPdf(const QString &file, QString *error)
{
    PackingDocument document;
    if (!printDocument(PackingListService::Content::PackingListAndSlips, &document, error))
        return false;
    const Result r = savePackingPdf(document, PrintPart::Both, file);
    if (!r.ok())
        *error = r.message;
    return r.ok();
}

void OrdersView::savePrintPdfInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(
        tr("orders-print-%1.pdf").arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("yyyyMMdd-HHmm"))));
    QString file = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        file += QStringLiteral(".pdf");
    QString error;
    if (!savePrintPdf(file, &error)) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return;
    }
    emit message(tr("Saved the packing list and the order slips to %1").arg(QDir::toNativeSeparators(file)));
}

QAction *OrdersView::fileAction(const QString &objectName) const
{
    for (QAction *a : m_fileActions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

QList<QAction *> OrdersView::barActions() const
{
    // The day's actions in the seller center's order: one line per button (and right-click entry);
    // nullptr is the gap before the file actions.
    return {
        m_actions->confirmAction(),           // 발주확인
        m_actions->dispatchAction(),          // 발송 처리 (송장 입력)
        m_actions->dispatchDraftsAction(),    // 선택 발송 처리 (the grid's typed 택배사 / 송장번호)
        m_actions->delayAction(),             // 발송지연 안내
        nullptr,                              // a gap: the files
        fileAction(QStringLiteral("exportAction")),         // 엑셀 다운로드
        fileAction(QStringLiteral("importTrackingAction")), // 엑셀 일괄발송
        fileAction(QStringLiteral("importOrdersAction")),   // 주문 가져오기
    };
}

void OrdersView::buildActionBar()
{
    // Shorter words on the buttons (the menus keep the actions' own texts).
    if (QAction *a = m_actions->dispatchAction())
        a->setIconText(tr("Dispatch"));
    if (QAction *a = fileAction(QStringLiteral("exportAction")))
        a->setIconText(tr("Excel download"));
    if (QAction *a = fileAction(QStringLiteral("importTrackingAction")))
        a->setIconText(tr("Excel bulk dispatch"));
    if (QAction *a = fileAction(QStringLiteral("importOrdersAction")))
        a->setIconText(tr("Import orders"));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    QList<QAction *> actions = barActions();
    actions.replace(actions.indexOf(nullptr), separator);
    actions.removeAll(nullptr);
    m_actionBar = new ActionBar(actions, m_barRow);
    auto *row = static_cast<QHBoxLayout *>(m_barRow->layout());
    row->addWidget(m_actionBar);
    row->addStretch(1);
    row->addWidget(m_counters);
    installRowContextMenu(
        m_table, [actions] { return actions; },
        [this] {
            m_selectionTimer->stop();
            selectionChanged(); // the actions' enabled states for the new selection, now
        });
}

void OrdersView::runAutoDecide()
{
    OrderService service(m_ws, m_user);
    const auto result = service.autoDecide();
    if (result.outcomes.isEmpty())
        return;
    if (!result.ok()) {
        emit message(tr("Automatic purchase decision failed: %1").arg(result.result.message));
        return;
    }
    refresh();
    emit saved(tr("Automatic purchase decision: %n orders", nullptr, int(result.outcomes.size())));
}

bool OrdersView::exportOrders(const QString &fileName, ExportFormat format, QString *error)
{
    // What the view shows: its filter, its sort and its visible columns in their order, streamed by the
    // export service on a worker (masked per role, audited, the file only when complete).
    const TableDescription &table = ordersTable();
    ExportRequest request;
    request.table = table.id;
    request.filter = m_model->tableFilter();
    request.sort = m_model->tableSort();
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical < table.columns.size())
            request.columns << table.columns.at(logical).id;
    }
    request.format = format;
    request.file = fileName;
    request.sheetName = tr("Orders");
    bool cancelled = false;
    const Result result =
        runExportWithProgress(this, m_ws, m_user, request, tr("Exporting orders…"), &cancelled);
    if (!result.ok()) {
        *error = cancelled ? QString() : result.message; // a cancel needs no message
        return false;
    }
    return true;
}

bool OrdersView::importTrackingFile(const QString &fileName)
{
    QString text;
    if (!importDispatchFile(this, m_ws, m_user, fileName, &text))
        return false;
    refresh();
    emit saved(text);
    return true;
}

bool OrdersView::mayImportOrders() const
{
    return OrderImportService::mayImport(m_user);
}

bool OrdersView::importOrdersFile(const QString &fileName)
{
    QString text;
    if (!importOrderFile(this, m_ws, m_user, fileName, &text)) {
        if (!text.isEmpty()) // cancelled
            emit message(text);
        return false;
    }
    refresh();
    emit saved(text);
    return true;
}

void OrdersView::importOrdersInteractive()
{
    if (!mayImportOrders())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import orders"), dir,
        tr("Order files (*.xlsx *.xls *.csv *.txt *.html *.htm);;All files (*)"));
    if (!fileName.isEmpty())
        importOrdersFile(fileName);
}

void OrdersView::importTrackingInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import tracking numbers"), dir, tr("Upload files (*.xlsx *.csv *.txt);;All files (*)"));
    if (!fileName.isEmpty())
        importTrackingFile(fileName);
}

void OrdersView::exportOrdersInteractive()
{
    const QString fileName =
        exportInteractive(this, m_ws.clock().nowUtc(), tr("Export orders"), tr("orders-%1"),
                          tr("The orders could not be exported: %1"),
                          [this](const QString &file, ExportFormat format, QString *error) {
                              return exportOrders(file, format, error);
                          });
    if (!fileName.isEmpty())
        emit message(tr("Exported %n orders to %1", nullptr, m_model->rowCount())
                         .arg(QDir::toNativeSeparators(fileName)));
}

bool OrdersView::exportDispatchTemplate(const QString &fileName, ExportFormat format, QString *error)
{
    // What the seller sees: the selection (orders known by id; Ctrl+A: every order of the current
    // filter), else the current filter's orders awaiting dispatch. The export service streams it on a
    // worker and writes the audit row.
    std::optional<ExportRequest> request;
    const QSet<QString> ids = m_keeper->allSelected() ? QSet<QString>() : m_keeper->selectedIds();
    if (m_keeper->allSelected() || ids.isEmpty()) {
        request = DispatchImportService::templateRequest(m_model->tableFilter(), m_keeper->allSelected(), format,
                                                         fileName, tr("Dispatch"));
    } else {
        QStringList selected(ids.cbegin(), ids.cend());
        std::sort(selected.begin(), selected.end());
        Result why;
        request = DispatchImportService::templateRequest(selected, format, fileName, tr("Dispatch"), &why);
        if (!request) {
            *error = why.message;
            return false;
        }
    }
    bool cancelled = false;
    const Result result = runExportWithProgress(this, m_ws, m_user, *request,
                                                tr("Exporting the dispatch template…"), &cancelled);
    if (!result.ok()) {
        *error = cancelled ? QString() : result.message;
        return false;
    }
    return true;
}

void OrdersView::exportDispatchTemplateInteractive()
{
    const QString fileName =
        exportInteractive(this, m_ws.clock().nowUtc(), tr("Export dispatch template"), tr("dispatch-%1"),
                          tr("The dispatch template could not be exported: %1"),
                          [this](const QString &file, ExportFormat format, QString *error) {
                              return exportDispatchTemplate(file, format, error);
                          });
    if (!fileName.isEmpty())
        emit message(tr("Exported the dispatch template to %1: fill in the couriers and tracking numbers, "
                        "then import it with Import tracking numbers")
                         .arg(QDir::toNativeSeparators(fileName)));
}

} // namespace sd
