// libFuzzer target: the OLE compound file reader (io/formats/cfb_reader) and the format detection
// over it. Any input: no crash, no hang, no stream longer than the input.
// Built and run by scripts/run-fuzz.sh with the other targets (fuzz/CMakeLists.txt).
#include "io/formats/cfb_reader.h"
#include "io/formats/file_format.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    sd::detectFileFormat(bytes);
    sd::CompoundFile file(bytes);
    for (const QString &name : file.streamNames()) {
        QByteArray out;
        if (file.readStream(name, &out, qint64(size)) && out.size() > qsizetype(size))
            std::abort();
        file.streamSize(name);
    }
    return 0;
}
