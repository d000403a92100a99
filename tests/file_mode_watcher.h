#pragma once
// Watches a folder while something writes into it and records the mode of every file it sees, from
// the moment the file appears: "owner-only from the first byte" is checked while files are written,
// not only once they are finished.
#include <QDir>
#include <QHash>
#include <QString>
#include <atomic>
#include <mutex>
#include <sys/stat.h>
#include <sys/types.h>
#include <thread>

namespace sd::test {

class FileModeWatcher
{
public:
    explicit FileModeWatcher(const QString &folder) : m_folder(folder)
    {
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                const QStringList names = QDir(m_folder).entryList(QDir::Files | QDir::Hidden);
                for (const QString &name : names) {
                    struct stat st;
                    if (::stat(QDir(m_folder).filePath(name).toLocal8Bit().constData(), &st) != 0)
                        continue;
                    std::lock_guard<std::mutex> lock(m_mutex);
                    m_modes[name] |= int(st.st_mode & 0777);
                    ++m_samples;
                }
            }
        });
    }
    ~FileModeWatcher() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    // Every file seen, with the union of the mode bits it ever had.
    QHash<QString, int> modes() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_modes;
    }
    // Files that were ever readable or writable by group or others, as "name 0644".
    QStringList exposed() const
    {
        QStringList out;
        const auto all = modes();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (it.value() & 077)
                out << QStringLiteral("%1 %2").arg(it.key()).arg(it.value(), 4, 8, QLatin1Char('0'));
        }
        return out;
    }

private:
    QString m_folder;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QHash<QString, int> m_modes;
    qint64 m_samples = 0;
};

} // namespace sd::test
