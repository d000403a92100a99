#include "services/store/settings.h"

#include "core/orders/delay_reason.h"
#include "services/common/app_log.h"
#include "storage/common/audit_log.h"
#include "storage/common/database.h"
#include "storage/common/settings_repository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sd {

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    const char *defaultValue;
    int min = 0; // a number setting's range; min > max: a text setting
    int max = -1;
};

const Entry kEntries[] = {
    {Settings::Key::DispatchBusinessDays, "dispatch.business_days", "3", 1, 30},
    {Settings::Key::AutoDecideDaysNaver, "auto_decide.days.NAVER", "8", 1, 60},
    {Settings::Key::AutoDecideDaysKakao, "auto_decide.days.KAKAO", "8", 1, 60},
    {Settings::Key::AutoDecideDaysTalkCheckout, "auto_decide.days.TALK_CHECKOUT", "8", 1, 60},
    {Settings::Key::Language, "ui.language", "system"},
    {Settings::Key::DelayMaxDays, "delay.max_days", "90", 7, 365},
    {Settings::Key::AutoBackup, "backup.auto", "1", 0, 1},
    {Settings::Key::DelayNoticesKakao, "delay.max_notices.KAKAO", "1", 0, 9},
    {Settings::Key::DelayNoticesTalkCheckout, "delay.max_notices.TALK_CHECKOUT", "1", 0, 9},
};

// A translated reason when `value` cannot be stored under `e`.
QString valueProblem(const Entry &e, const QString &value)
{
    if (e.key == Settings::Key::Language) {
        if (value == QLatin1String("system") || value == QLatin1String("ko") || value == QLatin1String("en"))
            return {};
        return QCoreApplication::translate("sd::Settings",
                                           "The language must be system, ko or en, not \"%1\".")
            .arg(value);
    }
    bool ok = false;
    const int n = value.toInt(&ok);
    if (ok && n >= e.min && n <= e.max)
        return {};
    return QCoreApplication::translate("sd::Settings",
                                       "The setting %1 takes a whole number from %2 to %3, not \"%4\".")
        .arg(QString::fromLatin1(e.name))
        .arg(e.min)
        .arg(e.max)
        .arg(value);
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : kEntries) {
        if (e.key == key)
            return e;
    }
    return kEntries[0];
}
} // namespace

Settings::Settings(const QString &connectionName) : m_connection(connectionName)
{
    reload();
}

void Settings::reload()
{
    m_values = SettingsRepository(QSqlDatabase::database(m_connection, false)).all();
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

int Settings::delayNoticeLimit(Channel channel) const
{
    const DelayNoticeRule rule = delayNoticeRule(channel);
    if (rule.certain)
        return rule.limit;
    switch (channel) {
    case Channel::KakaoStore:
        return intValue(Key::DelayNoticesKakao);
    case Channel::TalkCheckout:
        return intValue(Key::DelayNoticesTalkCheckout);
    case Channel::NaverSmartstore:
        break;
    }
    return rule.limit;
}

Result Settings::set(const UserSession &user, Key key, const QString &value, const QDateTime &now)
{
    return set(user, {{key, value}}, now);
}

Result Settings::set(const UserSession &user, const QList<QPair<Key, QString>> &changes, const QDateTime &now)
{
    if (!user.can(Permission::ManageSettings))
        return Result::fail(
            ErrorKind::Permission,
            QCoreApplication::translate("sd::Settings", "You do not have permission to change settings."));
    // Every value is checked before anything is written, and all of them go in one transaction: a
    // save is never half done.
    for (const auto &c : changes) {
        const QString problem = valueProblem(entry(c.first), c.second);
        if (!problem.isEmpty())
            return Result::fail(ErrorKind::BadInput, problem);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction tx(db);
    Result step = tx.status();
    for (const auto &c : changes) {
        if (!step.ok() || value(c.first) == c.second)
            continue;
        step = SettingsRepository(db).set(keyName(c.first), c.second);
        if (step.ok())
            step = writeAudit(db, now, user.userId, AuditAction::SettingChange, QStringLiteral("setting"),
                              keyName(c.first), QString(), AuditChange{value(c.first), c.second});
    }
    if (step.ok())
        step = tx.commit();
    if (!step.ok())
        return storageFailure(QCoreApplication::translate(
                                  "sd::Settings", "The settings could not be saved. Nothing was changed."),
                              step);
    for (const auto &c : changes)
        m_values.insert(keyName(c.first), c.second);
    return Result::success();
}

} // namespace sd
