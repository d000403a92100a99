#pragma once
#include "core/access/change_area.h"

#include <QObject>
#include <QTimer>

namespace sd {

class Workspace;

// Tells open views that the store changed, and what it touched (`changed`), whoever wrote:
// - this program: every commit on the workspace's connection schedules a check (queued, so a view never
//   refreshes in the middle of the service call that wrote);
// - another program (the CLI importing while the window is open): every kPollMs the watcher asks SQLite's
//   `PRAGMA data_version`, which changes only when another connection committed. It costs no table read
//   and no lock; only when it changed are the new audit rows read.
// What changed is told from the audit rows written since the last check (every write writes one), so a
// settings change refreshes the settings, not a million-row orders grid. Writes without an audit row
// (login attempts) refresh nothing, as no view shows them.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 1000; // other programs' writes show within about a second

    explicit StoreWatcher(Workspace &workspace, QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Checks now (after a commit of ours, or when the poll saw another program's commit).
    void check();
    void setPolling(bool on);

signals:
    void changed(sd::ChangeAreas areas);

private:
    void poll();
    qint64 dataVersion() const;

    Workspace &m_ws;
    QString m_connection;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    qint64 m_lastAuditId = 0;
    bool m_checkQueued = false;
};

} // namespace sd
