#include "services/store/store_watcher.h"

#include "core/common/log_category.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace sd {

StoreWatcher::StoreWatcher(Workspace &workspace, QObject *parent)
    : QObject(parent), m_ws(workspace), m_connection(storeDatabase(workspace).connection().connectionName())
{
    qRegisterMetaType<sd::ChangeAreas>();
    QSqlQuery q(storeDatabase(m_ws).connection());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) && q.next())
        m_lastAuditId = q.value(0).toLongLong();
    m_dataVersion = dataVersion();
    // Our own commits: check once the service call that committed has returned.
    QPointer<StoreWatcher> self(this);
    setCommitObserver(m_connection, [self] {
        if (!self || self->m_checkQueued)
            return;
        self->m_checkQueued = true;
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (self) {
                    self->m_checkQueued = false;
                    self->check();
                }
            },
            Qt::QueuedConnection);
    });
    m_timer.setInterval(kPollMs);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    m_timer.start();
}

StoreWatcher::~StoreWatcher()
{
    setCommitObserver(m_connection, {});
}

void StoreWatcher::setPolling(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

qint64 StoreWatcher::dataVersion() const
{
    QSqlQuery q(storeDatabase(m_ws).connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

void StoreWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    check();
}

void StoreWatcher::check()
{
    QSqlQuery q(storeDatabase(m_ws).connection());
    // One row per action, however many rows a demo or an import wrote.
    q.prepare(QStringLiteral("SELECT action, MAX(id) FROM audit_log WHERE id > ? GROUP BY action"));
    q.addBindValue(m_lastAuditId);
    if (!q.exec()) {
        qCWarning(sdServices) << "store watcher: the audit log cannot be read:" << q.lastError().text();
        return;
    }
    ChangeAreas areas;
    while (q.next()) {
        areas |= changeAreasOfAuditCode(q.value(0).toString());
        m_lastAuditId = std::max(m_lastAuditId, q.value(1).toLongLong());
    }
    if (areas)
        emit changed(areas);
}

} // namespace sd
