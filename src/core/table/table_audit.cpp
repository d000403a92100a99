#include "core/table/table_audit.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

namespace {

TableColumn column(const QString &id, const char *label, ColumnKind kind, const QString &sql)
{
    TableColumn c;
    c.id = id;
    c.label = [label] { return QCoreApplication::translate("sd::AuditTable", label); };
    c.kind = kind;
    c.sql = sql;
    return c;
}

QString objectTypeLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("sd::AuditTable", "Order")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("sd::AuditTable", "User")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("sd::AuditTable", "Store")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("sd::AuditTable", "Setting")},
        {QStringLiteral("holiday"), QT_TRANSLATE_NOOP("sd::AuditTable", "Holiday")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("sd::AuditTable", "Backup")},
        // an export names the table it wrote
        {QStringLiteral("orders"), QT_TRANSLATE_NOOP("sd::AuditTable", "Orders list")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("sd::AuditTable", "Audit log")},
    };
    const auto it = labels.constFind(code);
    return it == labels.cend() ? code : QCoreApplication::translate("sd::AuditTable", it.value());
}

TableDescription makeAuditTable()
{
    using namespace AuditTable;
    TableDescription t;
    t.id = QStringLiteral("audit");
    t.from = QStringLiteral("audit_log a LEFT JOIN users u ON u.id = a.user_id");
    t.idSql = QStringLiteral("a.id");
    t.permission = Permission::ManageStaff;
    t.columns.resize(ColumnCount);
    t.columns[At] = column(QStringLiteral("at"), QT_TRANSLATE_NOOP("sd::AuditTable", "Time"),
                           ColumnKind::DateTime, QStringLiteral("a.at"));
    t.columns[At].sortIndex = QStringLiteral("audit_log_at_id");
    // Shown by name, filtered by id: a renamed account keeps its rows.
    t.columns[User] = column(QStringLiteral("user"), QT_TRANSLATE_NOOP("sd::AuditTable", "User"),
                             ColumnKind::Text, QStringLiteral("u.display_name"));
    t.columns[User].filterSql = QStringLiteral("a.user_id");
    // A row without a user was written by the program itself (the automatic backup, purchase decision).
    t.columns[User].sql = QStringLiteral("COALESCE(u.display_name, '')");
    t.columns[User].codeLabel = [](const QString &name) {
        return name.isEmpty() ? QCoreApplication::translate("sd::AuditTable", "SellerDesk (automatic)")
                              : name;
    };
    t.columns[Action] = column(QStringLiteral("action"), QT_TRANSLATE_NOOP("sd::AuditTable", "Action"),
                               ColumnKind::Status, QStringLiteral("a.action"));
    t.columns[Action].codeLabel = [](const QString &code) {
        const auto a = auditActionFromCode(code);
        return a ? auditActionLabel(*a) : code;
    };
    t.columns[ObjectType] =
        column(QStringLiteral("object_type"), QT_TRANSLATE_NOOP("sd::AuditTable", "Object type"),
               ColumnKind::Text, QStringLiteral("a.entity"));
    t.columns[ObjectType].codeLabel = objectTypeLabel;
    t.columns[Object] = column(QStringLiteral("object"), QT_TRANSLATE_NOOP("sd::AuditTable", "Object"),
                               ColumnKind::Text, QStringLiteral("a.entity_id"));
    t.columns[Before] = column(QStringLiteral("before"), QT_TRANSLATE_NOOP("sd::AuditTable", "Before"),
                               ColumnKind::Text, QStringLiteral("a.\"before\""));
    t.columns[After] = column(QStringLiteral("after"), QT_TRANSLATE_NOOP("sd::AuditTable", "After"),
                              ColumnKind::Text, QStringLiteral("a.\"after\""));
    t.columns[Detail] = column(QStringLiteral("detail"), QT_TRANSLATE_NOOP("sd::AuditTable", "Detail"),
                               ColumnKind::Text, QStringLiteral("a.detail"));
    t.defaultSort = t.columns[At].id;
    t.defaultDescending = true;
    return t;
}

} // namespace

const TableDescription &auditTable()
{
    static const TableDescription table = makeAuditTable();
    return table;
}

std::optional<AuditAction> auditActionFromCode(const QString &code)
{
    static const QHash<QString, AuditAction> byCode = [] {
        QHash<QString, AuditAction> h;
        for (AuditAction a : allAuditActions())
            h.insert(auditActionCode(a), a);
        return h;
    }();
    const auto it = byCode.constFind(code);
    return it == byCode.cend() ? std::nullopt : std::optional<AuditAction>(it.value());
}

TableFilter auditFilter(const QList<qint64> &userIds, const QList<AuditAction> &actions, const QDate &from,
                        const QDate &to)
{
    const TableDescription &t = auditTable();
    TableFilter f;
    if (!userIds.isEmpty()) {
        QVariantList ids;
        for (qint64 id : userIds)
            ids << id;
        f.columns << ColumnFilter::oneOf(t.columns[AuditTable::User].id, ids);
    }
    if (!actions.isEmpty()) {
        QVariantList codes;
        for (AuditAction a : actions)
            codes << auditActionCode(a);
        f.columns << ColumnFilter::oneOf(t.columns[AuditTable::Action].id, codes);
    }
    if (from.isValid() || to.isValid())
        f.columns << ColumnFilter::dateRange(t.columns[AuditTable::At].id, from, to);
    return f;
}

} // namespace sd
