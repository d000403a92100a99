#pragma once
#include "core/calendar/business_calendar.h"
#include "core/calendar/clock.h"
#include "core/common/result.h"
#include "core/common/store_profile.h"
#include "services/store/settings.h"

#include <QString>
#include <memory>
#include <optional>

namespace sd {

class Database;
class InstanceLock;

// One open store: the database (locked against a second running instance), the clock, the business
// calendar with the user's own holidays, and the settings. The GUI and the CLI each open one and
// hand it to the services.
class Workspace
{
public:
    ~Workspace();
    // On failure `status` says why: BadInput when the file is not a SellerDesk store, else Storage (it
    // cannot be read or written, or another SellerDesk has it open with `exclusive`; the driver's text
    // is in the log).
    // With `exclusive` a second running instance is refused (the GUI); the CLI opens without it so it
    // can be scripted next to a running app (SQLite serializes writers).
    static std::unique_ptr<Workspace> open(const QString &databasePath, const Clock &clock, bool exclusive,
                                           Result *status = nullptr);
    static QString defaultDatabasePath();

    const Clock &clock() const { return m_clock; }
    const BusinessCalendar &calendar() const { return m_calendar; }
    Settings &settings() { return *m_settings; }
    bool isInitialized() const;
    std::optional<StoreProfile> storeProfile() const;
    QString databasePath() const;
    // Reloads the calendar after the user added a holiday.
    void reloadCalendar();

private:
    friend Database &storeDatabase(Workspace &workspace); // services/workspace_internal.h
    Workspace(const Clock &clock);
    const Clock &m_clock;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    BusinessCalendar m_calendar;
};

} // namespace sd
