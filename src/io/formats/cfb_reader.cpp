#include "io/formats/cfb_reader.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>

namespace sd {

namespace {

constexpr quint32 kMaxRegularSector = 0xFFFFFFFA;
constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr qint64 kHeaderFields = 512;
constexpr qint64 kEntrySize = 128;
constexpr int kHeaderDifatEntries = 109;

enum EntryType : quint8 { Unused = 0, Storage = 1, Stream = 2, Root = 5 };

QString sectorText(quint32 sector)
{
    return QString::number(sector);
}

} // namespace

CompoundFile::CompoundFile(const QByteArray &bytes) : m_bytes(bytes)
{
    m_open = open();
    if (!m_open) {
        m_fat.clear();
        m_miniFat.clear();
        m_entries.clear();
        m_rootChildren.clear();
    }
}

QString CompoundFile::damagedMessage()
{
    return QCoreApplication::translate("sd::CompoundFile",
                                       "The file looks like an Office file, but its contents are damaged or "
                                       "incomplete. Download or save it again, then import it again.");
}

bool CompoundFile::fail(const QString &detail)
{
    m_detail = detail;
    m_truncated = false;
    return false;
}

quint32 CompoundFile::u32(qint64 offset) const
{
    return qFromLittleEndian<quint32>(m_bytes.constData() + offset);
}

qint64 CompoundFile::sectorOffset(quint32 sector) const
{
    return (qint64(sector) + 1) * m_sectorSize;
}

bool CompoundFile::open()
{
    static const char signature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (m_bytes.size() < kHeaderFields || !m_bytes.startsWith(QByteArray::fromRawData(signature, 8)))
        return fail(QStringLiteral("no compound file header"));
    const char *h = m_bytes.constData();
    const quint16 major = qFromLittleEndian<quint16>(h + 26);
    const quint16 byteOrder = qFromLittleEndian<quint16>(h + 28);
    const quint16 sectorShift = qFromLittleEndian<quint16>(h + 30);
    const quint16 miniShift = qFromLittleEndian<quint16>(h + 32);
    if (byteOrder != 0xFFFE)
        return fail(QStringLiteral("bad byte order mark"));
    if (!((major == 3 && sectorShift == 9) || (major == 4 && sectorShift == 12)))
        return fail(
            QStringLiteral("unsupported version %1 with sector shift %2").arg(major).arg(sectorShift));
    if (miniShift != 6)
        return fail(QStringLiteral("unsupported mini sector shift %1").arg(miniShift));
    m_version = major;
    m_sectorSize = qint64(1) << sectorShift;
    m_miniSectorSize = qint64(1) << miniShift;
    m_miniCutoff = u32(56);
    if (m_miniCutoff != 4096)
        return fail(QStringLiteral("unsupported mini stream cutoff %1").arg(m_miniCutoff));
    if (m_bytes.size() < m_sectorSize)
        return fail(QStringLiteral("file shorter than its header sector"));
    m_sectorCount = (m_bytes.size() - m_sectorSize + m_sectorSize - 1) / m_sectorSize;

    // DIFAT: where the FAT's own sectors are (109 in the header, then a chain of DIFAT sectors).
    const quint32 fatSectorCount = u32(44);
    if (fatSectorCount > quint64(m_sectorCount))
        return fail(QStringLiteral("header claims %1 FAT sectors, the file has %2 sectors")
                        .arg(fatSectorCount)
                        .arg(m_sectorCount));
    std::vector<quint32> fatSectors;
    fatSectors.reserve(fatSectorCount);
    for (int i = 0; i < kHeaderDifatEntries && fatSectors.size() < fatSectorCount; ++i)
        fatSectors.push_back(u32(76 + 4 * i));
    {
        quint32 difat = u32(68);
        const quint32 difatCount = u32(72);
        std::vector<bool> seen(size_t(m_sectorCount), false);
        quint32 walked = 0;
        const qint64 perSector = m_sectorSize / 4 - 1;
        while (fatSectors.size() < fatSectorCount) {
            if (difat > kMaxRegularSector || difat >= quint64(m_sectorCount))
                return fail(QStringLiteral("DIFAT chain ends or leaves the file at sector %1 with %2 of %3 "
                                           "FAT sectors found")
                                .arg(sectorText(difat))
                                .arg(fatSectors.size())
                                .arg(fatSectorCount));
            if (seen[difat])
                return fail(QStringLiteral("DIFAT chain loops at sector %1").arg(sectorText(difat)));
            if (++walked > difatCount)
                return fail(QStringLiteral("DIFAT chain longer than the %1 sectors the header declares")
                                .arg(difatCount));
            seen[difat] = true;
            const qint64 offset = sectorOffset(difat);
            if (offset + m_sectorSize > m_bytes.size())
                return fail(QStringLiteral("DIFAT sector %1 lies past the end of the file").arg(difat));
            for (qint64 i = 0; i < perSector && fatSectors.size() < fatSectorCount; ++i)
                fatSectors.push_back(u32(offset + 4 * i));
            difat = u32(offset + 4 * perSector);
        }
    }

    // FAT: one entry per sector of the file.
    const qint64 perSector = m_sectorSize / 4;
    m_fat.reserve(size_t(fatSectors.size() * perSector));
    std::vector<bool> fatSeen(size_t(m_sectorCount), false);
    for (const quint32 sector : fatSectors) {
        if (sector >= quint64(m_sectorCount) || fatSeen[sector])
            return fail(
                QStringLiteral("FAT sector %1 is outside the file or listed twice").arg(sectorText(sector)));
        fatSeen[sector] = true;
        const qint64 offset = sectorOffset(sector);
        if (offset + m_sectorSize > m_bytes.size())
            return fail(QStringLiteral("FAT sector %1 lies past the end of the file").arg(sector));
        for (qint64 i = 0; i < perSector; ++i)
            m_fat.push_back(u32(offset + 4 * i));
    }

    // Directory: a chain of sectors of 128-byte entries, entry 0 the root storage.
    QByteArray directory;
    {
        std::vector<quint32> sectors;
        if (!chain(m_fat, u32(48), m_sectorCount, m_sectorCount, &sectors, "directory"))
            return false;
        if (sectors.empty())
            return fail(QStringLiteral("empty directory"));
        directory.reserve(qsizetype(sectors.size()) * qsizetype(m_sectorSize));
        for (const quint32 sector : sectors) {
            const qint64 offset = sectorOffset(sector);
            if (offset + m_sectorSize > m_bytes.size())
                return fail(QStringLiteral("directory sector %1 lies past the end of the file").arg(sector));
            directory.append(m_bytes.constData() + offset, qsizetype(m_sectorSize));
        }
    }
    const qint64 entryCount = directory.size() / kEntrySize;
    m_entries.resize(size_t(entryCount));
    for (qint64 i = 0; i < entryCount; ++i) {
        const char *e = directory.constData() + i * kEntrySize;
        Entry &entry = m_entries[size_t(i)];
        entry.type = quint8(e[66]);
        if (entry.type == Unused)
            continue;
        const quint16 nameBytes = qFromLittleEndian<quint16>(e + 64);
        if (nameBytes > 64 || nameBytes % 2 != 0)
            return fail(QStringLiteral("directory entry %1 has a name of %2 bytes").arg(i).arg(nameBytes));
        QString name;
        for (int c = 0; c + 1 < nameBytes / 2; ++c)
            name.append(QChar(qFromLittleEndian<quint16>(e + 2 * c)));
        entry.name = name;
        entry.left = qFromLittleEndian<quint32>(e + 68);
        entry.right = qFromLittleEndian<quint32>(e + 72);
        entry.child = qFromLittleEndian<quint32>(e + 76);
        entry.start = qFromLittleEndian<quint32>(e + 116);
        entry.size = qFromLittleEndian<quint64>(e + 120);
        if (m_version == 3)
            entry.size &= 0xFFFFFFFFu; // version 3 readers ignore the high half (old writers left garbage)
    }
    if (m_entries.empty() || m_entries[0].type != Root)
        return fail(QStringLiteral("directory does not start with the root storage"));

    // The root's children form a red-black tree through left/right; walk it once.
    std::vector<bool> visited(m_entries.size(), false);
    std::vector<quint32> pending;
    if (m_entries[0].child != kNoStream)
        pending.push_back(m_entries[0].child);
    while (!pending.empty()) {
        const quint32 id = pending.back();
        pending.pop_back();
        if (id >= m_entries.size() || id == 0)
            return fail(
                QStringLiteral("directory tree points at entry %1 of %2").arg(id).arg(m_entries.size()));
        if (visited[id])
            return fail(QStringLiteral("directory tree loops at entry %1").arg(id));
        visited[id] = true;
        const Entry &entry = m_entries[id];
        if (entry.type != Storage && entry.type != Stream)
            return fail(QStringLiteral("directory tree reaches unused entry %1").arg(id));
        m_rootChildren.push_back(int(id));
        if (entry.left != kNoStream)
            pending.push_back(entry.left);
        if (entry.right != kNoStream)
            pending.push_back(entry.right);
    }
    std::sort(m_rootChildren.begin(), m_rootChildren.end());

    // Mini FAT: the table of the 64-byte sectors inside the mini stream.
    const quint32 miniFatStart = u32(60);
    const quint32 miniFatCount = u32(64);
    if (miniFatCount > quint64(m_sectorCount))
        return fail(QStringLiteral("header claims %1 mini FAT sectors, the file has %2 sectors")
                        .arg(miniFatCount)
                        .arg(m_sectorCount));
    if (miniFatCount > 0) {
        std::vector<quint32> sectors;
        if (!chain(m_fat, miniFatStart, m_sectorCount, miniFatCount, &sectors, "mini FAT"))
            return false;
        if (sectors.size() < miniFatCount)
            return fail(QStringLiteral("mini FAT chain is shorter than the header declares"));
        m_miniFat.reserve(sectors.size() * size_t(perSector));
        for (const quint32 sector : sectors) {
            const qint64 offset = sectorOffset(sector);
            if (offset + m_sectorSize > m_bytes.size())
                return fail(QStringLiteral("mini FAT sector %1 lies past the end of the file").arg(sector));
            for (qint64 i = 0; i < perSector; ++i)
                m_miniFat.push_back(u32(offset + 4 * i));
        }
    }
    m_detail.clear();
    return true;
}

bool CompoundFile::chain(const std::vector<quint32> &table, quint32 start, qint64 limit, qint64 maxSectors,
                         std::vector<quint32> *sectors, const char *what)
{
    sectors->clear();
    limit = std::min<qint64>(limit, qint64(table.size()));
    std::vector<bool> seen(size_t(std::max<qint64>(limit, 0)), false);
    quint32 sector = start;
    while (qint64(sectors->size()) < maxSectors) {
        if (sector == kEndOfChain)
            return true;
        if (sector > kMaxRegularSector || sector >= quint64(limit))
            return fail(QStringLiteral("%1 chain points at sector %2 of %3")
                            .arg(QLatin1String(what), sectorText(sector))
                            .arg(limit));
        if (seen[sector])
            return fail(
                QStringLiteral("%1 chain loops at sector %2").arg(QLatin1String(what), sectorText(sector)));
        seen[sector] = true;
        sectors->push_back(sector);
        sector = table[sector];
    }
    return true;
}

bool CompoundFile::readChain(quint32 start, qint64 size, QByteArray *out, const char *what)
{
    const qint64 needed = (size + m_sectorSize - 1) / m_sectorSize;
    std::vector<quint32> sectors;
    // Bounded by the FAT rather than the file, so that a chain running past a cut-off end is told
    // apart (truncated) from one pointing nowhere.
    if (!chain(m_fat, start, qint64(m_fat.size()), needed, &sectors, what))
        return false;
    if (qint64(sectors.size()) < needed)
        return fail(QStringLiteral("%1 chain ends after %2 of %3 sectors")
                        .arg(QLatin1String(what))
                        .arg(sectors.size())
                        .arg(needed));
    out->reserve(qsizetype(size));
    qint64 left = size;
    for (const quint32 sector : sectors) {
        const qint64 offset = sectorOffset(sector);
        const qint64 take = std::min(left, m_sectorSize);
        if (offset + take > m_bytes.size()) {
            fail(QStringLiteral("%1 sector %2 lies past the end of the file (truncated)")
                     .arg(QLatin1String(what))
                     .arg(sector));
            m_truncated = true;
            return false;
        }
        out->append(m_bytes.constData() + offset, qsizetype(take));
        left -= take;
    }
    return true;
}

bool CompoundFile::loadMiniStream()
{
    if (m_miniStreamLoaded)
        return true;
    const Entry &root = m_entries[0];
    if (root.size > quint64(m_bytes.size()))
        return fail(QStringLiteral("mini stream declares %1 bytes, the file has %2")
                        .arg(root.size)
                        .arg(m_bytes.size()));
    if (!readChain(root.start, qint64(root.size), &m_miniStream, "mini stream")) {
        m_miniStream.clear();
        return false;
    }
    m_miniStreamLoaded = true;
    return true;
}

int CompoundFile::findRootEntry(const QString &name) const
{
    for (const int index : m_rootChildren)
        if (m_entries[size_t(index)].name.compare(name, Qt::CaseInsensitive) == 0)
            return index;
    return -1;
}

QStringList CompoundFile::streamNames() const
{
    QStringList names;
    for (const int index : m_rootChildren)
        if (m_entries[size_t(index)].type == Stream)
            names.append(m_entries[size_t(index)].name);
    return names;
}

bool CompoundFile::hasStream(const QString &name) const
{
    const int index = findRootEntry(name);
    return index >= 0 && m_entries[size_t(index)].type == Stream;
}

qint64 CompoundFile::streamSize(const QString &name) const
{
    const int index = findRootEntry(name);
    if (index < 0 || m_entries[size_t(index)].type != Stream)
        return -1;
    return qint64(std::min<quint64>(m_entries[size_t(index)].size, quint64(1) << 62));
}

bool CompoundFile::readStream(const QString &name, QByteArray *out, qint64 maxSize)
{
    out->clear();
    if (!m_open)
        return false;
    const int index = findRootEntry(name);
    if (index < 0 || m_entries[size_t(index)].type != Stream)
        return fail(QStringLiteral("no stream %1").arg(name));
    const Entry entry = m_entries[size_t(index)];
    if (entry.size > quint64(m_bytes.size())) {
        fail(QStringLiteral("stream %1 declares %2 bytes, the file has %3")
                 .arg(name)
                 .arg(entry.size)
                 .arg(m_bytes.size()));
        m_truncated = entry.size < quint64(m_bytes.size()) * 2; // a cut-off file, not an absurd size
        return false;
    }
    const qint64 size = qint64(entry.size);
    if (size > maxSize)
        return fail(QStringLiteral("stream %1 is larger than %2 bytes").arg(name).arg(maxSize));
    if (size == 0)
        return true;
    bool ok = false;
    if (entry.size >= m_miniCutoff) {
        ok = readChain(entry.start, size, out, "stream");
    } else if (loadMiniStream()) {
        const qint64 needed = (size + m_miniSectorSize - 1) / m_miniSectorSize;
        const qint64 miniSectors = (m_miniStream.size() + m_miniSectorSize - 1) / m_miniSectorSize;
        std::vector<quint32> sectors;
        ok = chain(m_miniFat, entry.start, miniSectors, needed, &sectors, "mini stream");
        if (ok && qint64(sectors.size()) < needed)
            ok = fail(QStringLiteral("mini chain of %1 ends after %2 of %3 sectors")
                          .arg(name)
                          .arg(sectors.size())
                          .arg(needed));
        qint64 left = size;
        for (size_t i = 0; ok && i < sectors.size(); ++i) {
            const qint64 offset = qint64(sectors[i]) * m_miniSectorSize;
            const qint64 take = std::min(left, m_miniSectorSize);
            if (offset + take > m_miniStream.size()) {
                ok = fail(
                    QStringLiteral("mini sector %1 lies past the end of the mini stream").arg(sectors[i]));
                break;
            }
            out->append(m_miniStream.constData() + offset, qsizetype(take));
            left -= take;
        }
    }
    if (!ok)
        out->clear();
    return ok;
}

qint64 CompoundFile::contiguousOffset(const QString &name)
{
    const int index = m_open ? findRootEntry(name) : -1;
    if (index < 0 || m_entries[size_t(index)].type != Stream)
        return -1;
    const Entry &entry = m_entries[size_t(index)];
    if (entry.size < m_miniCutoff || entry.size > quint64(m_bytes.size()))
        return -1;
    const qint64 needed = (qint64(entry.size) + m_sectorSize - 1) / m_sectorSize;
    std::vector<quint32> sectors;
    if (!chain(m_fat, entry.start, qint64(m_fat.size()), needed, &sectors, "stream") ||
        qint64(sectors.size()) < needed)
        return -1;
    for (size_t i = 1; i < sectors.size(); ++i)
        if (sectors[i] != sectors[i - 1] + 1)
            return -1;
    const qint64 offset = sectorOffset(sectors.front());
    return offset + qint64(entry.size) <= m_bytes.size() ? offset : -1;
}

} // namespace sd
