#pragma once
#include "core/orders/order_transition.h"
#include "services/orders/order_service.h"
#include "ui/common/bulk_result_dialog.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QTableView;
class QWidget;

namespace sd {

class DispatchDrafts;
class OrderTableModel;
struct OrderRow;
class Workspace;

// The order actions of the orders view (발주확인, 송장 입력, 송장 수정, 배송완료, 구매확정, 발송지연 안내)
// on the selected rows: enabled by what the selection allows, with shortcuts. Each goes through the
// shared preview-then-apply flow (ui/bulk_flow.h): one order is processed directly; many are
// previewed (dry run), applied to those that can take it, and reported per order.
class OrderActions : public QObject
{
    Q_OBJECT
public:
    // A bulk action takes at most this many selected orders at once: their rows are read from the
    // orders model, whose cache holds 10,000 (the service itself takes any number, in stages).
    static constexpr int kMaxBulk = 1000;

    OrderActions(Workspace &workspace, OrderService &service, bool mayProcess, OrderTableModel *model,
                 QTableView *table, QWidget *dialogParent);

    // The day's actions (toolbar, menu, shortcuts); the corrections go in a menu of their own.
    QList<QAction *> actions() const;
    QList<QAction *> correctionActions() const;
    QAction *confirmAction() const { return m_confirm; }
    QAction *dispatchAction() const { return m_dispatch; }
    QAction *fixTrackingAction() const { return m_fixTracking; }
    QAction *deliverAction() const { return m_deliver; }
    QAction *correctDecisionAction() const { return m_decide; }
    QAction *delayAction() const { return m_delay; }
    // 선택 발송 처리: dispatches the selected rows' ready drafts (the grid's inline 택배사 / 송장번호).
    QAction *dispatchDraftsAction() const { return m_dispatchDrafts; }
    // The drafts of the grid's inline cells; the action stays disabled without them.
    void setDispatchDrafts(DispatchDrafts *drafts);

    void updateEnabled();

    void confirm();
    void dispatch();
    void fixTracking();
    void editTracking(OrderAction action);
    void deliver();
    void decide();
    void delay();
    void dispatchDrafts();

signals:
    // After a successful write: `message` for the status bar. The selection stays on the same orders.
    void written(const QString &message);

private:
    using Call = std::function<BulkReport(const QStringList &ids, bool dryRun, const BulkControl &control)>;
    // How the flows show orders: number, product (the service's label), buyer as the grid shows it.
    BulkView orderView(const QString &title, const QList<OrderRow> &rows,
                       const QString &skippedReason = {}) const;
    QAction *makeAction(const QString &objectName, const QString &text, const QList<QKeySequence> &keys,
                        const QString &tip);
    QList<OrderRow> selectedRows(int limit, bool *truncated = nullptr) const;
    // The selected rows awaiting dispatch whose draft is ready, in row order: the loaded rows of the
    // selection only (drafts are typed into rows on screen), never a walk over every selected row.
    QList<int> readyDraftRows() const;
    bool checkSelection(const QList<OrderRow> &rows, bool truncated);
    void runBulk(OrderAction action, const QList<OrderRow> &rows, const Call &call, const QString &warning);
    void runOnSelection(OrderAction action, const Call &call,
                        const std::function<QString(const QList<OrderRow> &)> &warning = {});

    Workspace &m_ws;
    OrderService &m_service;
    bool m_mayProcess;
    OrderTableModel *m_model;
    QTableView *m_table;
    QWidget *m_parent;
    QAction *m_confirm;
    QAction *m_dispatch;
    QAction *m_fixTracking;
    QAction *m_deliver;
    QAction *m_decide;
    QAction *m_delay;
    QAction *m_dispatchDrafts;
    DispatchDrafts *m_drafts = nullptr;
};

} // namespace sd
