#include "office_fixture_writer.h"

#include <QFile>
#include <QtEndian>
#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace sd::test {

namespace {

constexpr quint32 kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSect = 0xFFFFFFFD, kDifSect = 0xFFFFFFFC;
constexpr quint32 kNone = 0xFFFFFFFF;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

void putU16(QByteArray &bytes, qint64 offset, quint16 value)
{
    qToLittleEndian<quint16>(value, bytes.data() + offset);
}

void putU64(QByteArray &bytes, qint64 offset, quint64 value)
{
    qToLittleEndian<quint64>(value, bytes.data() + offset);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size);
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(value, bytes.data());
    return bytes;
}

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

const EVP_MD *digest(const QString &hash)
{
    if (hash == QLatin1String("SHA1"))
        return EVP_sha1();
    if (hash == QLatin1String("SHA256"))
        return EVP_sha256();
    if (hash == QLatin1String("SHA384"))
        return EVP_sha384();
    return EVP_sha512();
}

QByteArray hash(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &size, md, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(size));
}

QByteArray fitTo(QByteArray bytes, int size)
{
    bytes.truncate(size);
    while (bytes.size() < size)
        bytes.append('\x36');
    return bytes;
}

QByteArray padTo16(QByteArray bytes)
{
    while (bytes.size() % 16 != 0)
        bytes.append('\0');
    return bytes;
}

const EVP_CIPHER *aes(int bits, bool cbc)
{
    if (bits == 128)
        return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ecb();
    if (bits == 192)
        return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ecb();
    return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ecb();
}

QByteArray encrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plain, bool cbc = true)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    EVP_EncryptInit_ex(ctx.get(), aes(int(key.size()) * 8, cbc), nullptr,
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       cbc ? reinterpret_cast<const unsigned char *>(iv.constData()) : nullptr);
    EVP_CIPHER_CTX_set_padding(ctx.get(), 0);
    const QByteArray in = padTo16(plain);
    QByteArray out(in.size(), Qt::Uninitialized);
    int written = 0, tail = 0;
    EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &written,
                      reinterpret_cast<const unsigned char *>(in.constData()), int(in.size()));
    EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + written, &tail);
    return out;
}

QByteArray spin(const EVP_MD *md, const QByteArray &salt, const QString &password, int count)
{
    QByteArray h = hash(md, salt + utf16le(password));
    for (int i = 0; i < count; ++i)
        h = hash(md, le32(quint32(i)) + h);
    return h;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

void putU32(QByteArray &bytes, qint64 offset, quint32 value)
{
    qToLittleEndian<quint32>(value, bytes.data() + offset);
}

qint64 CfbLayout::fatEntryOffset(quint32 sector) const
{
    const quint32 perSector = quint32(sectorSize / 4);
    return sectorOffset(fatSectors[sector / perSector]) + 4 * (sector % perSector);
}

QByteArray writeCompoundFile(const QList<CfbStream> &streams, int version, CfbLayout *layoutOut)
{
    CfbLayout layout;
    const qint64 ss = version == 4 ? 4096 : 512;
    layout.sectorSize = int(ss);
    const qint64 per = ss / 4;

    QByteArray mini;
    std::vector<quint32> miniStarts(size_t(streams.size()), kEnd);
    std::vector<qint64> miniSectorsOf(size_t(streams.size()), 0);
    for (int i = 0; i < streams.size(); ++i) {
        const QByteArray &data = streams[i].data;
        if (data.size() >= 4096 || data.isEmpty())
            continue;
        miniStarts[size_t(i)] = quint32(mini.size() / 64);
        miniSectorsOf[size_t(i)] = ceilDiv(data.size(), 64);
        mini.append(data);
        mini.append(QByteArray(int(miniSectorsOf[size_t(i)] * 64 - data.size()), '\0'));
    }
    const qint64 miniSectors = mini.size() / 64;
    const qint64 miniFatSectors = ceilDiv(miniSectors, per);
    const qint64 miniStreamSectors = ceilDiv(mini.size(), ss);
    const qint64 dirSectors = ceilDiv((streams.size() + 1) * 128, ss);
    qint64 big = 0;
    for (const CfbStream &s : streams)
        if (s.data.size() >= 4096)
            big += ceilDiv(s.data.size(), ss);
    const qint64 rest = dirSectors + miniFatSectors + miniStreamSectors + big;
    qint64 fat = 0, difat = 0;
    for (;;) {
        const qint64 f = ceilDiv(fat + difat + rest, per);
        const qint64 d = f > 109 ? ceilDiv(f - 109, per - 1) : 0;
        if (f == fat && d == difat)
            break;
        fat = f;
        difat = d;
    }
    const qint64 total = fat + difat + rest;
    QByteArray file(int(ss + total * ss), '\0');
    std::vector<quint32> table(size_t(fat * per), kFree);
    quint32 next = 0;
    auto chainOf = [&](qint64 count) {
        const quint32 start = next;
        for (qint64 i = 0; i < count; ++i, ++next)
            table[next] = i + 1 < count ? next + 1 : kEnd;
        return count > 0 ? start : kEnd;
    };
    for (qint64 i = 0; i < fat; ++i, ++next) {
        layout.fatSectors.push_back(next);
        table[next] = kFatSect;
    }
    for (qint64 i = 0; i < difat; ++i, ++next) {
        layout.difatSectors.push_back(next);
        table[next] = kDifSect;
    }
    layout.directoryStart = chainOf(dirSectors);
    layout.miniFatStart = chainOf(miniFatSectors);
    const quint32 miniStreamStart = chainOf(miniStreamSectors);
    for (int i = 0; i < streams.size(); ++i) {
        const QByteArray &data = streams[i].data;
        if (data.size() >= 4096) {
            const quint32 start = chainOf(ceilDiv(data.size(), ss));
            layout.streamStarts.push_back(start);
            file.replace(int(layout.sectorOffset(start)), int(data.size()), data);
        } else {
            layout.streamStarts.push_back(miniStarts[size_t(i)]);
        }
    }

    // Header.
    file.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    putU16(file, 24, 0x003E);
    putU16(file, 26, quint16(version));
    putU16(file, 28, 0xFFFE);
    putU16(file, 30, version == 4 ? 12 : 9);
    putU16(file, 32, 6);
    putU32(file, 40, version == 4 ? quint32(dirSectors) : 0);
    putU32(file, 44, quint32(fat));
    putU32(file, 48, layout.directoryStart);
    putU32(file, 56, 4096);
    putU32(file, 60, miniFatSectors ? layout.miniFatStart : kEnd);
    putU32(file, 64, quint32(miniFatSectors));
    putU32(file, 68, difat ? layout.difatSectors[0] : kEnd);
    putU32(file, 72, quint32(difat));
    for (int i = 0; i < 109; ++i)
        putU32(file, 76 + 4 * i, i < fat ? layout.fatSectors[size_t(i)] : kFree);
    // DIFAT sectors: the FAT sectors after the first 109, then the next DIFAT sector.
    for (qint64 d = 0; d < difat; ++d) {
        const qint64 offset = layout.sectorOffset(layout.difatSectors[size_t(d)]);
        for (qint64 i = 0; i < per - 1; ++i) {
            const qint64 index = 109 + d * (per - 1) + i;
            putU32(file, offset + 4 * i, index < fat ? layout.fatSectors[size_t(index)] : kFree);
        }
        putU32(file, offset + 4 * (per - 1), d + 1 < difat ? layout.difatSectors[size_t(d + 1)] : kEnd);
    }
    // FAT.
    for (qint64 i = 0; i < qint64(table.size()); ++i)
        putU32(file, layout.sectorOffset(layout.fatSectors[size_t(i / per)]) + 4 * (i % per),
               table[size_t(i)]);
    // Mini FAT and mini stream.
    for (qint64 i = 0; i < miniFatSectors * per; ++i)
        putU32(file, layout.sectorOffset(layout.miniFatStart + quint32(i / per)) + 4 * (i % per), kFree);
    for (int s = 0; s < streams.size(); ++s) {
        const qint64 count = miniSectorsOf[size_t(s)];
        for (qint64 k = 0; k < count; ++k) {
            const qint64 sector = miniStarts[size_t(s)] + k;
            putU32(file,
                   layout.sectorOffset(layout.miniFatStart + quint32(sector / per)) + 4 * (sector % per),
                   k + 1 < count ? quint32(sector + 1) : kEnd);
        }
    }
    if (miniStreamSectors)
        file.replace(int(layout.sectorOffset(miniStreamStart)), int(mini.size()), mini);
    // Directory: the root, then one entry per stream chained through right siblings.
    for (qint64 i = 0; i < dirSectors * ss / 128; ++i) {
        const qint64 e = layout.entryOffset(int(i));
        putU32(file, e + 68, kNone);
        putU32(file, e + 72, kNone);
        putU32(file, e + 76, kNone);
    }
    auto entry = [&](int index, const QString &name, quint8 type, quint32 start, quint64 size) {
        const qint64 e = layout.entryOffset(index);
        const QByteArray n = utf16le(name.left(31));
        file.replace(int(e), int(n.size()), n);
        putU16(file, e + 64, quint16(n.size() + 2));
        file[int(e + 66)] = char(type);
        file[int(e + 67)] = 1; // black
        putU32(file, e + 116, start);
        putU64(file, e + 120, size);
    };
    entry(0, QStringLiteral("Root Entry"), 5, miniStreamSectors ? miniStreamStart : kEnd,
          quint64(mini.size()));
    if (!streams.isEmpty())
        putU32(file, layout.entryOffset(0) + 76, 1);
    for (int i = 0; i < streams.size(); ++i) {
        entry(i + 1, streams[i].name, 2, streams[i].data.isEmpty() ? kEnd : layout.streamStarts[size_t(i)],
              quint64(streams[i].data.size()));
        if (i + 1 < streams.size())
            putU32(file, layout.entryOffset(i + 1) + 72, quint32(i + 2));
    }
    if (layoutOut)
        *layoutOut = layout;
    return file;
}

QByteArray encryptAgile(const QByteArray &package, const QString &password, const AgileOptions &o,
                        CfbLayout *layout)
{
    const EVP_MD *md = digest(o.hash);
    const int hashSize = EVP_MD_size(md);
    const QByteArray secret = randomBytes(o.keyBits / 8);
    const QByteArray keySalt = randomBytes(16);
    const QByteArray passwordSalt = randomBytes(16);

    QByteArray encrypted(8, '\0');
    putU64(encrypted, 0, quint64(package.size()));
    for (qint64 offset = 0, i = 0; offset < package.size(); offset += 4096, ++i) {
        const QByteArray iv = fitTo(hash(md, keySalt + le32(quint32(i))), 16);
        encrypted.append(encrypt(secret, iv, package.mid(offset, 4096)));
    }

    const QByteArray hmacKey = randomBytes(hashSize);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macSize = 0;
    HMAC(md, hmacKey.constData(), hashSize, reinterpret_cast<const unsigned char *>(encrypted.constData()),
         size_t(encrypted.size()), mac, &macSize);
    const QByteArray hmacValue(reinterpret_cast<const char *>(mac), int(macSize));
    const QByteArray encryptedHmacKey =
        encrypt(secret, fitTo(hash(md, keySalt + QByteArray::fromHex("5fb2ad010cb9e1f6")), 16), hmacKey);
    const QByteArray encryptedHmacValue =
        encrypt(secret, fitTo(hash(md, keySalt + QByteArray::fromHex("a0677f02b22c8433")), 16), hmacValue);

    const QByteArray spun = spin(md, passwordSalt, password, o.spinCount);
    auto keyFor = [&](const char *blockKey) {
        return fitTo(hash(md, spun + QByteArray::fromHex(blockKey)), o.keyBits / 8);
    };
    const QByteArray verifierInput = randomBytes(16);
    const QByteArray encryptedInput = encrypt(keyFor("fea7d2763b4b9e79"), passwordSalt, verifierInput);
    const QByteArray encryptedValue =
        encrypt(keyFor("d7aa0f6d3061344e"), passwordSalt, hash(md, verifierInput));
    const QByteArray encryptedKey = encrypt(keyFor("146e0be7abacd0d6"), passwordSalt, secret);

    const QString cipher = QStringLiteral("saltSize=\"16\" blockSize=\"16\" keyBits=\"%1\" hashSize=\"%2\" "
                                          "cipherAlgorithm=\"AES\" cipherChaining=\"ChainingModeCBC\" "
                                          "hashAlgorithm=\"%3\"")
                               .arg(o.keyBits)
                               .arg(hashSize)
                               .arg(o.hash);
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                                 "<encryption xmlns=\"http://schemas.microsoft.com/office/2006/encryption\" "
                                 "xmlns:p=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">"
                                 "<keyData %1 saltValue=\"%2\"/>")
                      .arg(cipher, b64(keySalt));
    if (o.integrity)
        xml += QStringLiteral("<dataIntegrity encryptedHmacKey=\"%1\" encryptedHmacValue=\"%2\"/>")
                   .arg(b64(encryptedHmacKey), b64(encryptedHmacValue));
    xml += QStringLiteral(
               "<keyEncryptors><keyEncryptor "
               "uri=\"http://schemas.microsoft.com/office/2006/keyEncryptor/password\">"
               "<p:encryptedKey spinCount=\"%1\" %2 saltValue=\"%3\" encryptedVerifierHashInput=\"%4\" "
               "encryptedVerifierHashValue=\"%5\" encryptedKeyValue=\"%6\"/>"
               "</keyEncryptor></keyEncryptors></encryption>")
               .arg(QString::number(o.declaredSpinCount >= 0 ? o.declaredSpinCount : o.spinCount), cipher,
                    b64(passwordSalt), b64(encryptedInput), b64(encryptedValue), b64(encryptedKey));
    const QByteArray info = QByteArray("\x04\x00\x04\x00\x40\x00\x00\x00", 8) + xml.toUtf8();
    return writeCompoundFile(
        {{QStringLiteral("EncryptionInfo"), info}, {QStringLiteral("EncryptedPackage"), encrypted}},
        o.cfbVersion, layout);
}

void fragmentStream(QByteArray &file, const CfbLayout &layout, quint32 start, quint32 k)
{
    const quint32 a = start + k, b = a + 1;
    const qint64 size = layout.sectorSize;
    const QByteArray first = file.mid(layout.sectorOffset(a), size);
    file.replace(int(layout.sectorOffset(a)), int(size), file.mid(layout.sectorOffset(b), size));
    file.replace(int(layout.sectorOffset(b)), int(size), first);
    // ... -> a -> b -> c becomes ... -> b -> a -> c, with the data of a now in b and of b in a.
    auto entry = [&](quint32 sector) {
        return qFromLittleEndian<quint32>(file.constData() + layout.fatEntryOffset(sector));
    };
    const quint32 after = entry(b);
    putU32(file, layout.fatEntryOffset(a - 1), b);
    putU32(file, layout.fatEntryOffset(b), a);
    putU32(file, layout.fatEntryOffset(a), after);
}

QByteArray encryptStandard(const QByteArray &package, const QString &password, int keyBits)
{
    const EVP_MD *sha1 = EVP_sha1();
    const QByteArray salt = randomBytes(16);
    const QByteArray spun = spin(sha1, salt, password, 50000);
    const QByteArray final = hash(sha1, spun + le32(0));
    QByteArray b1(64, '\x36'), b2(64, '\x5c');
    for (int i = 0; i < final.size(); ++i) {
        b1[i] = char(b1[i] ^ final[i]);
        b2[i] = char(b2[i] ^ final[i]);
    }
    const QByteArray key = (hash(sha1, b1) + hash(sha1, b2)).left(keyBits / 8);
    const QByteArray verifier = randomBytes(16);

    const QByteArray csp = utf16le(QStringLiteral("Microsoft Enhanced RSA and AES Cryptographic Provider")) +
                           QByteArray(2, '\0');
    QByteArray header(32, '\0');
    putU32(header, 0, 0x24);
    putU32(header, 8, keyBits == 128 ? 0x660E : keyBits == 192 ? 0x660F : 0x6610);
    putU32(header, 12, 0x8004);
    putU32(header, 16, quint32(keyBits));
    putU32(header, 20, 0x18);
    header += csp;
    QByteArray info(12, '\0');
    putU16(info, 0, 4);
    putU16(info, 2, 2);
    putU32(info, 4, 0x24);
    putU32(info, 8, quint32(header.size()));
    info += header;
    info += le32(16) + salt + encrypt(key, {}, verifier, false) + le32(20) +
            encrypt(key, {}, hash(sha1, verifier), false);

    QByteArray encrypted(8, '\0');
    putU64(encrypted, 0, quint64(package.size()));
    encrypted += encrypt(key, {}, package, false);
    return writeCompoundFile(
        {{QStringLiteral("EncryptionInfo"), info}, {QStringLiteral("EncryptedPackage"), encrypted}});
}

bool writeQuickEncryptedFile(const QString &path, const QByteArray &package, const QString &password)
{
    AgileOptions quick;
    quick.spinCount = 1000;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(encryptAgile(package, password, quick)) >= 0 && f.flush();
}

} // namespace sd::test
