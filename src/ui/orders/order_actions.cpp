#include "ui/orders/order_actions.h"

#include "core/calendar/seoul_time.h"
#include "core/common/korean_particle.h"
#include "core/orders/courier.h"
#include "models/orders/dispatch_drafts.h"
#include "models/orders/order_table_model.h"
#include "services/store/workspace.h"
#include "ui/common/bulk_flow.h"
#include "ui/orders/delay_dialog.h"
#include "ui/orders/dispatch_dialog.h"

#include <QAction>
#include <QHash>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSet>
#include <QTableView>

namespace sd {

namespace {

bool allows(OrderAction action, const OrderRow &r)
{
    return actionAvailable({r.status, !r.trackingNo.isEmpty()}, action);
}

QString shortcutTip(const QString &tip, const QKeySequence &key)
{
    return key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

} // namespace

OrderActions::OrderActions(Workspace &workspace, OrderService &service, bool mayProcess,
                           OrderTableModel *model, QTableView *table, QWidget *dialogParent)
    : QObject(dialogParent), m_ws(workspace), m_service(service), m_mayProcess(mayProcess), m_model(model),
      m_table(table), m_parent(dialogParent)
{
    m_confirm = makeAction(QStringLiteral("confirmAction"), actionLabel(OrderAction::Confirm),
                           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                           tr("Confirm the selected new orders"));
    m_dispatch = makeAction(QStringLiteral("dispatchAction"), tr("Enter tracking"),
                            {QKeySequence(Qt::CTRL | Qt::Key_T)},
                            tr("Enter courier and tracking number and dispatch"));
    m_fixTracking = makeAction(QStringLiteral("fixTrackingAction"), tr("Change tracking"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                               tr("Change the courier or tracking number of shipped orders"));
    m_deliver = makeAction(QStringLiteral("deliverAction"), tr("Mark delivered"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                           tr("Mark the selected orders as delivered"));
    // 구매확정 is the buyer's or the marketplace's (and SellerDesk's automatic decision): the seller only
    // corrects the store when the marketplace has decided and no file said so yet. No shortcut, not on
    // the toolbar: a correction entry of the orders menu.
    m_decide = makeAction(QStringLiteral("correctDecisionAction"), tr("Purchase decided on the marketplace…"),
                          {}, tr("Correction: record that the marketplace has already decided the purchase of "
                                 "the selected shipped orders"));
    m_delay = makeAction(QStringLiteral("delayAction"), tr("Delay notice"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                         tr("Send a delayed-dispatch notice with a new date and reason"));
    m_dispatchDrafts = makeAction(QStringLiteral("dispatchDraftsAction"), tr("Dispatch selected"), {},
                                  tr("Dispatch the selected orders with the courier and tracking number "
                                     "typed into their rows"));
    connect(m_dispatchDrafts, &QAction::triggered, this, &OrderActions::dispatchDrafts);
    connect(m_confirm, &QAction::triggered, this, &OrderActions::confirm);
    connect(m_dispatch, &QAction::triggered, this, &OrderActions::dispatch);
    connect(m_fixTracking, &QAction::triggered, this, &OrderActions::fixTracking);
    connect(m_deliver, &QAction::triggered, this, &OrderActions::deliver);
    connect(m_decide, &QAction::triggered, this, &OrderActions::decide);
    connect(m_delay, &QAction::triggered, this, &OrderActions::delay);
    updateEnabled();
}

QAction *OrderActions::makeAction(const QString &objectName, const QString &text,
                                  const QList<QKeySequence> &keys, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(shortcutTip(tip, keys.value(0)));
    a->setStatusTip(tip);
    return a;
}

QList<QAction *> OrderActions::actions() const
{
    return {m_confirm, m_dispatch, m_dispatchDrafts, m_fixTracking, m_deliver, m_delay};
}

QList<QAction *> OrderActions::correctionActions() const
{
    return {m_decide};
}

QList<OrderRow> OrderActions::selectedRows(int limit, bool *truncated) const
{
    QList<OrderRow> out;
    QList<int> missing;
    if (truncated)
        *truncated = false;
    const QItemSelection selection = m_table->selectionModel()->selection();
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (rows.size() >= limit) {
                if (truncated)
                    *truncated = true;
                break;
            }
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Rows far from what is on screen may not be loaded yet: ask for them and wait briefly.
    bool waited = false;
    for (int row : rows) {
        auto r = m_model->rowAt(row);
        if (!r && !waited) {
            for (int other : rows)
                m_model->data(m_model->index(other, 0));
            m_model->waitForIdle(5000);
            waited = true;
            r = m_model->rowAt(row);
        }
        if (r)
            out.append(*r);
    }
    return out;
}

void OrderActions::updateEnabled()
{
    const bool mayProcess = m_mayProcess;
    QList<OrderRow> rows;
    if (mayProcess && m_table->selectionModel()) {
        const QItemSelection selection = m_table->selectionModel()->selection();
        int checked = 0;
        for (const QItemSelectionRange &range : selection) {
            for (int row = range.top(); row <= range.bottom() && checked < 2000; ++row, ++checked) {
                if (auto r = m_model->rowAt(row))
                    rows.append(*r);
            }
        }
    }
    const QList<QPair<QAction *, OrderAction>> pairs = {
        {m_confirm, OrderAction::Confirm},         {m_dispatch, OrderAction::Dispatch},
        {m_fixTracking, OrderAction::FixTracking}, {m_deliver, OrderAction::Deliver},
        {m_decide, OrderAction::CorrectDecision},  {m_delay, OrderAction::DelayDispatch}};
    for (const auto &p : pairs) {
        bool any = false;
        for (const OrderRow &r : rows) {
            if (allows(p.second, r)) {
                any = true;
                break;
            }
        }
        p.first->setEnabled(any);
    }
    m_dispatchDrafts->setEnabled(mayProcess && m_drafts && !readyDraftRows().isEmpty());
}

void OrderActions::setDispatchDrafts(DispatchDrafts *drafts)
{
    m_drafts = drafts;
    updateEnabled();
}

QList<int> OrderActions::readyDraftRows() const
{
    QList<int> out;
    if (!m_drafts || m_drafts->isEmpty() || !m_table->selectionModel())
        return out;
    const QItemSelection selection = m_table->selectionModel()->selection();
    const QList<QPair<int, int>> loaded = m_model->loadedRanges();
    QSet<int> seen;
    for (const QItemSelectionRange &range : selection) {
        for (const auto &l : loaded) {
            const int last = std::min(range.bottom(), l.second);
            for (int row = std::max(range.top(), l.first); row <= last; ++row) {
                if (!seen.contains(row) && m_drafts->isReady(m_model->loadedProductOrderNo(row)) &&
                    m_model->awaitsDispatchAt(row)) {
                    seen.insert(row);
                    out << row;
                }
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool OrderActions::checkSelection(const QList<OrderRow> &rows, bool truncated)
{
    if (rows.isEmpty())
        return false;
    if (truncated)
        QMessageBox::information(
            m_parent, tr("Many orders selected"),
            tr("Only the first %1 selected orders are processed at once.").arg(kMaxBulk));
    return true;
}

BulkView OrderActions::orderView(const QString &title, const QList<OrderRow> &rows,
                                 const QString &skippedReason) const
{
    // Buyers as the orders view shows them: the rows come from the model, masked for roles without
    // ViewPersonalData.
    QHash<QString, QString> buyers;
    for (const OrderRow &r : rows)
        buyers.insert(r.productOrderNo, r.buyerName);
    BulkView view;
    view.title = title;
    view.keyHeader = tr("Product order no.");
    view.labelHeader = tr("Product");
    view.extraHeaders = {tr("Buyer")};
    view.extraCells = [buyers](const QString &key) { return QStringList{buyers.value(key)}; };
    view.countText = [](int n) { return tr("%n orders", nullptr, n); };
    view.skippedReason = skippedReason;
    return view;
}

void OrderActions::runBulk(OrderAction action, const QList<OrderRow> &rows, const Call &call,
                           const QString &warning)
{
    BulkFlowSpec spec;
    spec.view = orderView(actionLabel(action), rows);
    for (const OrderRow &r : rows)
        spec.keys << r.productOrderNo;
    spec.warning = warning;
    spec.run = call;
    const BulkFlowResult result = runBulkFlow(m_parent, spec);
    if (!result.written)
        return;
    const QString title = spec.view.title;
    const int count = int(result.report.writtenKeys().size());
    emit written(spec.keys.size() == 1 ? tr("%1: %2").arg(title, spec.keys.first())
                                       : tr("%1: %n orders", nullptr, count).arg(title));
}

// The selection (at most kMaxBulk orders) through the shared preview-then-apply flow; `warning` (may
// be empty) is asked before an irreversible action and may name the one selected order.
void OrderActions::runOnSelection(OrderAction action, const Call &call,
                                  const std::function<QString(const QList<OrderRow> &)> &warning)
{
    bool truncated = false;
    const QList<OrderRow> rows = selectedRows(kMaxBulk, &truncated);
    if (!checkSelection(rows, truncated))
        return;
    runBulk(action, rows, call, warning ? warning(rows) : QString());
}

void OrderActions::confirm()
{
    runOnSelection(OrderAction::Confirm, [this](const QStringList &ids, bool dry, const BulkControl &c) {
        return m_service.confirm(ids, dry, c);
    });
}

void OrderActions::deliver()
{
    runOnSelection(OrderAction::Deliver, [this](const QStringList &ids, bool dry, const BulkControl &c) {
        return m_service.deliver(ids, dry, c);
    });
}

void OrderActions::decide()
{
    runOnSelection(
        OrderAction::CorrectDecision,
        [this](const QStringList &ids, bool dry, const BulkControl &c) {
            return m_service.correctDecision(ids, dry, c);
        },
        [](const QList<OrderRow> &rows) {
            const QString why =
                tr("This is a correction: purchases are decided by the buyer or automatically, by the "
                   "marketplace and by SellerDesk after the set number of days. Use it only when the seller "
                   "center already shows 구매확정 and no order file has brought it yet. It is recorded as a "
                   "correction in the history and the audit log and cannot be undone.");
            return rows.size() == 1
                       ? argWithParticle(tr("Record that the marketplace has decided the purchase of order "
                                            "%1?"),
                                         rows.first().productOrderNo) +
                             QStringLiteral("\n\n") + why
                       : tr("Record that the marketplace has decided these purchases?") +
                             QStringLiteral("\n\n") + why;
        });
}

void OrderActions::delay()
{
    bool truncated = false;
    const QList<OrderRow> rows = selectedRows(kMaxBulk, &truncated);
    if (!checkSelection(rows, truncated))
        return;
    const QDate today = seoulDate(m_ws.clock().nowUtc());
    QDate base = today;
    for (const OrderRow &r : rows)
        base = std::max(base, r.dispatchDue);
    // How often the marketplaces take a notice, for the channels of the selection (Naver: once).
    QStringList rules;
    for (Channel c : allChannels()) {
        const bool selected =
            std::any_of(rows.cbegin(), rows.cend(), [c](const OrderRow &r) { return r.channel == c; });
        if (selected)
            rules << delayNoticeRuleText(c, m_service.delayNoticeLimit(c), delayNoticeRule(c).certain);
    }
    DelayDialog dialog(
        int(rows.size()), m_ws.calendar().addBusinessDays(base, 3),
        [this](const QDate &date, DelayReason reason, const QString &detail,
               OrderService::DelayField *field) {
            return m_service.checkDelayInput(date, reason, detail, field);
        },
        rules, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate date = dialog.newDate();
    const DelayReason reason = dialog.reason();
    const QString detail = dialog.detail();
    runBulk(
        OrderAction::DelayDispatch, rows,
        [=](const QStringList &ids, bool dry, const BulkControl &c) {
            return m_service.delay(ids, date, reason, detail, dry, c);
        },
        QString());
}

void OrderActions::dispatch()
{
    editTracking(OrderAction::Dispatch);
}

void OrderActions::fixTracking()
{
    editTracking(OrderAction::FixTracking);
}

// 송장 입력 and 송장 수정: the selected orders that can take the action, in the tracking dialog (which
// checks rows with the service as they are edited), then the report.
void OrderActions::editTracking(OrderAction action)
{
    const bool fix = action == OrderAction::FixTracking;
    bool truncated = false;
    const QList<OrderRow> rows = selectedRows(kMaxBulk, &truncated);
    if (!checkSelection(rows, truncated))
        return;
    QList<DispatchDialog::Target> targets;
    for (const OrderRow &r : rows) {
        if (allows(action, r))
            targets.append({r.productOrderNo, QStringLiteral("%1 · %2").arg(r.productName, r.recipientName),
                            fix ? r.courierCode : QString(), fix ? r.trackingNo : QString()});
    }
    if (targets.isEmpty())
        return;
    DispatchDialog dialog(fix ? DispatchDialog::Mode::FixTracking : DispatchDialog::Mode::Dispatch, targets,
                          m_service, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BulkReport result = dialog.result();
    if (targets.size() == 1) {
        emit written(result.outcomes.value(0).message);
        return;
    }
    const int written = int(result.writtenKeys().size());
    if (m_drafts)
        m_drafts->forget(result.writtenKeys());
    emit this->written(fix ? tr("Tracking changed on %n orders", nullptr, written)
                           : tr("Dispatched %n orders", nullptr, written));
    showBulkReport(m_parent, orderView(dialog.windowTitle(), rows, tr("No tracking number was entered.")),
                   QString(), result, dialog.skippedOrders());
}

// 선택 발송 처리: the drafts typed into the selected rows, through the dispatch use case and the shared
// flow (one order directly, more with the preview). Written orders lose their draft; a refused one
// keeps it, with the run's reason.
void OrderActions::dispatchDrafts()
{
    if (!m_drafts || !m_mayProcess)
        return;
    QList<OrderRow> rows;
    QHash<QString, DispatchRequest> requests;
    QStringList keys;
    for (int row : readyDraftRows()) {
        const auto r = m_model->rowAt(row);
        if (!r || requests.contains(r->productOrderNo))
            continue;
        rows << *r;
        keys << r->productOrderNo;
        requests.insert(r->productOrderNo, m_drafts->request(r->productOrderNo));
    }
    if (keys.isEmpty())
        return;
    BulkFlowSpec spec;
    spec.view = orderView(tr("Dispatch selected"), rows);
    spec.view.extraHeaders << tr("Courier") << tr("Tracking no.");
    spec.view.extraCells = [buyers = spec.view.extraCells, requests](const QString &key) {
        const DispatchRequest r = requests.value(key);
        return buyers(key) << courierLabel(r.courier) << normalizeTrackingNumber(r.trackingNo);
    };
    spec.keys = keys;
    spec.run = [this, requests](const QStringList &ids, bool dry, const BulkControl &c) {
        QList<DispatchRequest> list;
        for (const QString &id : ids)
            list << requests.value(id);
        return m_service.dispatch(list, dry, c);
    };
    const BulkFlowResult result = runBulkFlow(m_parent, spec);
    m_drafts->forget(result.report.writtenKeys());
    for (const BulkOutcome &o : std::as_const(result.report.outcomes)) {
        if (o.state == BulkOutcome::State::Refused && requests.contains(o.key))
            m_drafts->setRefused(o.key, o.message);
    }
    if (!result.written)
        return;
    const int count = int(result.report.writtenKeys().size());
    emit written(count == 1 ? tr("%1: %2").arg(spec.view.title, result.report.writtenKeys().first())
                            : tr("Dispatched %n orders", nullptr, count));
}

} // namespace sd
