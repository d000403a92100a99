// libFuzzer target: the HTML table reader (charset sniffing, tokenizer across pieces, entities, tables).
#include "fuzz_read.h"
#include "io/formats/html_table_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzRead(data, size, [](const QByteArray &bytes) { return sd::readHtmlTable(bytes); });
}
