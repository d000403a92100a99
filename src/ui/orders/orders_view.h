#pragma once
#include "core/access/user_session.h"
#include "services/common/export_service.h"
#include "services/orders/packing_list.h"
#include "ui/common/tab_page.h"

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace sd {

class ActionBar;
class DeadlineCounterBar;
class DispatchDrafts;
class OrderActions;
class OrderDetailsPane;
class RowPositionLabel;
class OrderFilterBar;
class OrderService;
class OrderTableModel;
class SelectionKeeper;
class StatusChipBar;
class TableHeaderControl;
class Workspace;

// The 주문/배송 tab: status chips, filters and search, the orders table over OrderTableModel, the
// details pane, the order actions on the selection, importing tracking numbers, exporting the orders
// shown, and the automatic purchase decision (after login, then hourly). Its tab-page parts are in
// orders_tab.cpp.
class OrdersView : public TabPage
{
    Q_OBJECT
public:
    OrdersView(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~OrdersView() override;

    // TabPage
    QString pageId() const override { return QStringLiteral("orders"); }
    QString title() const override;
    ChangeAreas refreshOn() const override { return ChangeArea::Orders; }
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    QList<QAction *> toolbarActions() const override;
    QList<QAction *> fileActions() const override;
    QList<QAction *> viewActions() const override;
    void focusContent() override;

    // Runs the automatic purchase decision now (also done after login and hourly).
    void runAutoDecide();
    // Exports the orders shown to `file`; false with a message on failure (nothing is left behind).
    bool exportOrders(const QString &file, ExportFormat format, QString *error);
    // The dispatch template (발송처리 양식) of what the seller sees: the selected orders (Ctrl+A: every
    // order of the current filter), else the current filter's orders awaiting dispatch; false with a
    // message on failure (empty when cancelled).
    bool exportDispatchTemplate(const QString &file, ExportFormat format, QString *error);
    // 송장 일괄 가져오기 from `file`: preview dialog, then all rows, the applicable ones or none. True when
    // orders were written.
    bool importTrackingFile(const QString &file);
    // 주문 가져오기 from `file` (파일 › 주문 가져오기, a file dropped on the window): ui/orders/order_import_flow.
    // True when orders were written; the view then reloads and the status bar says what came in.
    bool importOrdersFile(const QString &file);
    // 인쇄 (ui/orders/order_print): what the selection prints (the selected orders, Ctrl+A: every order of
    // the current filter), built by PackingListService; false with a message when there is nothing or
    // the role may not.
    bool printDocument(PackingListService::Content content, PackingDocument *out, QString *error);
    // The packing list and the slips of the selection as a PDF (owner-only, complete or absent).
    bool savePrintPdf(const QString &file, QString *error);
    // Asks for an order file, then importOrdersFile().
    void importOrdersInteractive();
    bool mayImportOrders() const;

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderActions *orderActions() const { return m_actions; }
    OrderDetailsPane *details() const { return m_details; }
    StatusChipBar *chips() const { return m_chips; }
    OrderFilterBar *filterBar() const { return m_filterBar; }
    DeadlineCounterBar *counters() const { return m_counters; }
    ActionBar *actionBar() const { return m_actionBar; }
    RowPositionLabel *rowPosition() const { return m_rowPosition; }
    // The day's actions of the bar above the grid and of its right-click menu, one list (orders_tab.cpp).
    QList<QAction *> barActions() const; // nullptr: a gap
    // The inline 택배사 / 송장번호 drafts (null for roles that may not process orders).
    DispatchDrafts *dispatchDrafts() const { return m_drafts; }

    void focusSearch();
    void refresh() override;
    void setDetailsVisible(bool visible);
    bool detailsVisible() const;

    // Column widths and order and the splitter, saved per user by the main window.
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;
    void resetColumnLayout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void selectionChanged();
    void updateEmptyState();
    void onWritten(const QString &message);
    void selectRow(int row);
    void buildTabActions(); // orders_tab.cpp
    void buildActionBar();  // orders_tab.cpp: the bar, the grid's right-click menu
    QAction *fileAction(const QString &objectName) const;
    void installDispatchEntry(); // orders_dispatch_entry.cpp
    void exportOrdersInteractive();
    void importTrackingInteractive();
    void exportDispatchTemplateInteractive();
    void printInteractive(bool slips);
    void savePrintPdfInteractive();

    Workspace &m_ws;
    UserSession m_user;
    std::unique_ptr<OrderService> m_service;
    OrderTableModel *m_model;
    SelectionKeeper *m_keeper; // the selection follows orders, not row positions
    StatusChipBar *m_chips;
    OrderFilterBar *m_filterBar;
    DeadlineCounterBar *m_counters;
    QWidget *m_barRow; // the action bar and the deadline counters, above the grid
    ActionBar *m_actionBar = nullptr;
    RowPositionLabel *m_rowPosition = nullptr;
    QTableView *m_table;
    OrderDetailsPane *m_details;
    QSplitter *m_splitter;
    QLabel *m_emptyLabel;
    OrderActions *m_actions;
    QTimer *m_selectionTimer;
    TableHeaderControl *m_header = nullptr; // sorting, the autofilter and its chips
    QTimer *m_autoDecideTimer = nullptr;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_menuActions;
    QList<QAction *> m_viewActions;
    QAction *m_detailsAction = nullptr;
    DispatchDrafts *m_drafts = nullptr;
};

} // namespace sd
