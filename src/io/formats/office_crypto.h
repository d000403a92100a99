#pragma once
#include <QByteArray>
#include <QString>
#include <atomic>

namespace sd {

// Password-protected Office files (MS-OFFCRYPTO, ECMA-376 document encryption), as Naver's order
// download (발주발송관리) is: an OLE compound file holding EncryptionInfo and EncryptedPackage; the package,
// once decrypted, is the .xlsx. Two kinds are read, with OpenSSL:
//   - agile (EncryptionInfo 4.4, what Excel 2010+ writes): an XML description; the password's key is
//     derived with the hash it names (SHA-1/256/384/512) and its spin count, checked against the
//     password verifier, and unwraps the file's own key; the package is AES-CBC over 4096-byte segments
//     (an IV per segment), and an HMAC over the whole EncryptedPackage stream proves it undamaged;
//   - standard (EncryptionInfo 2.2/3.2/4.2, Excel 2007): SHA-1 with 50,000 rounds, AES-128/192/256-ECB,
//     checked against the password verifier (this kind has no integrity check).
// Anything else (RC4, extensible, certificate-only files, unknown versions) is refused as unsupported.
// Bounds: a spin count above 10,000,000 is refused, and no stream or size may exceed the file.

enum class OfficeEncryption { None, Agile, Standard, Unsupported };

// What a compound file is, read without a password (for `inspect` and for telling formats apart).
struct EncryptedFileInfo
{
    bool isCompound = false;  // the container could be read
    bool isEncrypted = false; // it holds EncryptionInfo and EncryptedPackage
    bool isLegacyXls = false; // it holds a Workbook or Book stream (Excel 97-2003, or 5.0/95)
    OfficeEncryption kind = OfficeEncryption::None;
    QString cipher;    // "AES-256-CBC", "AES-128-ECB" (known kinds only)
    QString hash;      // "SHA512", "SHA1"
    int spinCount = 0; // key derivation rounds (50,000 for standard)
    QString error;     // translated, when the container or its encryption description cannot be read
    QString detail;    // the same in plain English for logs and tests
};

EncryptedFileInfo inspectCompoundFile(const QByteArray &bytes);

enum class DecryptFailure {
    None,
    WrongPassword, // the password verifier does not match: said as such, nothing else is wrong
    Damaged,       // broken container, truncated package, or the integrity check failed
    Unsupported,   // an encryption this reader does not do (or absurd parameters)
    NotEncrypted,  // a compound file without EncryptionInfo/EncryptedPackage (an old .xls)
    Canceled,
};

struct Decrypted
{
    QByteArray package; // the decrypted file (an .xlsx zip), exactly the declared size
    DecryptFailure failure = DecryptFailure::None;
    QString message; // translated, empty on success
    QString detail;  // plain English for logs and tests

    bool ok() const { return failure == DecryptFailure::None; }
};

// Decrypts the package of the compound file `bytes` with `password` (any Unicode; the format hashes it
// as UTF-16LE). `cancel`, when given, is polled during key derivation and decryption. Memory: the
// package stream once and its plaintext once.
Decrypted decryptOfficeFile(const QByteArray &bytes, const QString &password,
                            const std::atomic_bool *cancel = nullptr);

// The limit on the key derivation rounds a file may ask for (Excel uses 100,000).
constexpr int kMaxSpinCount = 10'000'000;

} // namespace sd
