#pragma once
// Test and benchmark support only (never linked into the programs): writes OLE compound files and
// password-protected workbooks, so tests can build hostile containers and the benchmark can make a
// 10 MB encrypted order file. The agile encryptor is checked against an independent decryptor
// (Debian's msoffcrypto-tool) in test_office_crypto, so it is not only our reader agreeing with itself.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace sd::test {

struct CfbStream
{
    QString name;
    QByteArray data;
};

// Where the writer put things, so a test can break exactly one of them.
struct CfbLayout
{
    int sectorSize = 512;
    std::vector<quint32> fatSectors;   // in DIFAT order
    std::vector<quint32> difatSectors; // extra DIFAT sectors (more than 109 FAT sectors)
    quint32 directoryStart = 0;
    quint32 miniFatStart = 0;
    std::vector<quint32> streamStarts; // per stream, in the mini stream when it is smaller than 4096 bytes
    qint64 sectorOffset(quint32 sector) const { return (qint64(sector) + 1) * sectorSize; }
    // Offset in the file of FAT entry `sector`.
    qint64 fatEntryOffset(quint32 sector) const;
    // Offset in the file of directory entry `index` (0 = root, i + 1 = stream i).
    qint64 entryOffset(int index) const { return sectorOffset(directoryStart) + 128 * index; }
};

// A valid compound file of version 3 (512-byte sectors) or 4 (4096) holding `streams` in its root:
// streams under 4096 bytes in the mini stream, the rest in regular sectors, every chain contiguous.
QByteArray writeCompoundFile(const QList<CfbStream> &streams, int version = 3, CfbLayout *layout = nullptr);

struct AgileOptions
{
    QString hash = QStringLiteral("SHA512"); // SHA1, SHA256, SHA384, SHA512
    int keyBits = 256;
    int spinCount = 100000;
    int declaredSpinCount = -1; // >= 0: written in the XML instead of spinCount (a hostile file)
    bool integrity = true;
    int cfbVersion = 3;
};

// ECMA-376 agile encryption of `package` (an .xlsx) with `password`, random salts and key.
QByteArray encryptAgile(const QByteArray &package, const QString &password, const AgileOptions &options = {},
                        CfbLayout *layout = nullptr);
// ECMA-376 standard encryption (AES-ECB with `keyBits`, SHA-1 50,000 rounds).
QByteArray encryptStandard(const QByteArray &package, const QString &password, int keyBits = 128);
// A password-protected download for the GUI tests: `package` encrypted as Naver does (agile) with a quick
// spin count, written to `path`. False when the file cannot be written.
bool writeQuickEncryptedFile(const QString &path, const QByteArray &package, const QString &password);

// Swaps sectors `k` and `k + 1` (k >= 1) of the regular stream starting at `start` (data and FAT
// links), so the stream reads the same but is no longer stored in one piece.
void fragmentStream(QByteArray &file, const CfbLayout &layout, quint32 start, quint32 k);

// Sets the little-endian 32-bit value at `offset`.
void putU32(QByteArray &bytes, qint64 offset, quint32 value);

} // namespace sd::test
