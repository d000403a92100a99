#pragma once
#include "core/user_session.h"

#include <QWidget>
#include <memory>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace sd {

class OrderActions;
class OrderDetailsPane;
class OrderFilterBar;
class OrderService;
class OrderTableModel;
class SelectionKeeper;
class StatusChipBar;
class Workspace;

// The 주문/배송 tab: status chips, filters and search, the orders table over OrderTableModel, the
// details pane, and the order actions on the selection.
class OrdersView : public QWidget
{
    Q_OBJECT
public:
    OrdersView(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~OrdersView() override;

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderActions *orderActions() const { return m_actions; }
    OrderDetailsPane *details() const { return m_details; }
    StatusChipBar *chips() const { return m_chips; }
    OrderFilterBar *filterBar() const { return m_filterBar; }

    void focusSearch();
    void refresh();
    void setDetailsVisible(bool visible);
    bool detailsVisible() const;

    // Column widths and order and the splitter, saved per user by the main window.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    void resetColumnLayout();

signals:
    // A write succeeded: for the status bar ("last saved").
    void saved(const QString &message);
    void message(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void selectionChanged();
    void updateEmptyState();
    void onWritten(const QString &message);
    void selectRow(int row);

    Workspace &m_ws;
    UserSession m_user;
    std::unique_ptr<OrderService> m_service;
    OrderTableModel *m_model;
    SelectionKeeper *m_keeper; // the selection follows orders, not row positions
    StatusChipBar *m_chips;
    OrderFilterBar *m_filterBar;
    QTableView *m_table;
    OrderDetailsPane *m_details;
    QSplitter *m_splitter;
    QLabel *m_emptyLabel;
    OrderActions *m_actions;
    QTimer *m_selectionTimer;
};

} // namespace sd
