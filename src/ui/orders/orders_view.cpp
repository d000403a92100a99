#include "ui/orders/orders_view.h"

#include "core/calendar/seoul_time.h"
#include "core/orders/dispatch_deadline.h"
#include "core/table/table_orders.h"
#include "models/orders/order_table_model.h"
#include "services/orders/order_service.h"
#include "services/store/workspace.h"
#include "ui/common/column_filters.h"
#include "ui/common/row_position.h"
#include "ui/common/table_copy.h"
#include "ui/orders/deadline_counter_bar.h"
#include "ui/orders/deadline_delegate.h"
#include "ui/common/selection_header.h"
#include "ui/orders/order_actions.h"
#include "ui/orders/order_details_pane.h"
#include "ui/orders/order_filter_bar.h"
#include "ui/orders/selection_keeper.h"
#include "ui/orders/shipment_group_delegate.h"
#include "ui/orders/status_chip_bar.h"
#include "ui/common/style/theme.h"
#include "ui/common/style/icon_set.h"
#include "ui/common/style/status_badge_delegate.h"

#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace sd {

namespace {
constexpr int kRowHeight = 26;
// 2: the courier label columns, hidden by default; 3: the compact default (a layout saved before it is
// dropped, so everyone gets the new default once).
constexpr quint32 kLayoutVersion = 3;
} // namespace

OrdersView::OrdersView(Workspace &workspace, const UserSession &user, QWidget *parent)
    : TabPage(parent), m_ws(workspace), m_user(user),
      m_service(std::make_unique<OrderService>(workspace, user)),
      m_model(new OrderTableModel(workspace.databasePath(), user, &workspace.calendar(), workspace.clock(),
                                  this)),
      m_keeper(new SelectionKeeper(m_model, this)), m_chips(new StatusChipBar(this)),
      m_filterBar(new OrderFilterBar(workspace.clock(), this)), m_counters(new DeadlineCounterBar(this)),
      m_barRow(new QWidget(this)), m_table(new QTableView(this)),
      m_details(new OrderDetailsPane(*m_service, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_emptyLabel(new QLabel(m_table->viewport())), m_selectionTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_chips);
    layout->addWidget(m_filterBar);
    // The day's actions on the left, the deadline counters on the right (filled by buildActionBar).
    auto *barLayout = new QHBoxLayout(m_barRow);
    barLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_barRow);

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
    ShipmentGroupDelegate::installOn(m_table); // 합포장: rows of one 주문번호 marked as one shipment
    resetColumnLayout();
    // Sorting by any column read by SQL, the header's column menu with "Filter…" and "Reset columns", and
    // the column filters' chips under the filter bar.
    m_header = new TableHeaderControl(m_table, m_model, this, [this] { resetColumnLayout(); });
    layout->addWidget(m_header->chipRow());
    installTableCopy(m_table, workspace, user); // Ctrl+C: the selected rows as a table for Excel
    // 발송기한 and 지연 위험 coloured by the row's deadline (오늘, 기한 초과, 기한 임박) from Theme.
    auto *deadlines = new DeadlineDelegate(m_table);
    m_table->setItemDelegateForColumn(OrderTableModel::DispatchDue, deadlines);
    m_table->setItemDelegateForColumn(OrderTableModel::Risk, deadlines);

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
    m_rowPosition = new RowPositionLabel(m_table, this);
    Theme::setTone(m_rowPosition, Theme::Tone::Muted);
    layout->addWidget(m_rowPosition);

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
    connect(m_model, &OrderTableModel::deadlineCountsChanged, this,
            [this](const OrderTableModel::DeadlineCounts &counts) {
                m_chips->setRiskCount(counts.atRisk);
                m_counters->setCounts(counts.counters);
            });
    // A counter shows its orders among all statuses; a chip takes the counter off.
    connect(m_counters, &DeadlineCounterBar::chosenChanged, this, [this] {
        if (m_counters->chosen()) {
            const QSignalBlocker block(m_chips);
            m_chips->selectAll();
        }
        applyFilter();
    });
    connect(m_chips, &StatusChipBar::selectionChanged, m_counters, [this] { m_counters->choose(std::nullopt); });
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
    buildActionBar();
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
    f.deadline = m_counters->chosen();
    if (f.deadline)
        f.today = seoulDate(m_ws.clock().nowUtc());
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
    const QModelIndex index = m_model->index(row, OrderTableModel::Status); // leftmost: no sideways scroll
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
        const bool filtered = !f.statuses.isEmpty() || f.atRiskOnly || f.deadline || m_filterBar->hasConditions() ||
                              !m_model->columnFilters().isEmpty();
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
    m_header->syncIndicator();
    m_splitter->restoreState(splitter);
    m_details->setVisible(details);
    if (m_detailsAction)
        m_detailsAction->setChecked(details);
}

// The compact default (issue 9): at a 1366 px window with the details pane at its default size, status,
// 결제일시, 발송기한, 상품명/옵션, 수량, 금액, 구매자/수취인 and 택배사/송장 are in view without scrolling; the
// numbers, the channel, 지연 위험 (the row's tint says it) and the phone follow; 주문번호 is hidden (the
// 합포장 marker groups its rows; the column chooser brings it back), like the courier label fields
// (core's hiddenByDefault).
void OrdersView::resetColumnLayout()
{
    QHeaderView *h = m_table->horizontalHeader();
    const QList<int> order = {OrderTableModel::Status,     OrderTableModel::PaidAt,    OrderTableModel::DispatchDue,
                              OrderTableModel::Product,    OrderTableModel::Option,    OrderTableModel::Quantity,
                              OrderTableModel::Amount,     OrderTableModel::Buyer,     OrderTableModel::Recipient,
                              OrderTableModel::Courier,    OrderTableModel::TrackingNo, OrderTableModel::Risk,
                              OrderTableModel::ProductOrderNo, OrderTableModel::Channel, OrderTableModel::Phone,
                              OrderTableModel::OrderNo};
    QList<int> visual = order;
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
        if (!visual.contains(c))
            visual << c; // the columns hidden by default, in their own order
    }
    for (int v = 0; v < visual.size(); ++v)
        h->moveSection(h->visualIndex(visual.at(v)), v);
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c) {
        h->setSectionHidden(c, ordersTable().columns[c].hiddenByDefault);
        h->setSectionResizeMode(c, QHeaderView::Interactive);
    }
    // The status badges whole in every language (English labels are longer than Korean ones).
    int statusWidth = 80;
    for (const OrderStatus s : allStatuses())
        statusWidth = qMax(statusWidth, StatusBadgeDelegate::cellWidthFor(m_table->fontMetrics(), statusLabel(s)));
    const QList<QPair<int, int>> widths = {{OrderTableModel::Status, statusWidth},
                                           {OrderTableModel::PaidAt, 106},
                                           {OrderTableModel::DispatchDue, 82},
                                           {OrderTableModel::Risk, 64},
                                           {OrderTableModel::ProductOrderNo, 130},
                                           {OrderTableModel::OrderNo, 130},
                                           {OrderTableModel::Channel, 110},
                                           {OrderTableModel::Product, 132},
                                           {OrderTableModel::Option, 80},
                                           {OrderTableModel::Quantity, 40},
                                           {OrderTableModel::Amount, 84},
                                           {OrderTableModel::Buyer, 58},
                                           {OrderTableModel::Recipient, 58},
                                           {OrderTableModel::Phone, 110},
                                           {OrderTableModel::Courier, 84},
                                           {OrderTableModel::TrackingNo, 110},
                                           {OrdersTable::Phone2, 110},
                                           {OrdersTable::Postcode, 60},
                                           {OrdersTable::Address, 220},
                                           {OrdersTable::AddressDetail, 120},
                                           {OrdersTable::DeliveryMessage, 160},
                                           {OrdersTable::CustomsCode, 110}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    // The 지연 위험 badges whole too (오늘 / 내일 / 임박 / 초과; "Tomorrow" in English).
    int riskWidth = 64;
    for (const QString &label : deadlineRiskShortLabels())
        riskWidth = qMax(riskWidth, StatusBadgeDelegate::cellWidthFor(m_table->fontMetrics(), label));
    m_table->setColumnWidth(OrderTableModel::Risk, riskWidth);
    // The narrow count column keeps its whole header in every language ("Quantity" is wider than 수량).
    const QString quantity = m_model->headerData(OrderTableModel::Quantity, Qt::Horizontal).toString();
    m_table->setColumnWidth(OrderTableModel::Quantity,
                            qMax(40, h->fontMetrics().horizontalAdvance(quantity) +
                                         2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h) + 4));
    h->setStretchLastSection(false);
}

} // namespace sd
