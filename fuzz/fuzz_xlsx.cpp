// libFuzzer target: the XLSX reader (zip, XML, shared strings, cells) on any bytes.
#include "io/formats/xlsx_reader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sd::TableData table = sd::readXlsx(bytes);
    if (!table.ok() && (!table.rows.isEmpty() || table.error.isEmpty()))
        std::abort(); // a failure must say why and hold no rows
    return 0;
}
