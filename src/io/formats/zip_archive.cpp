#include "io/formats/zip_archive.h"

#include <QFile>
#include <cstdlib>
#include <cstring>
#include <zip.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sd {

namespace {

QString zipErrorText(zip_t *za)
{
    return za ? QString::fromLocal8Bit(zip_strerror(za)) : QString();
}

} // namespace

ZipArchiveWriter::ZipArchiveWriter(const QString &path) : m_path(path)
{
    // The archive's own mode comes from this file (libzip's temporary copy takes the mode of the file
    // it replaces), so it is created owner-only before libzip sees it.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = file.errorString();
        return;
    }
    file.close();
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!m_zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_error = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
    }
}

ZipArchiveWriter::~ZipArchiveWriter()
{
    if (m_zip) {
        zip_discard(m_zip);
        QFile::remove(m_path);
    }
}

bool ZipArchiveWriter::addFile(const QString &entryName, const QString &sourceFile, bool fast)
{
    if (!m_zip)
        return false;
    zip_source_t *source = zip_source_file(m_zip, QFile::encodeName(sourceFile).constData(), 0, -1);
    if (!source) {
        m_error = zipErrorText(m_zip);
        return false;
    }
    const zip_int64_t index = zip_file_add(m_zip, entryName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        m_error = zipErrorText(m_zip);
        zip_source_free(source);
        return false;
    }
    if (fast)
        zip_set_file_compression(m_zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    return true;
}

bool ZipArchiveWriter::addBytes(const QString &entryName, const QByteArray &bytes)
{
    if (!m_zip)
        return false;
    // libzip copies nothing: the buffer must live until finish(), so it is handed a copy it frees.
    void *copy = ::malloc(size_t(qMax<qsizetype>(bytes.size(), 1)));
    if (!copy)
        return false;
    ::memcpy(copy, bytes.constData(), size_t(bytes.size()));
    zip_source_t *source = zip_source_buffer(m_zip, copy, zip_uint64_t(bytes.size()), 1);
    if (!source) {
        ::free(copy);
        m_error = zipErrorText(m_zip);
        return false;
    }
    if (zip_file_add(m_zip, entryName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
        m_error = zipErrorText(m_zip);
        zip_source_free(source);
        return false;
    }
    return true;
}

bool ZipArchiveWriter::finish(QString *error)
{
    if (!m_zip) {
        if (error)
            *error = m_error;
        return false;
    }
    if (zip_close(m_zip) != 0) {
        m_error = zipErrorText(m_zip);
        if (error)
            *error = m_error;
        return false; // the destructor discards it
    }
    m_zip = nullptr;
    return true;
}

ZipArchiveReader::ZipArchiveReader(const QString &path)
{
    int code = 0;
    // ZIP_CHECKCONS: the central directory must agree with the local headers (a cut or patched file).
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
}

ZipArchiveReader::~ZipArchiveReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipArchiveReader::entryNames() const
{
    QStringList names;
    if (!m_zip)
        return names;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name)
            names << QString::fromUtf8(name);
    }
    return names;
}

namespace {

// Streams an entry to `sink`; Damaged also covers a CRC mismatch found at the end.
template <typename Sink>
ZipArchiveReader::Status readEntry(zip_t *za, const QString &name, qint64 maxSize, Sink sink)
{
    using Status = ZipArchiveReader::Status;
    if (!za)
        return Status::Damaged;
    const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
    if (index < 0)
        return Status::Missing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(za, zip_uint64_t(index), 0, &stat) != 0)
        return Status::Damaged;
    if (maxSize >= 0 && (stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxSize))
        return Status::TooLarge;
    zip_file_t *file = zip_fopen_index(za, zip_uint64_t(index), 0);
    if (!file)
        return Status::Damaged;
    Status status = Status::Ok;
    qint64 total = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n == 0)
            break;
        if (n < 0) {
            status = Status::Damaged;
            break;
        }
        total += n;
        if (maxSize >= 0 && total > maxSize) { // the header understated the size
            status = Status::TooLarge;
            break;
        }
        if (!sink(buffer.constData(), qint64(n))) {
            status = Status::WriteFailed;
            break;
        }
    }
    zip_fclose(file);
    if (status == Status::Ok && (stat.valid & ZIP_STAT_SIZE) && zip_uint64_t(total) != stat.size)
        status = Status::Damaged;
    return status;
}

} // namespace

ZipArchiveReader::Status ZipArchiveReader::read(const QString &name, qint64 maxSize, QByteArray *out) const
{
    out->clear();
    const Status status = readEntry(m_zip, name, maxSize, [out](const char *data, qint64 n) {
        out->append(data, qsizetype(n));
        return true;
    });
    if (status != Status::Ok)
        out->clear();
    return status;
}

ZipArchiveReader::Status ZipArchiveReader::verify(const QString &name) const
{
    return readEntry(m_zip, name, -1, [](const char *, qint64) { return true; });
}

ZipArchiveReader::Status ZipArchiveReader::extract(const QString &name, const QString &targetFile) const
{
    QFile::remove(targetFile);
    QFile file(targetFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::WriteFailed;
    Status status =
        readEntry(m_zip, name, -1, [&file](const char *data, qint64 n) { return file.write(data, n) == n; });
    if (status == Status::Ok && !file.flush())
        status = Status::WriteFailed;
#ifdef Q_OS_UNIX
    // The unpacked file may become the store: it must be on the disk before it is renamed into place.
    if (status == Status::Ok && ::fsync(file.handle()) != 0)
        status = Status::WriteFailed;
#endif
    file.close();
    if (status != Status::Ok)
        QFile::remove(targetFile);
    return status;
}

} // namespace sd
