#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace sd {

// Read-only access to an OLE compound file (MS-CFB) held in memory: the container of a
// password-protected .xlsx (streams EncryptionInfo and EncryptedPackage) and of an old .xls (Workbook
// or Book). Versions 3 (512-byte sectors) and 4 (4096-byte sectors).
//
// The file is hostile until proven otherwise: every sector number is checked against the file, every
// chain (DIFAT, FAT, mini FAT, directory, stream) is walked at most once per sector (a loop is an
// error, not a hang), a stream may not claim more bytes than its chain or the file holds, and nothing
// is allocated beyond the size of the file. Only the root storage's own entries are looked up by name
// (case-insensitively, as the format compares names); nested storages are not entered.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray &bytes);

    // False when the bytes are no compound file this reader can trust; detail() says why.
    bool isOpen() const { return m_open; }
    // Why opening or the last readStream() failed, in plain English for logs and tests (not shown to
    // users: damagedMessage() is).
    QString detail() const { return m_detail; }
    // True when the last failure was data missing at the end of the file (a cut-off download).
    bool truncated() const { return m_truncated; }
    // The translated message for a container that cannot be read.
    static QString damagedMessage();

    int version() const { return m_version; }
    // Names of the streams directly in the root storage, in directory order.
    QStringList streamNames() const;
    bool hasStream(const QString &name) const;
    // Size the directory declares for a root stream (-1 when there is none).
    qint64 streamSize(const QString &name) const;
    // Reads the root stream `name` into `out`. False (and `out` empty) when it is missing, larger than
    // `maxSize`, or its chain is broken; detail() then says which.
    bool readStream(const QString &name, QByteArray *out, qint64 maxSize);
    // Where the root stream `name` lies in the file when it is stored in consecutive regular sectors
    // (as writers store a large stream), so a caller can read it in place instead of copying it; -1
    // when it is not (then readStream() copies it). Costs one bounded walk of its chain.
    qint64 contiguousOffset(const QString &name);

private:
    struct Entry
    {
        QString name;
        quint8 type = 0; // 1 storage, 2 stream, 5 root
        quint32 left = 0, right = 0, child = 0;
        quint32 start = 0;
        quint64 size = 0;
    };

    bool open();
    bool fail(const QString &detail);
    quint32 u32(qint64 offset) const;
    qint64 sectorOffset(quint32 sector) const;
    // Follows a FAT (or mini FAT) chain from `start`, collecting at most `maxSectors` sector numbers.
    bool chain(const std::vector<quint32> &table, quint32 start, qint64 limit, qint64 maxSectors,
               std::vector<quint32> *sectors, const char *what);
    bool readChain(quint32 start, qint64 size, QByteArray *out, const char *what);
    bool loadMiniStream();
    int findRootEntry(const QString &name) const;

    QByteArray m_bytes;
    bool m_open = false;
    QString m_detail;
    bool m_truncated = false;
    int m_version = 0;
    qint64 m_sectorSize = 512;
    qint64 m_miniSectorSize = 64;
    quint32 m_miniCutoff = 4096;
    qint64 m_sectorCount = 0; // sectors (even partly) present in the file after the header
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    std::vector<Entry> m_entries;
    std::vector<int> m_rootChildren; // indexes into m_entries
    QByteArray m_miniStream;
    bool m_miniStreamLoaded = false;
};

} // namespace sd
