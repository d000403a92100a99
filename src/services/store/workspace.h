#pragma once
#include "core/calendar/business_calendar.h"
#include "core/calendar/clock.h"
#include "core/common/result.h"
#include "core/common/store_profile.h"
#include "services/store/settings.h"

#include <QString>
#include <atomic>
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
    // This program wrote the store on another connection (the GUI's import on its worker): tells the
    // workspace connection's commit observer (the store watcher, so the views refresh) as a commit of its
    // own would. Call it on the workspace's thread once that write has ended.
    void notifyWritten();

    // Search documents a crashed import left (ARCHITECTURE.md, "Importing orders"): open() writes a first
    // batch only, so an open stays short. searchLags() says more is left (one read, no lock);
    // repairSearch() writes all of it here, in short transactions with pauses (the CLI does it
    // right after opening the store, before any command); repairSearchOn() does the same on a writer connection of the calling thread's
    // own, for a worker (the GUI), stopping early when `*stop` becomes true. Never fail: a failure is
    // logged and the search lags until a later repair.
    bool searchLags() const;
    void repairSearch();
    static void repairSearchOn(const QString &databasePath, const std::atomic_bool *stop = nullptr);

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
