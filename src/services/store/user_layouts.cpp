#include "services/store/user_layouts.h"

#include "services/common/app_log.h"
#include "services/store/workspace.h"
#include "services/store/workspace_internal.h"
#include "storage/common/database.h"
#include "storage/common/settings_repository.h"

#include <QCoreApplication>

namespace sd {

namespace {
QString prefixFor(const QString &login)
{
    return QStringLiteral("layout.%1.").arg(login);
}
} // namespace

UserLayouts::UserLayouts(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

QString UserLayouts::keyFor(const QString &login, const QString &page)
{
    return prefixFor(login) + page;
}

QHash<QString, QByteArray> UserLayouts::load() const
{
    QHash<QString, QByteArray> pages;
    if (m_user.login.isEmpty())
        return pages;
    const QString prefix = prefixFor(m_user.login);
    const QHash<QString, QString> rows = SettingsRepository(storeDatabase(m_ws).connection()).withPrefix(prefix);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QByteArray bytes = QByteArray::fromBase64(it.value().toLatin1());
        if (!bytes.isEmpty())
            pages.insert(it.key().mid(prefix.size()), bytes);
    }
    return pages;
}

Result UserLayouts::save(const QHash<QString, QByteArray> &pages)
{
    if (m_user.login.isEmpty())
        return Result::success();
    const QHash<QString, QByteArray> before = load();
    QHash<QString, QByteArray> changed;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return Result::success(); // no write, and no commit for the store watcher to announce
    QSqlDatabase db = storeDatabase(m_ws).connection();
    WriteTransaction tx(db);
    Result step = tx.status();
    SettingsRepository repo(db);
    for (auto it = changed.cbegin(); it != changed.cend() && step.ok(); ++it) {
        const QString key = keyFor(m_user.login, it.key());
        step = it.value().isEmpty() ? repo.remove(key)
                                    : repo.set(key, QString::fromLatin1(it.value().toBase64()));
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return storageFailure(
            QCoreApplication::translate("sd::UserLayouts", "The column layout could not be saved."), step);
    return Result::success();
}

} // namespace sd
