#include "io/formats/zip_reader.h"

#include <zip.h>

namespace sd {

ZipReader::ZipReader(const QByteArray &bytes) : m_bytes(bytes)
{
    if (m_bytes.isEmpty())
        return; // libzip would open it as an empty archive
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_bytes.constData(), zip_uint64_t(m_bytes.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

ZipReader::Entry::~Entry()
{
    zip_fclose(m_file);
}

qint64 ZipReader::Entry::read(char *data, qint64 max)
{
    if (m_status != Status::Ok)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(max));
    if (n < 0) {
        m_status = Status::Damaged; // also a CRC mismatch at the end
        return -1;
    }
    if (m_consumed + n > m_maxSize) { // the header understated the size
        m_status = Status::TooLarge;
        return -1;
    }
    m_consumed += n;
    return n;
}

std::unique_ptr<ZipReader::Entry> ZipReader::open(const QString &name, qint64 maxSize, Status *status) const
{
    *status = Status::Damaged;
    if (!m_zip)
        return {};
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        *status = Status::Missing;
        return {};
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return {};
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxSize)) {
        *status = Status::TooLarge;
        return {};
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return {};
    *status = Status::Ok;
    return std::unique_ptr<Entry>(
        new Entry(file, maxSize, (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0));
}

ZipReader::Status ZipReader::read(const QString &name, qint64 maxSize, QByteArray *out) const
{
    out->clear();
    Status status = Status::Ok;
    const std::unique_ptr<Entry> entry = open(name, maxSize, &status);
    if (!entry)
        return status;
    // The header may lie: trust it only so far.
    out->reserve(qsizetype(qMin<qint64>(entry->statedSize(), 16 * 1024 * 1024)));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = entry->read(buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            out->clear();
            return entry->status();
        }
        out->append(buffer, qsizetype(n));
    }
    return Status::Ok;
}

} // namespace sd
