#include "ui/orders/orders_view.h"

#include "core/calendar/seoul_time.h"
#include "core/orders/dispatch_deadline.h"
#include "core/table/table_orders.h"
#include "models/orders/order_table_model.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "ui/common/column_menu.h"
#include "ui/common/selection_header.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_details_pane.h"
#include "ui/orders/order_filter_bar.h"
#include "ui/orders/selection_keeper.h"
#include "ui/orders/status_chip_bar.h"
#include "ui/common/style/theme.h"
#include "ui/common/style/icon_set.h"
#include "ui/common/style/status_badge_delegate.h"

#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace sd {

namespace {
constexpr int kRowHeight = 26;
constexpr quint32 kLayoutVersion = 2; // 2: the courier label columns, hidden by default
} // namespace

OrdersView::OrdersView(Workspace &workspace, const UserSession &user, QWidget *parent)
    : TabPage(parent), m_ws(workspace), m_user(user),
      m_service(std::make_unique<OrderService>(workspace, user)),
      m_model(new OrderTableModel(workspace.databasePath(), user, &workspace.calendar(), workspace.clock(),
                                  this)),
      m_keeper(new SelectionKeeper(m_model, this)), m_chips(new StatusChipBar(this)),
      m_filterBar(new OrderFilterBar(workspace.clock(), this)), m_table(new QTableView(this)),
      m_details(new OrderDetailsPane(*m_service, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_emptyLabel(new QLabel(m_table->viewport())), m_selectionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_chips);
    layout->addWidget(m_filterBar);

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model); // after the keeper was made (see SelectionKeeper)
    m_keeper->attach(m_table->selectionModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    installSelectionHeader(m_table); // the checkbox column: the selection, per row
    // Big table: fixed row heights, never ResizeToContents (it would read every row).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::PaidAt, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    resetColumnLayout();
    installColumnMenu(m_table->horizontalHeader());
    // Only some columns sort (each has an index); put the indicator back when another is clicked.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (!OrderTableModel::isSortable(column)) {
                    const OrderSort sort = m_model->currentSort();
                    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
                        if (OrderTableModel::sortKeyFor(c) == sort.key) {
                            const QSignalBlocker block(m_table->horizontalHeader());
                            m_table->horizontalHeader()->setSortIndicator(
                                c, sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                            break;
                        }
                    }
                }
            });

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    Theme::styleEmptyState(m_emptyLabel, IconSet::emptyOrders());
    m_emptyLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_emptyLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("import"))
            importOrdersInteractive();
    });
    m_emptyLabel->hide();
    m_table->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 360});
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_actions =
        new OrderActions(workspace, *m_service, user.can(Permission::ProcessOrders), m_model, m_table, this);
    addActions(m_actions->actions());
    installDispatchEntry(); // orders_dispatch_entry.cpp

    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(60);
    connect(m_selectionTimer, &QTimer::timeout, this, &OrdersView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionTimer,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OrdersView::updateEmptyState);
    connect(m_model, &OrderTableModel::loadingChanged, this, [this](bool loading) {
        updateEmptyState();
        if (!loading)
            m_actions->updateEnabled(); // the selected rows' new statuses are in
    });
    connect(m_model, &OrderTableModel::statusCountsChanged, m_chips, &StatusChipBar::setCounts);
    connect(m_model, &OrderTableModel::loadFailed, this, &OrdersView::message);
    connect(m_chips, &StatusChipBar::selectionChanged, this, &OrdersView::applyFilter);
    connect(m_filterBar, &OrderFilterBar::changed, this, &OrdersView::applyFilter);
    connect(m_filterBar, &OrderFilterBar::searchSubmitted, this, [this] {
        m_table->setFocus();
        if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
            selectRow(0);
    });
    connect(m_actions, &OrderActions::written, this, &OrdersView::onWritten);

    setFocusProxy(m_table);
    buildTabActions();
    applyFilter();
}

OrdersView::~OrdersView() = default;

void OrdersView::applyFilter()
{
    OrderFilter f;
    f.statuses = m_chips->statuses();
    f.atRiskOnly = m_chips->atRiskOnly();
    // 지연 위험: due today or by the next business day (or already past).
    f.riskDate = riskCutoff(seoulDate(m_ws.clock().nowUtc()), m_ws.calendar());
    m_filterBar->applyTo(f);
    if (f != m_model->filter())
        m_model->setFilter(f);
    updateEmptyState();
}

void OrdersView::refresh()
{
    m_model->refresh();
    m_details->reload();
}

void OrdersView::focusSearch()
{
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

void OrdersView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, OrderTableModel::ProductOrderNo);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OrdersView::selectionChanged()
{
    // Count through the ranges: selectedRows() would build an index per row of a Ctrl+A on a big table.
    const QItemSelection selection = m_table->selectionModel()->selection();
    qint64 count = 0;
    int firstRow = -1;
    for (const QItemSelectionRange &range : selection) {
        count += range.height();
        firstRow = firstRow < 0 ? range.top() : std::min(firstRow, range.top());
    }
    if (count == 1) {
        const QString id = m_model->productOrderNoAt(firstRow);
        if (!id.isEmpty() && id != m_details->currentOrder())
            m_details->showOrder(id);
    } else {
        m_details->showSelectionCount(int(std::min<qint64>(count, INT_MAX)));
    }
    m_actions->updateEnabled();
}

void OrdersView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (empty) {
        const OrderFilter f = m_model->filter();
        const bool filtered = !f.statuses.isEmpty() || f.atRiskOnly || m_filterBar->hasConditions();
        if (filtered) {
            m_emptyLabel->setTextFormat(Qt::PlainText);
            m_emptyLabel->setText(tr("No orders match these conditions."));
        } else {
            // A store without orders: where they come from, and the demo for a first look.
            const QString demo = tr("For a first look, run \"sellerdesk-cli demo\" to create example orders.");
            QString text = QStringLiteral("<p>%1</p>").arg(tr("There are no orders yet.").toHtmlEscaped());
            if (mayImportOrders())
                text += QStringLiteral("<p>%1</p>")
                            .arg(tr("Bring in the order file you downloaded from your seller center with %1, "
                                    "or drop the file on this window.")
                                     .toHtmlEscaped()
                                     .arg(QStringLiteral("<a href=\"import\">%1</a>")
                                              .arg(tr("File › Import orders…").toHtmlEscaped())));
            text += QStringLiteral("<p>%1</p>").arg(demo.toHtmlEscaped());
            m_emptyLabel->setTextFormat(Qt::RichText);
            m_emptyLabel->setText(text);
        }
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    }
    m_emptyLabel->setVisible(empty);
}

bool OrdersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(20, 20, -20, -20));
    return QWidget::eventFilter(watched, event);
}

// The selection stays on the orders it holds (SelectionKeeper); nothing moves on by itself.
void OrdersView::onWritten(const QString &message)
{
    m_model->refresh();
    m_details->reload();
    emit saved(message);
}

void OrdersView::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
}

bool OrdersView::detailsVisible() const
{
    return m_details->isVisibleTo(const_cast<OrdersView *>(this));
}

QByteArray OrdersView::saveLayout() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kLayoutVersion << m_table->horizontalHeader()->saveState() << m_splitter->saveState()
           << !m_details->isHidden();
    return out;
}

void OrdersView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header, splitter;
    bool details = true;
    stream >> version >> header >> splitter >> details;
    if (version != kLayoutVersion || stream.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    // The sort comes from the model, not from the saved header.
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::PaidAt, Qt::DescendingOrder);
    m_splitter->restoreState(splitter);
    m_details->setVisible(details);
    if (m_detailsAction)
        m_detailsAction->setChecked(details);
}

void OrdersView::resetColumnLayout()
{
    QHeaderView *h = m_table->horizontalHeader();
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
        h->moveSection(h->visualIndex(c), c);
        h->setSectionHidden(c, ordersTable().columns[c].hiddenByDefault);
        h->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    // The status badges whole in every language (English labels are longer than Korean ones).
    int statusWidth = 80;
    for (const OrderStatus s : allStatuses())
        statusWidth = qMax(statusWidth, StatusBadgeDelegate::cellWidthFor(m_table->fontMetrics(), statusLabel(s)));
    const QList<QPair<int, int>> widths = {{OrderTableModel::Status, statusWidth},
                                           {OrderTableModel::PaidAt, 125},
                                           {OrderTableModel::DispatchDue, 90},
                                           {OrderTableModel::Risk, 70},
                                           {OrderTableModel::ProductOrderNo, 150},
                                           {OrderTableModel::OrderNo, 140},
                                           {OrderTableModel::Channel, 120},
                                           {OrderTableModel::Product, 220},
                                           {OrderTableModel::Option, 140},
                                           {OrderTableModel::Quantity, 45},
                                           {OrderTableModel::Amount, 90},
                                           {OrderTableModel::Buyer, 70},
                                           {OrderTableModel::Recipient, 70},
                                           {OrderTableModel::Phone, 115},
                                           {OrderTableModel::Courier, 90},
                                           {OrderTableModel::TrackingNo, 120},
                                           {OrdersTable::Phone2, 115},
                                           {OrdersTable::Postcode, 60},
                                           {OrdersTable::Address, 220},
                                           {OrdersTable::AddressDetail, 120},
                                           {OrdersTable::DeliveryMessage, 160},
                                           {OrdersTable::CustomsCode, 110}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    h->setStretchLastSection(false);
}

} // namespace sd
