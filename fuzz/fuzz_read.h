#pragma once
// What every reader's fuzz target checks beyond the sanitizers: a read either gives a table or fails with
// a message and no rows.
#include "io/formats/table_data.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

template <typename Read>
int fuzzRead(const uint8_t *data, size_t size, Read read)
{
    const sd::TableData table = read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!table.ok() && (!table.rows.isEmpty() || table.error().isEmpty()))
        std::abort();
    return 0;
}
