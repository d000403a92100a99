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

ZipReader::Status ZipReader::read(const QString &name, qint64 maxSize, QByteArray *out) const
{
    out->clear();
    if (!m_zip)
        return Status::Damaged;
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return Status::Missing;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0)
        return Status::Damaged;
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxSize))
        return Status::TooLarge;
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Status::Damaged;
    if (stat.valid & ZIP_STAT_SIZE) // the header may lie: trust it only so far
        out->reserve(qsizetype(qMin<zip_uint64_t>(stat.size, 16 * 1024 * 1024)));
    Status status = Status::Ok;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            status = Status::Damaged; // also a CRC mismatch at the end
            break;
        }
        if (out->size() + n > maxSize) { // the header understated the size
            status = Status::TooLarge;
            break;
        }
        out->append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (status != Status::Ok)
        out->clear();
    return status;
}

} // namespace sd
