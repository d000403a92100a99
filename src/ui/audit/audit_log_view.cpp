#include "ui/audit/audit_log_view.h"


#include "core/access/audit_action.h"
#include "core/calendar/seoul_time.h"
#include "core/table/table_audit.h"
#include "models/table/table_model.h"
#include "services/access/audit_log_service.h"
#include "services/common/export_service.h"
#include "services/store/workspace.h"
#include "ui/common/column_filters.h"
#include "ui/common/export_progress.h"
#include "ui/common/table_copy.h"
#include "ui/common/style/theme.h"
#include "ui/common/style/icon_set.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

namespace {
constexpr quint32 kLayoutVersion = 1;
// A date edit at its minimum shows "any" (QDateEdit's special value text).
const QDate kNoDate(2000, 1, 1);

QDate chosen(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}
} // namespace

AuditLogView::AuditLogView(Workspace &workspace, const UserSession &user, QWidget *parent)
    : TabPage(parent), m_ws(workspace), m_session(user),
      m_model(new TableModel(workspace.databasePath(), auditTable(), user, this)),
      m_user(new QComboBox(this)), m_action(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_table(new QTableView(this)), m_emptyLabel(new QLabel(m_table->viewport()))
{
    setObjectName(QStringLiteral("auditLogView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *filters = new QHBoxLayout;
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("All actions"), QString());
    QList<AuditAction> actions = allAuditActions();
    std::sort(actions.begin(), actions.end(), [](AuditAction a, AuditAction b) {
        return auditActionLabel(a).localeAwareCompare(auditActionLabel(b)) < 0;
    });
    for (AuditAction a : actions)
        m_action->addItem(auditActionLabel(a), auditActionCode(a));
    const QDate today = seoulDate(workspace.clock().nowUtc());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("Any day"));
        edit->setDate(kNoDate);
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setObjectName(QStringLiteral("auditFromFilter"));
    m_to->setObjectName(QStringLiteral("auditToFilter"));
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("auditClearFilters"));
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To"), this));
    filters->addWidget(m_to);
    filters->addWidget(clear);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_header = new TableHeaderControl(m_table, m_model, this); // any column sorts; "Filter…"
    const QList<QPair<int, int>> widths = {{AuditTable::At, 140},     {AuditTable::User, 110},
                                           {AuditTable::Action, 170}, {AuditTable::ObjectType, 90},
                                           {AuditTable::Object, 150}, {AuditTable::Before, 160},
                                           {AuditTable::After, 160}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_header->chipRow());
    installTableCopy(m_table, workspace, user); // Ctrl+C: the selected rows as a table
    layout->addWidget(m_table, 1);

    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    Theme::styleEmptyState(m_emptyLabel, IconSet::emptyAudit());
    m_emptyLabel->hide();

    loadAccounts();
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogView::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_user->setCurrentIndex(0);
        m_action->setCurrentIndex(0);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogView::updateEmptyState);
    connect(m_model, &TableModel::loadingChanged, this, &AuditLogView::updateEmptyState);
    connect(m_model, &TableModel::loadFailed, this, &AuditLogView::message);
    auto *exportAction = new QAction(tr("&Export audit log…"), this);
    exportAction->setObjectName(QStringLiteral("exportAuditAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Save the entries shown (filters applied) as an Excel workbook or a CSV file"));
    connect(exportAction, &QAction::triggered, this, &AuditLogView::exportInteractive);
    m_fileActions = {exportAction};

    setFocusProxy(m_table);
    applyFilter();
}

void AuditLogView::exportInteractive()
{
    ExportRequest request;
    request.table = auditTable().id;
    request.filter = m_model->tableFilter();
    request.sort = m_model->tableSort();
    request.sheetName = tr("Audit log");
    if (!chooseExportFile(
            this, tr("Export audit log"),
            tr("audit-log-%1").arg(formatSeoul(m_ws.clock().nowUtc(), QStringLiteral("yyyyMMdd-HHmm"))),
            &request.file, &request.format))
        return;
    bool cancelled = false;
    const Result r =
        runExportWithProgress(this, m_ws, m_session, request, tr("Exporting the audit log…"), &cancelled);
    if (!r.ok()) {
        if (!cancelled)
            QMessageBox::warning(this, tr("Export audit log"), r.message);
        return;
    }
    emit message(tr("Exported the audit log to %1").arg(QDir::toNativeSeparators(request.file)));
}

AuditLogView::~AuditLogView() = default;

QString AuditLogView::title() const
{
    return tr("Audit log");
}

void AuditLogView::loadAccounts()
{
    const QSignalBlocker block(m_user);
    const qint64 current = m_user->currentData().toLongLong();
    m_user->clear();
    m_user->addItem(tr("Everyone"), qint64(0));
    QList<AuditLogService::Account> accounts;
    const Result r = AuditLogService(m_ws, m_session).accounts(&accounts);
    if (!r.ok())
        emit message(r.message);
    for (const auto &a : accounts)
        m_user->addItem(QStringLiteral("%1 (%2)").arg(a.displayName, a.login), a.id);
    const int index = m_user->findData(current);
    m_user->setCurrentIndex(index < 0 ? 0 : index);
}

void AuditLogView::applyFilter()
{
    QList<qint64> users;
    if (const qint64 id = m_user->currentData().toLongLong(); id > 0)
        users << id;
    QList<AuditAction> actions;
    if (const auto a = auditActionFromCode(m_action->currentData().toString()))
        actions << *a;
    const TableFilter f = auditFilter(users, actions, chosen(m_from), chosen(m_to));
    if (f != m_model->tableFilter())
        m_model->setTableFilter(f);
    updateEmptyState();
}

void AuditLogView::refresh()
{
    loadAccounts(); // a new account may have written its first row
    m_model->refresh();
}

void AuditLogView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (empty) {
        m_emptyLabel->setText(m_model->tableFilter().isEmpty() ? tr("Nothing has been recorded yet.")
                                                               : tr("No entries match these filters."));
        m_emptyLabel->resize(m_table->viewport()->size());
    }
    m_emptyLabel->setVisible(empty);
}

void AuditLogView::focusContent()
{
    m_table->setFocus();
}

QByteArray AuditLogView::saveLayout() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kLayoutVersion << m_table->horizontalHeader()->saveState();
    return out;
}

void AuditLogView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray header;
    stream >> version >> header;
    if (version != kLayoutVersion || stream.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_header->syncIndicator();
}

} // namespace sd
