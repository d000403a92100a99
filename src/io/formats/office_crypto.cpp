#include "io/formats/office_crypto.h"

#include "io/formats/cfb_reader.h"
#include "io/formats/encryption_info.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace sd {

namespace {

const QString kEncryptionInfo = QStringLiteral("EncryptionInfo");
const QString kEncryptedPackage = QStringLiteral("EncryptedPackage");
constexpr qint64 kMaxEncryptionInfo = 1024 * 1024; // the XML of a few key encryptors, with room to spare
constexpr qint64 kSegment = 4096;

// Block keys of MS-OFFCRYPTO 2.3.4.11-2.3.4.14.
const QByteArray kBlockVerifierInput = QByteArray::fromHex("fea7d2763b4b9e79");
const QByteArray kBlockVerifierValue = QByteArray::fromHex("d7aa0f6d3061344e");
const QByteArray kBlockKeyValue = QByteArray::fromHex("146e0be7abacd0d6");
const QByteArray kBlockHmacKey = QByteArray::fromHex("5fb2ad010cb9e1f6");
const QByteArray kBlockHmacValue = QByteArray::fromHex("a0677f02b22c8433");

// Translation context "sd::OfficeCrypto": OfficeCryptoText::tr("...") is filed there by lupdate and looked up
// there (a plain function called tr() would be filed under "sd" and never found).
class OfficeCryptoText
{
    Q_DECLARE_TR_FUNCTIONS(sd::OfficeCrypto)
};

QString wrongPasswordMessage()
{
    return OfficeCryptoText::tr(
        "The password is wrong. Type the password you set when you downloaded the file (capital and "
        "small letters count).");
}

QString integrityMessage()
{
    return OfficeCryptoText::tr(
        "The file is damaged: its contents do not pass the integrity check of its encryption. Download "
        "it again, then import it again.");
}

QString truncatedMessage()
{
    return OfficeCryptoText::tr(
        "The file is damaged: it is incomplete (shorter than its encryption says). Download it again, "
        "then import it again.");
}

QString unsupportedMessage()
{
    return OfficeCryptoText::tr(
        "The file is protected with an encryption SellerDesk cannot read. Open it in Excel, save it "
        "again with a password (or without one), then import it again.");
}

Decrypted failed(DecryptFailure failure, const QString &message, const QString &detail)
{
    Decrypted d;
    d.failure = failure;
    d.message = message;
    d.detail = detail;
    return d;
}

bool canceled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes(text.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        qToLittleEndian<quint16>(text.at(i).unicode(), bytes.data() + 2 * i);
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(value, bytes.data());
    return bytes;
}

struct MdDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

#if OPENSSL_VERSION_NUMBER >= 0x30000000L
struct MdFree
{
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
#endif

// One hash algorithm, fetched once (OpenSSL 3 otherwise looks it up again on every init: a third of
// the spin loop's time), with one reusable context.
class Hasher
{
public:
    explicit Hasher(const QString &name)
    {
        const char *id = nullptr;
        switch (agileDigestSize(name)) {
        case 20:
            id = "SHA1";
            break;
        case 32:
            id = "SHA256";
            break;
        case 48:
            id = "SHA384";
            break;
        case 64:
            id = "SHA512";
            break;
        default:
            return;
        }
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
        m_fetched.reset(EVP_MD_fetch(nullptr, id, nullptr));
        m_md = m_fetched.get();
#else
        m_md = EVP_get_digestbyname(id);
#endif
        m_ctx.reset(EVP_MD_CTX_new());
    }
    bool isValid() const
    {
        return m_md && m_ctx;
    }
    const EVP_MD *md() const
    {
        return m_md;
    }
    int size() const
    {
        return EVP_MD_size(m_md);
    }

    // hash(a + b) into out (which must hold size() bytes).
    bool hash(const void *a, size_t aSize, const void *b, size_t bSize, unsigned char *out)
    {
        return EVP_DigestInit_ex(m_ctx.get(), m_md, nullptr) == 1 &&
               EVP_DigestUpdate(m_ctx.get(), a, aSize) == 1 && EVP_DigestUpdate(m_ctx.get(), b, bSize) == 1 &&
               EVP_DigestFinal_ex(m_ctx.get(), out, nullptr) == 1;
    }
    QByteArray hash(const QByteArray &a, const QByteArray &b)
    {
        QByteArray out(size(), Qt::Uninitialized);
        if (!hash(a.constData(), size_t(a.size()), b.constData(), size_t(b.size()),
                  reinterpret_cast<unsigned char *>(out.data())))
            return {};
        return out;
    }

private:
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    std::unique_ptr<EVP_MD, MdFree> m_fetched;
#endif
    const EVP_MD *m_md = nullptr;
    std::unique_ptr<EVP_MD_CTX, MdDeleter> m_ctx;
};

// Truncated or padded with 0x36 to `size` bytes (MS-OFFCRYPTO 2.3.4.11, 2.3.4.12).
QByteArray fitTo(QByteArray bytes, int size)
{
    if (bytes.size() > size)
        bytes.truncate(size);
    while (bytes.size() < size)
        bytes.append('\x36');
    return bytes;
}

const EVP_CIPHER *aes(int keyBits, bool cbc)
{
    switch (keyBits) {
    case 128:
        return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ecb();
    case 192:
        return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ecb();
    case 256:
        return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

// AES decryption without padding; `size` must be a whole number of blocks.
class AesDecryptor
{
public:
    AesDecryptor(const QByteArray &key, bool cbc) : m_ctx(EVP_CIPHER_CTX_new())
    {
        const EVP_CIPHER *cipher = aes(int(key.size()) * 8, cbc);
        m_ok = m_ctx && cipher &&
               EVP_DecryptInit_ex(m_ctx.get(), cipher, nullptr,
                                  reinterpret_cast<const unsigned char *>(key.constData()), nullptr) == 1 &&
               EVP_CIPHER_CTX_set_padding(m_ctx.get(), 0) == 1;
    }
    bool decrypt(const QByteArray &iv, const char *in, qint64 size, char *out)
    {
        return decrypt(iv.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(iv.constData()), in,
                       size, out);
    }
    // `iv` (a block, or null to keep the context's) without a QByteArray: the package's segments.
    bool decrypt(const unsigned char *iv, const char *in, qint64 size, char *out)
    {
        if (!m_ok || size % 16 != 0)
            return false;
        if (iv && EVP_DecryptInit_ex(m_ctx.get(), nullptr, nullptr, nullptr, iv) != 1)
            return false;
        int written = 0, tail = 0;
        return EVP_DecryptUpdate(m_ctx.get(), reinterpret_cast<unsigned char *>(out), &written,
                                 reinterpret_cast<const unsigned char *>(in), int(size)) == 1 &&
               EVP_DecryptFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char *>(out) + written, &tail) ==
                   1 &&
               written + tail == size;
    }
    QByteArray decrypt(const QByteArray &iv, const QByteArray &in)
    {
        QByteArray out(in.size(), Qt::Uninitialized);
        if (!decrypt(iv, in.constData(), in.size(), out.data()))
            return {};
        return out;
    }

private:
    std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> m_ctx;
    bool m_ok = false;
};

// H(salt + password), then `spinCount` rounds of H(iterator + previous). Null when canceled.
QByteArray spinHash(Hasher &hasher, const QByteArray &salt, const QString &password, int spinCount,
                    const std::atomic_bool *cancel)
{
    QByteArray h = hasher.hash(salt, utf16le(password));
    if (h.isEmpty())
        return {};
    // One buffer of iterator + digest, hashed in one update, the digest written back in place.
    const size_t size = size_t(h.size());
    unsigned char round[4 + EVP_MAX_MD_SIZE];
    std::memcpy(round + 4, h.constData(), size);
    for (int i = 0; i < spinCount; ++i) {
        if ((i & 0xFFF) == 0 && canceled(cancel))
            return {};
        qToLittleEndian<quint32>(quint32(i), round);
        if (!hasher.hash(round, 4 + size, nullptr, 0, round + 4))
            return {};
    }
    std::memcpy(h.data(), round + 4, size);
    return h;
}

// The package stream: 8 bytes of plaintext size, then the cipher text. Checks the size against the
// stream; `needed` is the cipher text to decrypt (the size rounded up to whole blocks).
bool packageSize(const QByteArray &stream, qint64 *size, qint64 *needed, QString *detail)
{
    if (stream.size() < 8) {
        *detail = QStringLiteral("EncryptedPackage shorter than its size field");
        return false;
    }
    const quint64 declared = qFromLittleEndian<quint64>(stream.constData());
    const qint64 available = stream.size() - 8;
    if (declared > quint64(available)) {
        *detail =
            QStringLiteral("EncryptedPackage declares %1 bytes but holds %2").arg(declared).arg(available);
        return false;
    }
    *size = qint64(declared);
    *needed = (*size + 15) / 16 * 16;
    if (*needed > available) {
        *detail = QStringLiteral("EncryptedPackage ends inside its last cipher block");
        return false;
    }
    return true;
}

Decrypted decryptAgile(const EncryptionParams &p, const QByteArray &stream, const QString &password,
                       const std::atomic_bool *cancel)
{
    Hasher keyHasher(p.passwordKey.hash);
    Hasher dataHasher(p.keyData.hash);
    if (!keyHasher.isValid() || !dataHasher.isValid())
        return failed(DecryptFailure::Unsupported, unsupportedMessage(), QStringLiteral("hash unavailable"));
    const QByteArray spun = spinHash(keyHasher, p.passwordKey.salt, password, p.spinCount, cancel);
    if (canceled(cancel))
        return failed(DecryptFailure::Canceled, OfficeCryptoText::tr("Reading the file was cancelled."),
                      QStringLiteral("canceled"));
    if (spun.isEmpty())
        return failed(DecryptFailure::Unsupported, unsupportedMessage(), QStringLiteral("hash failed"));
    const int keyBytes = p.passwordKey.keyBits / 8;
    const QByteArray keyIv = fitTo(p.passwordKey.salt, p.passwordKey.blockSize);
    auto unwrap = [&](const QByteArray &blockKey, const QByteArray &value) {
        return AesDecryptor(fitTo(keyHasher.hash(spun, blockKey), keyBytes), true).decrypt(keyIv, value);
    };

    // The verifier: a random input and its hash, each encrypted with a key from the password.
    const QByteArray input =
        unwrap(kBlockVerifierInput, p.encryptedVerifierHashInput).left(p.passwordKey.salt.size());
    const QByteArray expected = unwrap(kBlockVerifierValue, p.encryptedVerifierHashValue);
    const QByteArray actual = keyHasher.hash(input, QByteArray());
    if (input.isEmpty() || expected.size() < actual.size() || actual.isEmpty() ||
        CRYPTO_memcmp(expected.constData(), actual.constData(), size_t(actual.size())) != 0)
        return failed(DecryptFailure::WrongPassword, wrongPasswordMessage(),
                      QStringLiteral("verifier mismatch"));
    const QByteArray secret = unwrap(kBlockKeyValue, p.encryptedKeyValue).left(p.keyData.keyBits / 8);
    if (secret.size() != p.keyData.keyBits / 8)
        return failed(DecryptFailure::Damaged, integrityMessage(), QStringLiteral("key value failed"));

    // A cut-off package is told as such before the integrity check (which it would fail too).
    qint64 size = 0, needed = 0;
    QString detail;
    if (!packageSize(stream, &size, &needed, &detail))
        return failed(DecryptFailure::Damaged, truncatedMessage(), detail);

    AesDecryptor package(secret, true);
    const int block = p.keyData.blockSize;
    if (p.hasIntegrity) {
        const QByteArray hmacKey =
            package.decrypt(fitTo(dataHasher.hash(p.keyData.salt, kBlockHmacKey), block), p.encryptedHmacKey)
                .left(p.keyData.hashSize);
        const QByteArray hmacValue =
            package
                .decrypt(fitTo(dataHasher.hash(p.keyData.salt, kBlockHmacValue), block), p.encryptedHmacValue)
                .left(p.keyData.hashSize);
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned int macSize = 0;
        if (hmacKey.size() != p.keyData.hashSize || hmacValue.size() != p.keyData.hashSize ||
            !HMAC(dataHasher.md(), hmacKey.constData(), int(hmacKey.size()),
                  reinterpret_cast<const unsigned char *>(stream.constData()), size_t(stream.size()), mac,
                  &macSize) ||
            int(macSize) != hmacValue.size() || CRYPTO_memcmp(mac, hmacValue.constData(), macSize) != 0)
            return failed(DecryptFailure::Damaged, integrityMessage(), QStringLiteral("HMAC mismatch"));
    }

    Decrypted result;
    result.package = QByteArray(qsizetype(needed), Qt::Uninitialized);
    // The segment's IV is the hash of salt + index fitted to a block: truncated in place (every agile
    // hash is at least 20 bytes, a block 16), padded with 0x36 otherwise; no allocation per segment.
    unsigned char ivBuffer[EVP_MAX_MD_SIZE + 64];
    if (block > dataHasher.size())
        std::memset(ivBuffer + dataHasher.size(), 0x36, size_t(block - dataHasher.size()));
    for (qint64 offset = 0, segment = 0; offset < needed; offset += kSegment, ++segment) {
        if ((segment & 0xFF) == 0 && canceled(cancel))
            return failed(DecryptFailure::Canceled, OfficeCryptoText::tr("Reading the file was cancelled."),
                          QStringLiteral("canceled"));
        unsigned char index[4];
        qToLittleEndian<quint32>(quint32(segment), index);
        if (!dataHasher.hash(p.keyData.salt.constData(), size_t(p.keyData.salt.size()), index, 4, ivBuffer))
            return failed(DecryptFailure::Unsupported, unsupportedMessage(), QStringLiteral("hash failed"));
        const qint64 length = std::min(kSegment, needed - offset);
        if (!package.decrypt(ivBuffer, stream.constData() + 8 + offset, length, result.package.data() + offset))
            return failed(DecryptFailure::Damaged, integrityMessage(), QStringLiteral("AES failed"));
    }
    result.package.truncate(qsizetype(size));
    return result;
}

// MS-OFFCRYPTO 2.3.4.7: SHA-1 spun 50,000 times, then the CryptoAPI key derivation (2.3.4.7's X1, X2).
Decrypted decryptStandard(const EncryptionParams &p, const QByteArray &stream, const QString &password,
                          const std::atomic_bool *cancel)
{
    Hasher sha1(QStringLiteral("SHA1"));
    if (!sha1.isValid())
        return failed(DecryptFailure::Unsupported, unsupportedMessage(), QStringLiteral("SHA-1 unavailable"));
    const QByteArray spun = spinHash(sha1, p.standardSalt, password, p.spinCount, cancel);
    if (canceled(cancel))
        return failed(DecryptFailure::Canceled, OfficeCryptoText::tr("Reading the file was cancelled."),
                      QStringLiteral("canceled"));
    const QByteArray final = sha1.hash(spun, le32(0));
    if (final.isEmpty())
        return failed(DecryptFailure::Unsupported, unsupportedMessage(), QStringLiteral("hash failed"));
    QByteArray buffer1(64, '\x36'), buffer2(64, '\x5c');
    for (int i = 0; i < final.size(); ++i) {
        buffer1[i] = char(buffer1[i] ^ final[i]);
        buffer2[i] = char(buffer2[i] ^ final[i]);
    }
    const QByteArray key = (sha1.hash(buffer1, {}) + sha1.hash(buffer2, {})).left(p.standardKeyBits / 8);

    AesDecryptor aes(key, false);
    const QByteArray verifier = aes.decrypt({}, p.encryptedVerifier);
    const QByteArray verifierHash = aes.decrypt({}, p.encryptedVerifierHash);
    const QByteArray actual = sha1.hash(verifier, {});
    if (verifier.isEmpty() || verifierHash.size() < 20 || actual.size() != 20 ||
        CRYPTO_memcmp(verifierHash.constData(), actual.constData(), 20) != 0)
        return failed(DecryptFailure::WrongPassword, wrongPasswordMessage(),
                      QStringLiteral("verifier mismatch"));

    qint64 size = 0, needed = 0;
    QString detail;
    if (!packageSize(stream, &size, &needed, &detail))
        return failed(DecryptFailure::Damaged, truncatedMessage(), detail);
    Decrypted result;
    result.package = QByteArray(qsizetype(needed), Qt::Uninitialized);
    constexpr qint64 kSlice = 1024 * 1024; // ECB has no chaining: any slicing gives the same bytes
    for (qint64 offset = 0; offset < needed; offset += kSlice) {
        if (canceled(cancel))
            return failed(DecryptFailure::Canceled, OfficeCryptoText::tr("Reading the file was cancelled."),
                          QStringLiteral("canceled"));
        const qint64 length = std::min(kSlice, needed - offset);
        if (!aes.decrypt({}, stream.constData() + 8 + offset, length, result.package.data() + offset))
            return failed(DecryptFailure::Damaged, truncatedMessage(), QStringLiteral("AES failed"));
    }
    result.package.truncate(qsizetype(size));
    return result;
}

struct Opened
{
    EncryptionParams params;
    Decrypted failure; // set when something failed before any cryptography
};

// Reads the container and the encryption description; a failure says what the file is instead.
Opened openEncrypted(CompoundFile &file)
{
    Opened opened;
    if (!file.isOpen()) {
        opened.failure = failed(DecryptFailure::Damaged, CompoundFile::damagedMessage(), file.detail());
        return opened;
    }
    if (!file.hasStream(kEncryptionInfo) || !file.hasStream(kEncryptedPackage)) {
        opened.failure =
            failed(DecryptFailure::NotEncrypted,
                   OfficeCryptoText::tr(
                       "The file is an Office file without a password; it is not an encrypted workbook."),
                   QStringLiteral("no EncryptionInfo/EncryptedPackage"));
        return opened;
    }
    QByteArray info;
    if (!file.readStream(kEncryptionInfo, &info, kMaxEncryptionInfo)) {
        opened.failure = failed(DecryptFailure::Damaged, CompoundFile::damagedMessage(), file.detail());
        return opened;
    }
    opened.params = parseEncryptionInfo(info);
    switch (opened.params.problem) {
    case EncryptionParams::Problem::None:
        break;
    case EncryptionParams::Problem::Damaged:
        opened.failure =
            failed(DecryptFailure::Damaged, CompoundFile::damagedMessage(), opened.params.detail);
        break;
    case EncryptionParams::Problem::Unsupported:
        opened.failure = failed(DecryptFailure::Unsupported, unsupportedMessage(), opened.params.detail);
        break;
    }
    return opened;
}

} // namespace

EncryptedFileInfo inspectCompoundFile(const QByteArray &bytes)
{
    EncryptedFileInfo info;
    CompoundFile file(bytes);
    if (!file.isOpen()) {
        info.error = CompoundFile::damagedMessage();
        info.detail = file.detail();
        return info;
    }
    info.isCompound = true;
    info.isLegacyXls = file.hasStream(QStringLiteral("Workbook")) || file.hasStream(QStringLiteral("Book"));
    if (!file.hasStream(kEncryptionInfo) || !file.hasStream(kEncryptedPackage))
        return info;
    info.isEncrypted = true;
    const Opened opened = openEncrypted(file);
    const EncryptionParams &p = opened.params;
    info.kind = p.problem == EncryptionParams::Problem::Unsupported ? OfficeEncryption::Unsupported : p.kind;
    if (!opened.failure.ok()) {
        info.error = opened.failure.message;
        info.detail = opened.failure.detail;
        return info;
    }
    info.cipher = p.cipherName();
    info.hash = p.kind == OfficeEncryption::Agile ? p.passwordKey.hash : QStringLiteral("SHA1");
    info.spinCount = p.spinCount;
    return info;
}

Decrypted decryptOfficeFile(const QByteArray &bytes, const QString &password, const std::atomic_bool *cancel)
{
    CompoundFile file(bytes);
    const Opened opened = openEncrypted(file);
    if (!opened.failure.ok())
        return opened.failure;
    // The package is read in place when it lies in one piece (always, from Excel and the tools we
    // know): a 10 MB download is then not copied before it is decrypted.
    QByteArray stream;
    const qint64 offset = file.contiguousOffset(kEncryptedPackage);
    if (offset >= 0) {
        stream = QByteArray::fromRawData(bytes.constData() + offset,
                                         qsizetype(file.streamSize(kEncryptedPackage)));
    } else if (!file.readStream(kEncryptedPackage, &stream, bytes.size())) {
        return failed(DecryptFailure::Damaged,
                      file.truncated() ? truncatedMessage() : CompoundFile::damagedMessage(), file.detail());
    }
    if (opened.params.kind == OfficeEncryption::Agile)
        return decryptAgile(opened.params, stream, password, cancel);
    return decryptStandard(opened.params, stream, password, cancel);
}

} // namespace sd
