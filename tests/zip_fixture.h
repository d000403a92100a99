#pragma once
// Zip archives built by hand with libzip, for reader tests and the hostile-file benchmark (which include
// this; they link PkgConfig::LIBZIP). An entry may be huge when unpacked yet cheap to build: its content
// is `prefix`, then `pattern` `count` times, then `suffix`, streamed into the compressor.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <cstring>
#include <memory>
#include <zip.h>

namespace sd::test {

struct ZipPart
{
    QByteArray name;
    QByteArray prefix = {};
    QByteArray pattern = {};
    qint64 count = 0;
    QByteArray suffix = {};
};

namespace detail {

struct RepeatState
{
    ZipPart part;
    qint64 offset = 0; // in the virtual content
    qint64 size() const { return part.prefix.size() + part.pattern.size() * part.count + part.suffix.size(); }
    char at(qint64 i) const
    {
        if (i < part.prefix.size())
            return part.prefix.at(i);
        i -= part.prefix.size();
        const qint64 body = part.pattern.size() * part.count;
        if (i < body)
            return part.pattern.at(i % part.pattern.size());
        return part.suffix.at(i - body);
    }
};

inline zip_int64_t repeatSource(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto *s = static_cast<RepeatState *>(state);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        s->offset = 0;
        return 0;
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_FREE:
        delete s;
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = qMin<qint64>(qint64(len), s->size() - s->offset);
        auto *out = static_cast<char *>(data);
        qint64 i = 0;
        const qint64 bodyStart = s->part.prefix.size();
        const qint64 bodyEnd = bodyStart + s->part.pattern.size() * s->part.count;
        const qint64 p = s->part.pattern.size();
        while (i < n) {
            const qint64 at = s->offset + i;
            if (at >= bodyStart && at < bodyEnd) { // copy the rest of this repetition at once
                const qint64 within = (at - bodyStart) % p;
                const qint64 k = qMin(qMin(p - within, bodyEnd - at), n - i);
                std::memcpy(out + i, s->part.pattern.constData() + within, size_t(k));
                i += k;
            } else {
                out[i++] = s->at(at);
            }
        }
        s->offset += n;
        return n;
    }
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return 2 * sizeof(int);
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        return -1;
    }
}

} // namespace detail

// Writes the parts into a zip at `path` and returns its bytes (empty on failure).
inline QByteArray writeZip(const QString &path, const QList<ZipPart> &parts)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    for (const ZipPart &part : parts) {
        auto *state = new detail::RepeatState{part};
        zip_source_t *src = zip_source_function(zip, detail::repeatSource, state);
        const zip_int64_t index = src ? zip_file_add(zip, part.name.constData(), src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            else
                delete state;
            zip_discard(zip);
            return {};
        }
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 1); // fast: fixtures are huge
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        return {};
    }
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline const QByteArray kHandWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
inline const QByteArray kHandRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
inline const QByteArray kSheetOpen =
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
inline const QByteArray kSheetClose = "</sheetData></worksheet>";

// An .xlsx with one sheet whose <sheetData> is `rows` (prefix, pattern × count, suffix), and shared
// strings when `shared` has a pattern or a prefix.
inline QByteArray repeat(const QByteArray &pattern, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += pattern;
    return out;
}

struct Repeated
{
    QByteArray prefix = {};
    QByteArray pattern = {};
    qint64 count = 0;
    QByteArray suffix = {};
};

inline QByteArray writeHandXlsx(const QString &path, const Repeated &rows, const Repeated &shared = {})
{
    QList<ZipPart> parts{{"xl/workbook.xml", kHandWorkbook, {}, 0, {}},
                         {"xl/_rels/workbook.xml.rels", kHandRels, {}, 0, {}},
                         {"xl/worksheets/sheet1.xml", kSheetOpen + rows.prefix, rows.pattern, rows.count,
                          rows.suffix + kSheetClose}};
    if (!shared.pattern.isEmpty() || !shared.prefix.isEmpty())
        parts.append({"xl/sharedStrings.xml", "<sst>" + shared.prefix, shared.pattern, shared.count,
                      shared.suffix + "</sst>"});
    return writeZip(path, parts);
}

} // namespace sd::test
