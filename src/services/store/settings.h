#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"
#include "core/orders/channel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace sd {

// Every setting, its key and its default, in one place. Values live in the settings table.
class Settings
{
public:
    enum class Key {
        DispatchBusinessDays, // 발송기한: payment + N business days (default 3)
        AutoDecideDaysNaver,  // automatic purchase decision N days after delivery (default 8)
        AutoDecideDaysKakao,
        AutoDecideDaysTalkCheckout,
        Language,     // "system", "ko" or "en"
        DelayMaxDays, // 발송지연 안내: the new dispatch date at most N days ahead (default 90)
        AutoBackup,   // a daily backup into "backups" beside the store at GUI start: 1 on, 0 off
        // 발송지연 안내 per order where the marketplace's limit is not documented (delayNoticeRule:
        // uncertain); 0 = no limit. Naver's one notice is a rule, not a setting.
        DelayNoticesKakao,
        DelayNoticesTalkCheckout,
    };

    // Over the connection named `connectionName` (the workspace's): no QtSql type in this header, which
    // the faces include.
    explicit Settings(const QString &connectionName);
    void reload();

    QString value(Key key) const;
    int intValue(Key key) const;
    // Writes the changed settings in one transaction, an audit row (before → after) for each; needs
    // ManageSettings. A value out of its key's range is BadInput and nothing is written.
    Result set(const UserSession &user, const QList<QPair<Key, QString>> &changes, const QDateTime &now);
    Result set(const UserSession &user, Key key, const QString &value, const QDateTime &now);

    int dispatchBusinessDays() const { return intValue(Key::DispatchBusinessDays); }
    int autoDecideDays(Channel channel) const;
    // How many delay notices an order on the channel may get: the core rule, or this setting where the
    // rule is uncertain. 0 = no limit.
    int delayNoticeLimit(Channel channel) const;
    static QString keyName(Key key);
    static QString defaultValue(Key key);

private:
    QString m_connection;
    QHash<QString, QString> m_values;
};

} // namespace sd
