// libFuzzer target: the CSV reader (encoding detection, pieces, RFC 4180 states, caps) on any bytes.
#include "fuzz_read.h"
#include "io/formats/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzRead(data, size, [](const QByteArray &bytes) { return sd::readCsv(bytes); });
}
