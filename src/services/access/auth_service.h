#pragma once
#include "core/access/user_session.h"
#include "core/common/result.h"

namespace sd {

class Workspace;

// Login with lockout: 5 failed attempts within 15 minutes lock the account, for 15 minutes the first
// time and twice as long each time after (at most 24 hours). Attempts and lockouts are recorded.
class AuthService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kWindowMinutes = 15;

    explicit AuthService(Workspace &workspace) : m_ws(workspace) {}
    Result login(const QString &login, const QString &password, UserSession *session);

    static qint64 lockMinutes(int lockCount); // 15, 30, 60, ... capped at 1440

private:
    Workspace &m_ws;
};

} // namespace sd
