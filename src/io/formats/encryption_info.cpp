#include "io/formats/encryption_info.h"

#include <QXmlStreamReader>
#include <QtEndian>

namespace sd {

namespace {

using Problem = EncryptionParams::Problem;

const QString kEncryptionNs = QStringLiteral("http://schemas.microsoft.com/office/2006/encryption");
const QString kPasswordNs = QStringLiteral("http://schemas.microsoft.com/office/2006/keyEncryptor/password");

// Standard encryption's header flags and algorithm ids (MS-OFFCRYPTO 2.3.2, 2.3.3).
constexpr quint32 kFlagCryptoApi = 0x04;
constexpr quint32 kFlagExternal = 0x10;
constexpr quint32 kFlagAes = 0x20;
constexpr quint32 kAlgAes128 = 0x660E, kAlgAes192 = 0x660F, kAlgAes256 = 0x6610;
constexpr quint32 kAlgSha1 = 0x8004;

EncryptionParams problem(EncryptionParams params, Problem kind, const QString &detail)
{
    params.problem = kind;
    params.detail = detail;
    return params;
}

bool decodeBase64(QStringView text, QByteArray *out)
{
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

// Reads the attributes shared by <keyData> and <p:encryptedKey>; an empty string when they are fine.
QString readCipherAttributes(const QXmlStreamAttributes &a, EncryptionParams::Agile *out, Problem *kind)
{
    *kind = Problem::Unsupported;
    const QString cipher = a.value(QLatin1String("cipherAlgorithm")).toString();
    if (cipher != QLatin1String("AES"))
        return QStringLiteral("cipher %1").arg(cipher.isEmpty() ? QStringLiteral("(none)") : cipher);
    const QString chaining = a.value(QLatin1String("cipherChaining")).toString();
    if (chaining != QLatin1String("ChainingModeCBC"))
        return QStringLiteral("chaining %1").arg(chaining.isEmpty() ? QStringLiteral("(none)") : chaining);
    out->hash = a.value(QLatin1String("hashAlgorithm")).toString();
    out->hashSize = agileDigestSize(out->hash);
    if (out->hashSize == 0)
        return QStringLiteral("hash %1").arg(out->hash.isEmpty() ? QStringLiteral("(none)") : out->hash);
    bool ok = false;
    out->keyBits = a.value(QLatin1String("keyBits")).toInt(&ok);
    if (!ok || (out->keyBits != 128 && out->keyBits != 192 && out->keyBits != 256))
        return QStringLiteral("AES key of %1 bits").arg(a.value(QLatin1String("keyBits")));
    out->blockSize = a.value(QLatin1String("blockSize")).toInt(&ok);
    if (!ok || out->blockSize != 16)
        return QStringLiteral("AES block of %1 bytes").arg(a.value(QLatin1String("blockSize")));
    const QStringView hashSize = a.value(QLatin1String("hashSize"));
    *kind = Problem::Damaged;
    if (!hashSize.isEmpty() && hashSize.toInt() != out->hashSize)
        return QStringLiteral("hashSize %1 for %2").arg(hashSize, out->hash);
    if (!decodeBase64(a.value(QLatin1String("saltValue")), &out->salt) || out->salt.isEmpty() ||
        out->salt.size() > 1024)
        return QStringLiteral("bad saltValue");
    return {};
}

bool readEncrypted(const QXmlStreamAttributes &a, const char *name, int minSize, QByteArray *out)
{
    return decodeBase64(a.value(QLatin1String(name)), out) && out->size() >= minSize && !out->isEmpty() &&
           out->size() % 16 == 0;
}

EncryptionParams parseAgile(EncryptionParams params, const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    bool sawRoot = false, sawKeyData = false, sawPassword = false, sawOtherKey = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (!sawRoot) {
            if (name != QLatin1String("encryption") || reader.namespaceUri() != kEncryptionNs)
                return problem(params, Problem::Damaged, QStringLiteral("agile XML without <encryption>"));
            sawRoot = true;
        } else if (name == QLatin1String("keyData") && reader.namespaceUri() == kEncryptionNs) {
            Problem kind;
            const QString why = readCipherAttributes(a, &params.keyData, &kind);
            if (!why.isEmpty())
                return problem(params, kind, QStringLiteral("keyData: %1").arg(why));
            sawKeyData = true;
        } else if (name == QLatin1String("dataIntegrity") && reader.namespaceUri() == kEncryptionNs) {
            params.hasIntegrity = true;
            // Checked against keyData's digest below, once both are read.
            if (!readEncrypted(a, "encryptedHmacKey", 1, &params.encryptedHmacKey) ||
                !readEncrypted(a, "encryptedHmacValue", 1, &params.encryptedHmacValue))
                return problem(params, Problem::Damaged, QStringLiteral("bad dataIntegrity values"));
        } else if (name == QLatin1String("encryptedKey")) {
            if (reader.namespaceUri() != kPasswordNs || sawPassword) {
                sawOtherKey = true; // a certificate key encryptor, or a second password one
                continue;
            }
            Problem kind;
            const QString why = readCipherAttributes(a, &params.passwordKey, &kind);
            if (!why.isEmpty())
                return problem(params, kind, QStringLiteral("password key: %1").arg(why));
            bool ok = false;
            const qint64 spin = a.value(QLatin1String("spinCount")).toLongLong(&ok);
            if (!ok || spin < 0)
                return problem(params, Problem::Damaged, QStringLiteral("bad spinCount"));
            if (spin > kMaxSpinCount)
                return problem(params, Problem::Unsupported, QStringLiteral("spin count %1").arg(spin));
            params.spinCount = int(spin);
            const int hashSize = params.passwordKey.hashSize;
            if (!readEncrypted(a, "encryptedVerifierHashInput", 1, &params.encryptedVerifierHashInput) ||
                !readEncrypted(a, "encryptedVerifierHashValue", hashSize,
                               &params.encryptedVerifierHashValue) ||
                !readEncrypted(a, "encryptedKeyValue", 1, &params.encryptedKeyValue))
                return problem(params, Problem::Damaged,
                               QStringLiteral("bad password verifier or key values"));
            sawPassword = true;
        }
    }
    if (reader.hasError())
        return problem(params, Problem::Damaged, QStringLiteral("agile XML: %1").arg(reader.errorString()));
    if (!sawKeyData)
        return problem(params, Problem::Damaged, QStringLiteral("agile XML without keyData"));
    if (!sawPassword)
        return problem(params, Problem::Unsupported,
                       sawOtherKey ? QStringLiteral("no password key encryptor (certificate only)")
                                   : QStringLiteral("no key encryptor"));
    if (params.encryptedKeyValue.size() < params.keyData.keyBits / 8)
        return problem(params, Problem::Damaged, QStringLiteral("encryptedKeyValue shorter than the key"));
    if (params.hasIntegrity && (params.encryptedHmacKey.size() < params.keyData.hashSize ||
                                params.encryptedHmacValue.size() < params.keyData.hashSize))
        return problem(params, Problem::Damaged, QStringLiteral("dataIntegrity shorter than the digest"));
    return params;
}

EncryptionParams parseStandard(EncryptionParams params, const QByteArray &stream)
{
    const char *s = stream.constData();
    const qint64 size = stream.size();
    if (size < 12)
        return problem(params, Problem::Damaged, QStringLiteral("standard EncryptionInfo too short"));
    const quint32 headerSize = qFromLittleEndian<quint32>(s + 8);
    // Header (32 bytes and the CSP name), then the verifier: salt size, salt, verifier, hash size, hash.
    if (headerSize < 32 || qint64(headerSize) > size - 12 - 4 - 16 - 16 - 4 - 32)
        return problem(params, Problem::Damaged, QStringLiteral("standard header size %1").arg(headerSize));
    const char *h = s + 12;
    const quint32 flags = qFromLittleEndian<quint32>(h);
    const quint32 algId = qFromLittleEndian<quint32>(h + 8);
    const quint32 algIdHash = qFromLittleEndian<quint32>(h + 12);
    const quint32 keySize = qFromLittleEndian<quint32>(h + 16);
    if (flags & kFlagExternal)
        return problem(params, Problem::Unsupported, QStringLiteral("extensible (external) encryption"));
    if (!(flags & kFlagCryptoApi) || !(flags & kFlagAes))
        return problem(params, Problem::Unsupported, QStringLiteral("standard encryption without AES (RC4)"));
    int bits = 0;
    switch (algId) {
    case 0:
        bits = keySize == 0 ? 128 : int(keySize);
        break;
    case kAlgAes128:
        bits = 128;
        break;
    case kAlgAes192:
        bits = 192;
        break;
    case kAlgAes256:
        bits = 256;
        break;
    default:
        return problem(params, Problem::Unsupported, QStringLiteral("algorithm 0x%1").arg(algId, 0, 16));
    }
    if ((bits != 128 && bits != 192 && bits != 256) || (keySize != 0 && int(keySize) != bits))
        return problem(params, Problem::Unsupported, QStringLiteral("AES key of %1 bits").arg(keySize));
    if (algIdHash != 0 && algIdHash != kAlgSha1)
        return problem(params, Problem::Unsupported, QStringLiteral("hash 0x%1").arg(algIdHash, 0, 16));
    const char *v = h + headerSize;
    if (qFromLittleEndian<quint32>(v) != 16)
        return problem(params, Problem::Damaged, QStringLiteral("standard salt size is not 16"));
    if (qFromLittleEndian<quint32>(v + 36) != 20)
        return problem(params, Problem::Damaged, QStringLiteral("standard verifier hash size is not 20"));
    params.standardKeyBits = bits;
    params.standardSalt = QByteArray(v + 4, 16);
    params.encryptedVerifier = QByteArray(v + 20, 16);
    params.encryptedVerifierHash = QByteArray(v + 40, 32);
    params.spinCount = 50000;
    return params;
}

} // namespace

int agileDigestSize(const QString &hash)
{
    if (hash == QLatin1String("SHA1") || hash == QLatin1String("SHA-1"))
        return 20;
    if (hash == QLatin1String("SHA256") || hash == QLatin1String("SHA-256"))
        return 32;
    if (hash == QLatin1String("SHA384") || hash == QLatin1String("SHA-384"))
        return 48;
    if (hash == QLatin1String("SHA512") || hash == QLatin1String("SHA-512"))
        return 64;
    return 0;
}

QString EncryptionParams::cipherName() const
{
    switch (kind) {
    case OfficeEncryption::Agile:
        return QStringLiteral("AES-%1-CBC").arg(keyData.keyBits);
    case OfficeEncryption::Standard:
        return QStringLiteral("AES-%1-ECB").arg(standardKeyBits);
    case OfficeEncryption::None:
    case OfficeEncryption::Unsupported:
        break;
    }
    return {};
}

EncryptionParams parseEncryptionInfo(const QByteArray &stream)
{
    EncryptionParams params;
    if (stream.size() < 8)
        return problem(params, Problem::Damaged, QStringLiteral("EncryptionInfo shorter than its version"));
    params.versionMajor = qFromLittleEndian<quint16>(stream.constData());
    params.versionMinor = qFromLittleEndian<quint16>(stream.constData() + 2);
    const quint32 flags = qFromLittleEndian<quint32>(stream.constData() + 4);
    const QString version = QStringLiteral("%1.%2").arg(params.versionMajor).arg(params.versionMinor);
    if (params.versionMajor == 4 && params.versionMinor == 4) {
        params.kind = OfficeEncryption::Agile;
        if (flags != 0x40)
            return problem(params, Problem::Damaged, QStringLiteral("agile flags 0x%1").arg(flags, 0, 16));
        return parseAgile(params, stream.mid(8));
    }
    if (params.versionMinor == 2 && params.versionMajor >= 2 && params.versionMajor <= 4) {
        params.kind = OfficeEncryption::Standard;
        return parseStandard(params, stream);
    }
    params.kind = OfficeEncryption::Unsupported;
    return problem(params, Problem::Unsupported,
                   (params.versionMinor == 3 && (params.versionMajor == 3 || params.versionMajor == 4))
                       ? QStringLiteral("extensible encryption %1").arg(version)
                       : QStringLiteral("encryption version %1").arg(version));
}

} // namespace sd
