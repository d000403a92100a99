#include "services/settings.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/settings_repository.h"

#include <QCoreApplication>

namespace sd {

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    const char *defaultValue;
};

const Entry kEntries[] = {
    {Settings::Key::DispatchBusinessDays, "dispatch.business_days", "3"},
    {Settings::Key::AutoDecideDaysNaver, "auto_decide.days.NAVER", "8"},
    {Settings::Key::AutoDecideDaysKakao, "auto_decide.days.KAKAO", "8"},
    {Settings::Key::AutoDecideDaysTalkCheckout, "auto_decide.days.TALK_CHECKOUT", "8"},
    {Settings::Key::Language, "ui.language", "system"},
    {Settings::Key::DelayMaxDays, "delay.max_days", "90"},
};

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : kEntries) {
        if (e.key == key)
            return e;
    }
    return kEntries[0];
}
} // namespace

Settings::Settings(QSqlDatabase db) : m_db(db)
{
    reload();
}

void Settings::reload()
{
    m_values = SettingsRepository(m_db).all();
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QString Settings::defaultValue(Key key)
{
    return QString::fromLatin1(entry(key).defaultValue);
}

QString Settings::value(Key key) const
{
    return m_values.value(keyName(key), defaultValue(key));
}

int Settings::intValue(Key key) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : defaultValue(key).toInt();
}

int Settings::autoDecideDays(Channel channel) const
{
    switch (channel) {
    case Channel::NaverSmartstore:
        return intValue(Key::AutoDecideDaysNaver);
    case Channel::KakaoStore:
        return intValue(Key::AutoDecideDaysKakao);
    case Channel::TalkCheckout:
        return intValue(Key::AutoDecideDaysTalkCheckout);
    }
    return 8;
}

Result Settings::set(const UserSession &user, Key key, const QString &value, const QDateTime &now)
{
    if (!user.can(Permission::ManageSettings))
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::Settings", "You do not have permission to change settings."));
    WriteTransaction tx(m_db);
    QString why;
    if (!tx.isActive() || !SettingsRepository(m_db).set(keyName(key), value, &why) ||
        !writeAudit(m_db, now, user.userId, QStringLiteral("setting.change"), QStringLiteral("setting"),
                    keyName(key), value, &why) ||
        !tx.commit())
        return Result::fail(ErrorKind::Storage,
                            QCoreApplication::translate("sd::Settings", "The setting could not be saved: %1")
                                .arg(why.isEmpty() ? tx.error() : why));
    m_values.insert(keyName(key), value);
    return Result::success();
}

} // namespace sd
