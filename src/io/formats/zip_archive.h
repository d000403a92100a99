#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

struct zip;

namespace sd {

// Writes a zip archive on disk. Entries are added by name; the files behind addFile are read when
// finish() writes the archive, so they must stay until then. libzip writes into a temporary file beside
// `path` and renames it at the end: `path` is created 0600 first and that temporary file takes its mode.
class ZipArchiveWriter
{
public:
    explicit ZipArchiveWriter(const QString &path);
    ~ZipArchiveWriter(); // discards an archive that was not finished
    ZipArchiveWriter(const ZipArchiveWriter &) = delete;
    ZipArchiveWriter &operator=(const ZipArchiveWriter &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // `fast` compresses with the lowest deflate level: a database of a million orders is large and
    // most of the time would go into a few percent of size.
    bool addFile(const QString &entryName, const QString &sourceFile, bool fast = false);
    bool addBytes(const QString &entryName, const QByteArray &bytes);
    // Writes the archive. False with libzip's reason in `error` (not translated: for the log or a detail).
    bool finish(QString *error);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    struct zip *m_zip = nullptr;
    QString m_error;
};

// Reads a zip archive from disk, entry by entry, without loading it into memory. Entries are checked
// against their CRC when read to the end.
class ZipArchiveReader
{
public:
    enum class Status { Ok, Missing, TooLarge, Damaged, WriteFailed };

    explicit ZipArchiveReader(const QString &path);
    ~ZipArchiveReader();
    ZipArchiveReader(const ZipArchiveReader &) = delete;
    ZipArchiveReader &operator=(const ZipArchiveReader &) = delete;

    // False when the file is not a zip archive libzip can open (also a truncated one: the central
    // directory at its end is missing).
    bool isOpen() const { return m_zip != nullptr; }
    QStringList entryNames() const;
    // A small entry into memory; TooLarge when it is, or claims to be, bigger than `maxSize` bytes.
    Status read(const QString &name, qint64 maxSize, QByteArray *out) const;
    // Reads the entry to its end and drops it: Ok when it unpacks and matches its CRC.
    Status verify(const QString &name) const;
    // Unpacks the entry `name` into `targetFile`, created 0600 (an existing file is replaced).
    Status extract(const QString &name, const QString &targetFile) const;

private:
    struct zip *m_zip = nullptr;
};

} // namespace sd
