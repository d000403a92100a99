#pragma once
#include "core/common/result.h"
#include "core/orders/channel.h"

#include <QList>
#include <QString>

namespace sd {

class Workspace;

struct StoreSetup
{
    // The fields, so a face can show a problem next to the one it concerns.
    enum class Field {
        None,
        StoreName,
        BusinessNo,
        Channels,
        MasterLogin,
        MasterName,
        Password,
        PasswordRepeat
    };

    QString storeName;  // 상호
    QString businessNo; // 사업자등록번호, with or without hyphens
    QList<Channel> channels;
    QString masterLogin;
    QString masterName;
    QString password;
    QString passwordRepeat;
};

// First run: the store profile and its master account, in one transaction.
class SetupService
{
public:
    explicit SetupService(Workspace &workspace) : m_ws(workspace) {}
    // Checks every field; the first problem comes back as BadInput with a translated message, and
    // `field` says which one it is.
    Result validate(const StoreSetup &setup, StoreSetup::Field *field = nullptr) const;
    Result initialize(const StoreSetup &setup, StoreSetup::Field *field = nullptr);

private:
    Workspace &m_ws;
};

} // namespace sd
