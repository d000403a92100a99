#include "io/formats/cfb_reader.h"
#include "io/formats/file_format.h"
#include "support/office_fixture_writer.h"

#include <QRandomGenerator>
#include <QTest>

using sd::CompoundFile;
using sd::FileFormat;
using sd::test::CfbLayout;
using sd::test::CfbStream;
using sd::test::putU32;
using sd::test::writeCompoundFile;

namespace {

QByteArray pattern(int size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed * 7 + i / 253) & 0xFF);
    return bytes;
}

// A small stream (mini stream) and a large one (regular sectors), in a file of `version`.
QByteArray twoStreams(int version, CfbLayout *layout, int bigSize = 20000)
{
    return writeCompoundFile(
        {{QStringLiteral("Small"), pattern(1000, 1)}, {QStringLiteral("Big"), pattern(bigSize, 2)}}, version,
        layout);
}

QByteArray read(CompoundFile &file, const QString &name, bool *ok)
{
    QByteArray out;
    *ok = file.readStream(name, &out, 1LL << 40);
    return out;
}

// Opens `bytes` and expects reading the stream `name` to fail with `detail` in the reason.
void expectReadFails(const QByteArray &bytes, const QString &name, const QString &detail,
                     bool truncated = false)
{
    CompoundFile file(bytes);
    QVERIFY2(file.isOpen(), qPrintable(file.detail()));
    bool ok = true;
    QVERIFY(read(file, name, &ok).isEmpty());
    QVERIFY(!ok);
    QVERIFY2(file.detail().contains(detail), qPrintable(file.detail()));
    QCOMPARE(file.truncated(), truncated);
}

} // namespace

class TestCfbReader : public QObject
{
    Q_OBJECT
private slots:
    void readsBothVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("version 3, 512-byte sectors") << 3;
        QTest::newRow("version 4, 4096-byte sectors") << 4;
    }
    void readsBothVersions()
    {
        QFETCH(int, version);
        const QByteArray bytes = writeCompoundFile({{QStringLiteral("EncryptionInfo"), pattern(900, 1)},
                                                    {QStringLiteral("Empty"), QByteArray()},
                                                    {QStringLiteral("EncryptedPackage"), pattern(70000, 2)},
                                                    {QStringLiteral("Tiny"), pattern(1, 3)},
                                                    {QStringLiteral("AtCutoff"), pattern(4096, 4)}},
                                                   version);
        CompoundFile file(bytes);
        QVERIFY2(file.isOpen(), qPrintable(file.detail()));
        QCOMPARE(file.version(), version);
        QCOMPARE(file.streamNames(), QStringList({QStringLiteral("EncryptionInfo"), QStringLiteral("Empty"),
                                                  QStringLiteral("EncryptedPackage"), QStringLiteral("Tiny"),
                                                  QStringLiteral("AtCutoff")}));
        bool ok = false;
        QCOMPARE(read(file, QStringLiteral("EncryptionInfo"), &ok), pattern(900, 1));
        QVERIFY(ok);
        QCOMPARE(read(file, QStringLiteral("encryptedpackage"), &ok), pattern(70000, 2)); // names ignore case
        QVERIFY(ok);
        QCOMPARE(read(file, QStringLiteral("Tiny"), &ok), pattern(1, 3));
        QCOMPARE(read(file, QStringLiteral("AtCutoff"), &ok), pattern(4096, 4));
        QCOMPARE(read(file, QStringLiteral("Empty"), &ok), QByteArray());
        QVERIFY(ok);
        QCOMPARE(file.streamSize(QStringLiteral("EncryptedPackage")), 70000);
        QVERIFY(!file.hasStream(QStringLiteral("Workbook")));
        QVERIFY(read(file, QStringLiteral("Workbook"), &ok).isEmpty());
        QVERIFY(!ok);
    }

    void readsStreamsInPlaceOnlyWhenInOnePiece()
    {
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        {
            CompoundFile file(bytes);
            QCOMPARE(file.contiguousOffset(QStringLiteral("Big")),
                     layout.sectorOffset(layout.streamStarts[1]));
            QCOMPARE(bytes.mid(file.contiguousOffset(QStringLiteral("Big")), 20000), pattern(20000, 2));
            QCOMPARE(file.contiguousOffset(QStringLiteral("Small")), -1); // in the mini stream
            QCOMPARE(file.contiguousOffset(QStringLiteral("None")), -1);
        }
        sd::test::fragmentStream(bytes, layout, layout.streamStarts[1], 3);
        CompoundFile file(bytes);
        QCOMPARE(file.contiguousOffset(QStringLiteral("Big")), -1);
        bool ok = false;
        QCOMPARE(read(file, QStringLiteral("Big"), &ok), pattern(20000, 2)); // still the same stream
        QVERIFY(ok);
        // A chain that loops is never "in one piece".
        putU32(bytes, layout.fatEntryOffset(layout.streamStarts[1] + 20), layout.streamStarts[1]);
        QCOMPARE(CompoundFile(bytes).contiguousOffset(QStringLiteral("Big")), -1);
    }

    void readsExtraDifatSectors()
    {
        // More than 109 FAT sectors (each maps 128 sectors of 512 bytes): the rest are listed in DIFAT
        // sectors, which must be followed.
        CfbLayout layout;
        const QByteArray big = pattern(8 * 1024 * 1024, 5);
        const QByteArray bytes = writeCompoundFile({{QStringLiteral("EncryptedPackage"), big}}, 3, &layout);
        QVERIFY(layout.fatSectors.size() > 109);
        QCOMPARE(layout.difatSectors.size(), size_t(1));
        CompoundFile file(bytes);
        QVERIFY2(file.isOpen(), qPrintable(file.detail()));
        bool ok = false;
        QVERIFY(read(file, QStringLiteral("EncryptedPackage"), &ok) == big);
        QVERIFY(ok);

        // A DIFAT sector that points at itself, in a header that promises more of them, is a loop.
        QByteArray looped = bytes;
        const qint64 difat = layout.sectorOffset(layout.difatSectors[0]);
        putU32(looped, 72, 5);
        putU32(looped, 44, quint32(109 + 127 + 1)); // one FAT sector more than the DIFAT sector lists
        putU32(looped, difat + 127 * 4, layout.difatSectors[0]);
        CompoundFile loop(looped);
        QVERIFY(!loop.isOpen());
        QVERIFY2(loop.detail().contains(QLatin1String("DIFAT chain loops")), qPrintable(loop.detail()));
    }

    void tellsTheFormatsApart_data()
    {
        QTest::addColumn<QStringList>("streams");
        QTest::addColumn<FileFormat>("format");
        QTest::newRow("encrypted workbook")
            << QStringList{QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")}
            << FileFormat::EncryptedXlsx;
        QTest::newRow("Excel 97-2003")
            << QStringList{QStringLiteral("Workbook"), QStringLiteral("\x05SummaryInformation")}
            << FileFormat::LegacyXls;
        QTest::newRow("Excel 5.0/95") << QStringList{QStringLiteral("Book")} << FileFormat::LegacyXls;
        QTest::newRow("a Word file") << QStringList{QStringLiteral("WordDocument"), QStringLiteral("1Table")}
                                     << FileFormat::OleUnreadable;
        QTest::newRow("only half the encryption")
            << QStringList{QStringLiteral("EncryptionInfo")} << FileFormat::OleUnreadable;
    }
    void tellsTheFormatsApart()
    {
        QFETCH(QStringList, streams);
        QFETCH(FileFormat, format);
        QList<CfbStream> list;
        for (const QString &name : streams)
            list.append({name, pattern(5000, int(list.size()))});
        QCOMPARE(sd::detectFileFormat(writeCompoundFile(list)), format);
        // A broken container is never taken for either workbook kind.
        QByteArray broken = writeCompoundFile(list);
        putU32(broken, 48, 0xFFFFFF00); // the directory's first sector: far outside the file
        QCOMPARE(sd::detectFileFormat(broken), FileFormat::OleUnreadable);
    }

    void refusesBadHeaders_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("detail");
        QTest::newRow("byte order") << 28 << 0xFEFF << 2 << QStringLiteral("byte order");
        QTest::newRow("version 5") << 26 << 5 << 2 << QStringLiteral("version");
        QTest::newRow("version 3 with 4096-byte sectors") << 30 << 12 << 2 << QStringLiteral("sector shift");
        QTest::newRow("mini sectors of 128") << 32 << 7 << 2 << QStringLiteral("mini sector shift");
        QTest::newRow("mini cutoff") << 56 << 8192 << 4 << QStringLiteral("cutoff");
        QTest::newRow("more FAT sectors than the file") << 44 << 100000 << 4 << QStringLiteral("FAT sectors");
        QTest::newRow("FAT sector outside the file") << 76 << 100000 << 4 << QStringLiteral("FAT sector");
        QTest::newRow("directory outside the file")
            << 48 << 7777 << 4 << QStringLiteral("directory chain points");
        QTest::newRow("directory at a special sector")
            << 48 << int(0xFFFFFFFD) << 4 << QStringLiteral("directory chain points");
        QTest::newRow("mini FAT outside the file")
            << 60 << 5000 << 4 << QStringLiteral("mini FAT chain points");
        QTest::newRow("absurd mini FAT count")
            << 64 << int(0x7FFFFFFF) << 4 << QStringLiteral("mini FAT sectors");
    }
    void refusesBadHeaders()
    {
        QFETCH(int, offset);
        QFETCH(int, value);
        QFETCH(int, width);
        QFETCH(QString, detail);
        QByteArray bytes = twoStreams(3, nullptr);
        QVERIFY(CompoundFile(bytes).isOpen());
        if (width == 2) {
            bytes[offset] = char(value & 0xFF);
            bytes[offset + 1] = char(value >> 8);
        } else {
            putU32(bytes, offset, quint32(value));
        }
        CompoundFile file(bytes);
        QVERIFY(!file.isOpen());
        QVERIFY2(file.detail().contains(detail), qPrintable(file.detail()));
        QVERIFY(file.streamNames().isEmpty());
    }

    void refusesTooShortFiles()
    {
        QVERIFY(!CompoundFile(QByteArray()).isOpen());
        QVERIFY(!CompoundFile(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).isOpen());
        const QByteArray v4 = twoStreams(4, nullptr);
        CompoundFile headerOnly(v4.left(600)); // a version 4 header sector is 4096 bytes
        QVERIFY(!headerOnly.isOpen());
        QVERIFY(!CompoundFile(QByteArray("PK\x03\x04", 4)).isOpen());
    }

    void findsFatCycles()
    {
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        const quint32 first = layout.streamStarts[1];
        // The big stream's third sector points back at its first.
        putU32(bytes, layout.fatEntryOffset(first + 2), first);
        expectReadFails(bytes, QStringLiteral("Big"), QStringLiteral("stream chain loops"));
        // The other stream is still there.
        CompoundFile file(bytes);
        bool ok = false;
        QCOMPARE(read(file, QStringLiteral("Small"), &ok), pattern(1000, 1));
        QVERIFY(ok);
    }

    void findsOutOfRangeSectors_data()
    {
        QTest::addColumn<quint32>("next");
        QTest::newRow("past the file") << quint32(90000);
        QTest::newRow("the largest regular sector") << quint32(0xFFFFFFFA);
        QTest::newRow("a FAT marker inside a chain") << quint32(0xFFFFFFFD);
        QTest::newRow("a free sector inside a chain") << quint32(0xFFFFFFFF);
    }
    void findsOutOfRangeSectors()
    {
        QFETCH(quint32, next);
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        putU32(bytes, layout.fatEntryOffset(layout.streamStarts[1] + 5), next);
        expectReadFails(bytes, QStringLiteral("Big"), QStringLiteral("chain points at sector"));
    }

    void refusesAChainShorterThanItsStream()
    {
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        putU32(bytes, layout.fatEntryOffset(layout.streamStarts[1] + 3), 0xFFFFFFFE); // ends early
        expectReadFails(bytes, QStringLiteral("Big"), QStringLiteral("ends after 4 of 40"));
    }

    void refusesHugeDeclaredSizes_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<quint64>("size");
        QTest::newRow("v4: a terabyte") << 4 << (quint64(1) << 40);
        QTest::newRow("v4: 2^64 - 1") << 4 << ~quint64(0);
        QTest::newRow("v3: 4 GB") << 3 << quint64(0xFFFFFFF0);
    }
    void refusesHugeDeclaredSizes()
    {
        QFETCH(int, version);
        QFETCH(quint64, size);
        CfbLayout layout;
        QByteArray bytes = twoStreams(version, &layout);
        const qint64 entry = layout.entryOffset(2);
        putU32(bytes, entry + 120, quint32(size & 0xFFFFFFFF));
        putU32(bytes, entry + 124, quint32(size >> 32));
        expectReadFails(bytes, QStringLiteral("Big"), QStringLiteral("declares")); // absurd, not truncated
    }

    void ignoresTheHighHalfOfSizesInVersion3()
    {
        // Version 3 readers must ignore the upper 32 bits (old writers left garbage there).
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        putU32(bytes, layout.entryOffset(2) + 124, 0xDEADBEEF);
        CompoundFile file(bytes);
        bool ok = false;
        QCOMPARE(read(file, QStringLiteral("Big"), &ok), pattern(20000, 2));
        QVERIFY(ok);
    }

    void refusesAStreamLargerThanAsked()
    {
        CompoundFile file(twoStreams(3, nullptr));
        QByteArray out;
        QVERIFY(!file.readStream(QStringLiteral("Big"), &out, 19999));
        QVERIFY(file.detail().contains(QLatin1String("larger than")));
        QVERIFY(file.readStream(QStringLiteral("Big"), &out, 20000));
    }

    void findsTruncation()
    {
        CfbLayout layout;
        const QByteArray bytes = twoStreams(3, &layout);
        expectReadFails(bytes.left(bytes.size() - 3000), QStringLiteral("Big"),
                        QStringLiteral("past the end"), true);
    }

    void findsDirectoryLoops()
    {
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        putU32(bytes, layout.entryOffset(2) + 68, 1); // Big's left sibling is Small, whose right is Big
        CompoundFile file(bytes);
        QVERIFY(!file.isOpen());
        QVERIFY2(file.detail().contains(QLatin1String("directory tree loops")), qPrintable(file.detail()));

        QByteArray outside = twoStreams(3, &layout);
        putU32(outside, layout.entryOffset(1) + 72, 4000); // a sibling past the last entry
        CompoundFile far(outside);
        QVERIFY(!far.isOpen());
        QVERIFY2(far.detail().contains(QLatin1String("points at entry 4000")), qPrintable(far.detail()));

        QByteArray dirCycle = twoStreams(3, &layout);
        putU32(dirCycle, layout.fatEntryOffset(layout.directoryStart), layout.directoryStart);
        CompoundFile dir(dirCycle);
        QVERIFY(!dir.isOpen());
        QVERIFY2(dir.detail().contains(QLatin1String("directory chain loops")), qPrintable(dir.detail()));
    }

    void findsMiniChainProblems()
    {
        CfbLayout layout;
        QByteArray bytes = twoStreams(3, &layout);
        // Small's mini sectors are 0..15; make the fourth point back at the first.
        putU32(bytes, layout.sectorOffset(layout.miniFatStart) + 4 * 3, 0);
        expectReadFails(bytes, QStringLiteral("Small"), QStringLiteral("mini stream chain loops"));

        QByteArray outside = twoStreams(3, &layout);
        putU32(outside, layout.sectorOffset(layout.miniFatStart) + 4 * 3, 500); // past the 16 mini sectors
        expectReadFails(outside, QStringLiteral("Small"), QStringLiteral("points at sector 500"));
    }

    // Random damage anywhere in a valid file: never a crash or a hang, and never more bytes than the
    // file holds (ASan and UBSan builds catch what this does not see).
    void survivesRandomDamage()
    {
        QRandomGenerator random(20240101);
        for (const int version : {3, 4}) {
            const QByteArray good = twoStreams(version, nullptr, 9000);
            for (int round = 0; round < 1500; ++round) {
                QByteArray bytes = good;
                const int flips = 1 + int(random.bounded(6));
                for (int i = 0; i < flips; ++i) {
                    // Mostly the header, FAT and directory, where the structure is.
                    const int at =
                        int(random.bounded(i % 2 ? bytes.size() : std::min<int>(bytes.size(), 4096 + 1536)));
                    bytes[at] = char(random.bounded(256));
                }
                CompoundFile file(bytes);
                for (const QString &name : file.streamNames()) {
                    QByteArray out;
                    if (file.readStream(name, &out, 1 << 30))
                        QVERIFY(out.size() <= bytes.size());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCfbReader)
#include "test_cfb_reader.moc"
