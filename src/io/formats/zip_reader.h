#pragma once
#include <QByteArray>
#include <QString>
#include <memory>

struct zip;
struct zip_file;

namespace sd {

// Read-only access to a zip archive held in memory (an .xlsx is one), with a cap on what one entry may
// unpack to, so a zip bomb is refused instead of filling the memory.
class ZipReader
{
public:
    enum class Status { Ok, Missing, TooLarge, Damaged };

    // One entry being unpacked, read piece by piece (a sheet is parsed as it inflates, never held whole).
    class Entry
    {
    public:
        ~Entry();
        Entry(const Entry &) = delete;
        Entry &operator=(const Entry &) = delete;

        // Up to `max` bytes into `data`: 0 at the end, -1 when the entry turns out damaged (a CRC
        // mismatch too) or bigger than its cap; status() then says which.
        qint64 read(char *data, qint64 max);
        Status status() const { return m_status; }
        // Bytes unpacked so far, and the size the archive states (it may lie; 0 when unknown).
        qint64 consumed() const { return m_consumed; }
        qint64 statedSize() const { return m_statedSize; }

    private:
        friend class ZipReader;
        Entry(zip_file *file, qint64 maxSize, qint64 statedSize)
            : m_file(file), m_maxSize(maxSize), m_statedSize(statedSize)
        {
        }
        zip_file *m_file;
        qint64 m_maxSize;
        qint64 m_statedSize;
        qint64 m_consumed = 0;
        Status m_status = Status::Ok;
    };

    explicit ZipReader(const QByteArray &bytes);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False when the bytes are not a zip archive libzip can open.
    bool isOpen() const { return m_zip != nullptr; }
    // Opens the entry `name` (found case-insensitively) for reading; null with `*status` Missing,
    // Damaged or TooLarge (it claims to be bigger than `maxSize` bytes).
    std::unique_ptr<Entry> open(const QString &name, qint64 maxSize, Status *status) const;
    // Unpacks the entry `name` into `out`; TooLarge when it is, or claims to be, bigger than `maxSize` bytes.
    Status read(const QString &name, qint64 maxSize, QByteArray *out) const;

private:
    QByteArray m_bytes; // libzip reads from this buffer; kept alive and never detached
    struct zip *m_zip = nullptr;
};

} // namespace sd
