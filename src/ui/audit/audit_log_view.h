#pragma once
#include "core/access/user_session.h"
#include "ui/common/tab_page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace sd {

class TableHeaderControl;
class TableModel;
class Workspace;

// 감사 로그 (for the master): every change and export, newest first: time, user, action, object,
// before → after. Filters by user, action and date; read-only. Built only from the shared machinery:
// the audit table description (core/table_audit) in the generic TableModel, a tab page, and the export
// service.
class AuditLogView : public TabPage
{
    Q_OBJECT
public:
    AuditLogView(Workspace &workspace, const UserSession &user, QWidget *parent = nullptr);
    ~AuditLogView() override;

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    ChangeAreas refreshOn() const override { return ChangeArea::Audit | ChangeArea::Staff; }
    void refresh() override;
    QList<QAction *> fileActions() const override { return m_fileActions; }
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;
    void focusContent() override;

    TableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *actionFilter() const { return m_action; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }

private:
    void applyFilter();
    void loadAccounts();
    void updateEmptyState();
    void exportInteractive();

    Workspace &m_ws;
    UserSession m_session;
    TableModel *m_model;
    QComboBox *m_user;
    QComboBox *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    TableHeaderControl *m_header = nullptr; // sorting, the autofilter and its chips
    QList<QAction *> m_fileActions;
};

} // namespace sd
