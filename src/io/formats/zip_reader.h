#pragma once
#include <QByteArray>
#include <QString>

struct zip;

namespace sd {

// Read-only access to a zip archive held in memory (an .xlsx is one), with a cap on what one entry may
// unpack to, so a zip bomb is refused instead of filling the memory.
class ZipReader
{
public:
    enum class Status { Ok, Missing, TooLarge, Damaged };

    explicit ZipReader(const QByteArray &bytes);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // False when the bytes are not a zip archive libzip can open.
    bool isOpen() const { return m_zip != nullptr; }
    // Unpacks the entry `name` (found case-insensitively) into `out`; TooLarge when it is, or claims to be,
    // bigger than `maxSize` bytes.
    Status read(const QString &name, qint64 maxSize, QByteArray *out) const;

private:
    QByteArray m_bytes; // libzip reads from this buffer; kept alive and never detached
    struct zip *m_zip = nullptr;
};

} // namespace sd
