#pragma once
#include "core/access/user_session.h"
#include "core/calendar/business_calendar.h"
#include "core/common/result.h"

#include <QList>

namespace sd {

class Workspace;

// The store's own one-off holidays (elections, temporary holidays) on top of the public calendar.
class CalendarService
{
public:
    CalendarService(Workspace &workspace, const UserSession &user) : m_ws(workspace), m_user(user) {}

    QList<Holiday> userHolidays() const;
    // Needs ManageSettings; one transaction with an audit row; the workspace calendar is reloaded.
    Result addHoliday(const QDate &date, const QString &name);

private:
    Workspace &m_ws;
    UserSession m_user;
};

} // namespace sd
