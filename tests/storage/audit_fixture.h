#pragma once
// Synthetic audit rows for the table engine's second consumer, with the ground truth in C++.
#include "core/access/audit_action.h"
#include "core/calendar/seoul_time.h"
#include "result_support.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

namespace sd::test {

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // epoch ms
    qint64 userId = 0;
    AuditAction action = AuditAction::Login;
    QString entityId;
    QString before;
    QString after;
};

class AuditFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<AuditEntry> entries;
    QList<qint64> userIds;

    bool open()
    {
        QString error;
        db = keepMessage(&error, [&](sd::Result *r) {
            return Database::open(dir.filePath(QStringLiteral("audit.sqlite")), r);
        });
        if (!db) {
            qWarning("cannot open test database: %s", qPrintable(error));
            return false;
        }
        QSqlQuery q(db->connection());
        for (const char *login : {"master", "clerk", "accountant"}) {
            q.prepare(
                QStringLiteral("INSERT INTO users (login, display_name, role, password_hash, created_at) "
                               "VALUES (?, ?, 'MASTER', 'x', 0)"));
            q.addBindValue(QLatin1String(login));
            q.addBindValue(QStringLiteral("%1 (name)").arg(QLatin1String(login)));
            if (!q.exec())
                return false;
            userIds << q.lastInsertId().toLongLong();
        }
        return true;
    }
    QString path() const { return db->path(); }

    // n rows over a few days with many equal times (ties are broken by id), every user and action.
    bool insert(int n, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const qint64 base = QDateTime(QDate(2024, 3, 1), QTime(0, 0), seoulZone()).toMSecsSinceEpoch();
        WriteTransaction tx(db->connection());
        for (int i = 0; i < n; ++i) {
            AuditEntry e;
            e.at = base + qint64(rng.bounded(300)) * 20 * 60 * 1000; // 300 slots of 20 minutes
            e.userId = rng.bounded(4) == 0 ? 0 : userIds.at(rng.bounded(int(userIds.size())));
            e.action = allAuditActions().at(rng.bounded(int(allAuditActions().size())));
            e.entityId = QStringLiteral("2024%1").arg(i, 6, 10, QLatin1Char('0'));
            if (rng.bounded(2)) {
                e.before = QStringLiteral("NEW");
                e.after = QStringLiteral("CONFIRMED");
            }
            QString error;
            if (!okOr(writeAudit(db->connection(), fromEpochMs(e.at), e.userId, e.action,
                                 QStringLiteral("order"), e.entityId, QStringLiteral("n=1"),
                                 {e.before, e.after}),
                      &error)) {
                qWarning("audit insert failed: %s", qPrintable(error));
                return false;
            }
            QSqlQuery q(db->connection());
            q.exec(QStringLiteral("SELECT last_insert_rowid()"));
            q.next();
            e.id = q.value(0).toLongLong();
            entries << e;
        }
        return tx.commit().ok();
    }

    // Newest first (or oldest), ties by id in the same direction.
    QList<AuditEntry> expected(bool descending,
                               const std::function<bool(const AuditEntry &)> &keep = {}) const
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : entries) {
            if (!keep || keep(e))
                out << e;
        }
        std::sort(out.begin(), out.end(), [descending](const AuditEntry &a, const AuditEntry &b) {
            if (a.at != b.at)
                return descending ? a.at > b.at : a.at < b.at;
            return descending ? a.id > b.id : a.id < b.id;
        });
        return out;
    }
};

} // namespace sd::test
