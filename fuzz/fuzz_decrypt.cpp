// libFuzzer target: the Office decryptor (io/formats/office_crypto) with a fixed password, and the
// EncryptionInfo parser on its own. An input that starts with the OLE signature is decrypted whole;
// any other input is parsed as an EncryptionInfo stream (the agile XML or the standard header), so the
// fuzzer reaches the parser without first having to build a container. Seed it with files encrypted
// with this password and a small spin count (tests/io/support/office_fixture_writer) to get past the
// verifier into the package and its integrity check.
// Built and run by scripts/run-fuzz.sh with the other targets (fuzz/CMakeLists.txt).
#include "io/formats/encryption_info.h"
#include "io/formats/office_crypto.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        sd::inspectCompoundFile(bytes);
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, QStringLiteral("Seller-2024!"));
        if (decrypted.package.size() > bytes.size() || decrypted.ok() != decrypted.message.isEmpty())
            std::abort();
    } else {
        sd::parseEncryptionInfo(bytes);
    }
    return 0;
}
