#pragma once
#include <QFlags>
#include <QMetaType>
#include <QString>

namespace sd {

// What a committed change touched, for refreshing open views (services/StoreWatcher). Told from the
// audit rows a change writes: every write writes one, whichever program made it.
enum class ChangeArea {
    Orders = 0x1,   // orders, their history, their contacts
    Settings = 0x2, // settings, holidays
    Store = 0x4,    // the store profile
    Staff = 0x8,    // accounts, logins, lockouts
    Audit = 0x10,   // the audit log itself: every change
};
Q_DECLARE_FLAGS(ChangeAreas, ChangeArea)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeAreas)

// The areas an audit action code touches ("orders.confirm" -> Orders | Audit). A code this program does
// not know (a newer program wrote it) touches everything, so nothing stays stale.
ChangeAreas changeAreasOfAuditCode(const QString &code);
ChangeAreas allChangeAreas();

} // namespace sd

Q_DECLARE_METATYPE(sd::ChangeAreas)
