#pragma once
#include "io/formats/office_crypto.h"

#include <QByteArray>
#include <QString>

namespace sd {

// The EncryptionInfo stream of a password-protected Office file, parsed and checked, without any
// cryptography: office_crypto does that. Every field the decryptor uses is validated here (known
// algorithms, digest and key lengths, encrypted values a whole number of cipher blocks and long enough),
// so the decryptor never reads past a value.
struct EncryptionParams
{
    enum class Problem { None, Damaged, Unsupported };
    Problem problem = Problem::None;
    QString detail; // why, in plain English, when there is a problem

    OfficeEncryption kind = OfficeEncryption::None;
    int versionMajor = 0, versionMinor = 0;

    // Agile: the package's key data, and the password key encryptor.
    struct Agile
    {
        QString hash;       // SHA1, SHA256, SHA384 or SHA512
        int hashSize = 0;   // its digest length
        int keyBits = 0;    // AES key length
        int blockSize = 16; // AES block
        QByteArray salt;
    };
    Agile keyData;
    Agile passwordKey;
    int spinCount = 0;
    QByteArray encryptedVerifierHashInput, encryptedVerifierHashValue, encryptedKeyValue;
    bool hasIntegrity = false;
    QByteArray encryptedHmacKey, encryptedHmacValue;

    // Standard: AES-ECB, SHA-1.
    int standardKeyBits = 0;
    QByteArray standardSalt, encryptedVerifier, encryptedVerifierHash;

    QString cipherName() const;
};

// `stream` is the whole EncryptionInfo stream (bounded by the caller).
EncryptionParams parseEncryptionInfo(const QByteArray &stream);

// Digest length of a hash name as the agile XML writes it (SHA-1 may be "SHA1" or "SHA-1"); 0 when
// it is not one we read.
int agileDigestSize(const QString &hash);

} // namespace sd
