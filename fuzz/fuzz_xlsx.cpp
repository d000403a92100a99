// libFuzzer target: the XLSX reader (zip, XML, shared strings, cells, caps) on any bytes.
#include "fuzz_read.h"
#include "io/formats/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzRead(data, size, [](const QByteArray &bytes) { return sd::readXlsx(bytes); });
}
