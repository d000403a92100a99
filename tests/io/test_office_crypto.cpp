#include "io/formats/cfb_reader.h"
#include "io/formats/file_format.h"
#include "io/formats/office_crypto.h"
#include "io/formats/table_reader.h"
#include "support/fixture_orders.h"
#include "support/office_fixture_writer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using sd::DecryptFailure;
using sd::OfficeEncryption;
using sd::TableData;
using sd::test::AgileOptions;
using sd::test::encryptAgile;
using sd::test::encryptStandard;

namespace {

// The fixtures' passwords: keep in step with tests/io/data/make_encrypted.mjs.
const QString kAscii = QStringLiteral("Seller-2024!");
const QString kKorean = QStringLiteral("판매자비밀번호7");
const QString kStandard = QStringLiteral("Std#Order9");

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_IO_TEST_DATA "/encrypted/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray plain()
{
    return fixture(QStringLiteral("plain.xlsx"));
}

// The two streams of an encrypted file, changed by `edit`, written into a new container.
QByteArray withStreams(const QByteArray &file,
                       const std::function<void(QByteArray &info, QByteArray &package)> &edit)
{
    sd::CompoundFile in(file);
    QByteArray info, package;
    in.readStream(QStringLiteral("EncryptionInfo"), &info, 1 << 20);
    in.readStream(QStringLiteral("EncryptedPackage"), &package, 1 << 30);
    edit(info, package);
    return sd::test::writeCompoundFile(
        {{QStringLiteral("EncryptionInfo"), info}, {QStringLiteral("EncryptedPackage"), package}});
}

QByteArray withInfo(const QByteArray &file, const std::function<void(QByteArray &)> &edit)
{
    return withStreams(file, [&](QByteArray &info, QByteArray &) { edit(info); });
}

AgileOptions quick()
{
    AgileOptions o;
    o.spinCount = 1000; // the tests' own files: fast to derive, the fixtures keep Excel's 100,000
    return o;
}

void checkRows(const TableData &table)
{
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table.rows.size(), sd::test::kFixtureOrderRows + 1);
    QCOMPARE(table.rows.first(), sd::test::fixtureOrderHeader());
    for (const int i : {0, 1, 7, 150, sd::test::kFixtureOrderRows - 1}) {
        QStringList expected = sd::test::fixtureOrderRow(i);
        while (!expected.isEmpty() && expected.last().isEmpty())
            expected.removeLast(); // a row holds cells up to its last one written
        QCOMPARE(table.rows.at(i + 1), expected);
    }
}

} // namespace

class TestOfficeCrypto : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(plain().startsWith("PK\x03\x04"), "fixtures missing"); }

    // The committed files written by officecrypto-tool (an independent implementation).
    void decryptsTheFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<OfficeEncryption>("kind");
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<int>("spinCount");
        QTest::newRow("agile, ASCII password")
            << "agile_ascii.xlsx" << kAscii << OfficeEncryption::Agile << "AES-256-CBC"
            << "SHA512" << 100000;
        QTest::newRow("agile, Korean password")
            << "agile_korean.xlsx" << kKorean << OfficeEncryption::Agile << "AES-256-CBC"
            << "SHA512" << 100000;
        QTest::newRow("standard") << "standard.xlsx" << kStandard << OfficeEncryption::Standard
                                  << "AES-128-ECB"
                                  << "SHA1" << 50000;
    }
    void decryptsTheFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(OfficeEncryption, kind);
        const QByteArray bytes = fixture(file);
        QCOMPARE(sd::detectFileFormat(bytes), sd::FileFormat::EncryptedXlsx);

        const sd::EncryptedFileInfo info = sd::inspectCompoundFile(bytes);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.detail));
        QVERIFY(info.isCompound && info.isEncrypted && !info.isLegacyXls);
        QCOMPARE(info.kind, kind);
        QTEST(info.cipher, "cipher");
        QTEST(info.hash, "hash");
        QTEST(info.spinCount, "spinCount");

        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, password);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.detail));
        QVERIFY(decrypted.message.isEmpty());
        QVERIFY(decrypted.package == plain()); // byte for byte, truncated to the declared size
        checkRows(sd::readTable(bytes, password));
    }

    void aWrongPasswordSaysSo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::newRow("agile") << "agile_ascii.xlsx" << QStringLiteral("seller-2024!"); // case counts
        QTest::newRow("agile, the other fixture's password") << "agile_korean.xlsx" << kAscii;
        QTest::newRow("agile, Korean near miss") << "agile_korean.xlsx" << QStringLiteral("판매자비밀번호");
        QTest::newRow("standard") << "standard.xlsx" << kAscii;
    }
    void aWrongPasswordSaysSo()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        const QByteArray bytes = fixture(file);
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, password);
        QCOMPARE(decrypted.failure, DecryptFailure::WrongPassword);
        QVERIFY(decrypted.package.isEmpty());
        QVERIFY2(decrypted.message.contains(QLatin1String("password is wrong")),
                 qPrintable(decrypted.message));

        const TableData table = sd::readTable(bytes, password);
        QVERIFY(!table.ok());
        QCOMPARE(table.passwordProblem, TableData::PasswordProblem::Wrong);
        QVERIFY(table.rows.isEmpty());
        QCOMPARE(table.error(), decrypted.message);
    }

    void withoutAPasswordOneIsNeeded()
    {
        for (const QString &file : {QStringLiteral("agile_ascii.xlsx"), QStringLiteral("standard.xlsx")}) {
            const TableData table = sd::readTable(fixture(file));
            QVERIFY(!table.ok());
            QCOMPARE(table.passwordProblem, TableData::PasswordProblem::Needed);
            QVERIFY(table.error().contains(QLatin1String("password")));
            QCOMPARE(sd::readTable(fixture(file), QString()).passwordProblem,
                     TableData::PasswordProblem::Needed);
        }
        // A file without a password ignores one.
        const TableData unprotected = sd::readTable(plain(), kAscii);
        checkRows(unprotected);
        QCOMPARE(unprotected.passwordProblem, TableData::PasswordProblem::None);
    }

    void aDamagedFileFailsItsIntegrityCheck()
    {
        const QByteArray bytes = fixture(QStringLiteral("damaged.xlsx"));
        QCOMPARE(bytes.size(), fixture(QStringLiteral("agile_ascii.xlsx")).size());
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QCOMPARE(decrypted.failure, DecryptFailure::Damaged);
        QCOMPARE(decrypted.detail, QStringLiteral("HMAC mismatch"));
        QVERIFY(decrypted.message.contains(QLatin1String("damaged")));
        QVERIFY(decrypted.package.isEmpty());
        const TableData table = sd::readTable(bytes, kAscii);
        QVERIFY(!table.ok());
        QCOMPARE(table.passwordProblem, TableData::PasswordProblem::None); // not the password's fault
        // The wrong password is still told first: the verifier comes before the integrity check.
        QCOMPARE(sd::decryptOfficeFile(bytes, kKorean).failure, DecryptFailure::WrongPassword);
    }

    void aTruncatedFileIsDamaged()
    {
        const QByteArray bytes = fixture(QStringLiteral("truncated.xlsx"));
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QCOMPARE(decrypted.failure, DecryptFailure::Damaged);
        QVERIFY(decrypted.message.contains(QLatin1String("damaged")));
        QVERIFY(!sd::readTable(bytes, kAscii).ok());
        // Cut anywhere in our own file: always a clear failure, never a crash or a wrong package.
        const QByteArray whole = encryptAgile(plain(), kAscii, quick());
        for (qsizetype cut = 0; cut < whole.size(); cut += 509) {
            const sd::Decrypted part = sd::decryptOfficeFile(whole.left(cut), kAscii);
            if (cut >= whole.size() - 512 && part.ok()) { // only the unused end of the last sector is gone
                QVERIFY(part.package == plain());
                continue;
            }
            QVERIFY2(!part.ok(), qPrintable(QString::number(cut)));
            QVERIFY(part.failure == DecryptFailure::Damaged || part.failure == DecryptFailure::NotEncrypted);
            QVERIFY(!part.message.isEmpty());
        }
        // A package stream missing the end of its last cipher block (5,000 bytes need 5,008).
        const QByteArray short5000 = withStreams(encryptAgile(QByteArray(5000, 'x'), kAscii, quick()),
                                                 [](QByteArray &, QByteArray &package) { package.chop(4); });
        const sd::Decrypted cut = sd::decryptOfficeFile(short5000, kAscii);
        QCOMPARE(cut.failure, DecryptFailure::Damaged);
        QVERIFY2(cut.detail.contains(QLatin1String("ends inside its last cipher block")),
                 qPrintable(cut.detail));
        QVERIFY(cut.message.contains(QLatin1String("incomplete")));
    }

    // Our own encryptor (test support) over every hash, key length and container version the reader
    // accepts; it is checked against msoffcrypto-tool in crossCheck below.
    void decryptsEveryAgileVariant_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<int>("version");
        for (const char *hash : {"SHA1", "SHA256", "SHA384", "SHA512"})
            for (const int bits : {128, 192, 256})
                for (const int version : {3, 4})
                    QTest::addRow("%s, AES-%d, CFB v%d", hash, bits, version)
                        << QString::fromLatin1(hash) << bits << version;
    }
    void decryptsEveryAgileVariant()
    {
        QFETCH(QString, hash);
        QFETCH(int, keyBits);
        QFETCH(int, version);
        AgileOptions o = quick();
        o.hash = hash;
        o.keyBits = keyBits;
        o.cfbVersion = version;
        const QByteArray bytes = encryptAgile(plain(), kKorean, o);
        const sd::EncryptedFileInfo info = sd::inspectCompoundFile(bytes);
        QCOMPARE(info.cipher, QStringLiteral("AES-%1-CBC").arg(keyBits));
        QCOMPARE(info.hash, hash);
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kKorean);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.detail));
        QVERIFY(decrypted.package == plain());
        QCOMPARE(sd::decryptOfficeFile(bytes, kAscii).failure, DecryptFailure::WrongPassword);
    }

    void decryptsAPackageStoredInPieces()
    {
        // Read in place when it lies in one piece, copied through its chain when it does not: the same
        // bytes either way.
        sd::test::CfbLayout layout;
        QByteArray bytes = encryptAgile(plain(), kAscii, quick(), &layout);
        sd::test::fragmentStream(bytes, layout, layout.streamStarts[1], 5);
        QCOMPARE(sd::CompoundFile(bytes).contiguousOffset(QStringLiteral("EncryptedPackage")), -1);
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.detail));
        QVERIFY(decrypted.package == plain());
    }

    void decryptsEveryStandardKeyLength()
    {
        for (const int bits : {128, 192, 256}) {
            const QByteArray bytes = encryptStandard(plain(), kKorean, bits);
            QCOMPARE(sd::inspectCompoundFile(bytes).cipher, QStringLiteral("AES-%1-ECB").arg(bits));
            const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kKorean);
            QVERIFY2(decrypted.ok(), qPrintable(decrypted.detail));
            QVERIFY(decrypted.package == plain());
            QCOMPARE(sd::decryptOfficeFile(bytes, kStandard).failure, DecryptFailure::WrongPassword);
        }
    }

    void passwordsAreUtf16()
    {
        // Beyond the Basic Multilingual Plane (a surrogate pair), and a long one.
        for (const QString &password : {QStringLiteral("주문🔒2024"), QString(300, QChar(u'가'))}) {
            const QByteArray bytes = encryptAgile(plain(), password, quick());
            QVERIFY(sd::decryptOfficeFile(bytes, password).ok());
            QCOMPARE(sd::decryptOfficeFile(bytes, password.left(password.size() - 1)).failure,
                     DecryptFailure::WrongPassword);
        }
    }

    void withoutIntegrityDataStillDecrypts()
    {
        AgileOptions o = quick();
        o.integrity = false;
        const sd::Decrypted decrypted = sd::decryptOfficeFile(encryptAgile(plain(), kAscii, o), kAscii);
        QVERIFY2(decrypted.ok(), qPrintable(decrypted.detail));
        QVERIFY(decrypted.package == plain());
    }

    void refusesAbsurdSpinCountsAtOnce()
    {
        AgileOptions o = quick();
        o.declaredSpinCount = 2'000'000'000;
        const QByteArray bytes = encryptAgile(plain(), kAscii, o);
        QElapsedTimer timer;
        timer.start();
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QCOMPARE(decrypted.failure, DecryptFailure::Unsupported);
        QVERIFY2(decrypted.detail.contains(QLatin1String("spin count 2000000000")),
                 qPrintable(decrypted.detail));
        QCOMPARE(sd::inspectCompoundFile(bytes).kind, OfficeEncryption::Unsupported);
        // The limit itself is allowed (checked without deriving 10 million rounds).
        o.declaredSpinCount = sd::kMaxSpinCount;
        QCOMPARE(sd::inspectCompoundFile(encryptAgile(plain(), kAscii, o)).spinCount, sd::kMaxSpinCount);
    }

    void refusesWhatItDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<DecryptFailure>("failure");
        QTest::addColumn<QString>("detail");
        QTest::newRow("RC2") << QByteArray("cipherAlgorithm=\"AES\"") << QByteArray("cipherAlgorithm=\"RC2\"")
                             << DecryptFailure::Unsupported << "cipher RC2";
        QTest::newRow("CFB chaining") << QByteArray("ChainingModeCBC") << QByteArray("ChainingModeCFB")
                                      << DecryptFailure::Unsupported << "chaining ChainingModeCFB";
        QTest::newRow("MD5") << QByteArray("hashAlgorithm=\"SHA512\"") << QByteArray("hashAlgorithm=\"MD5\"")
                             << DecryptFailure::Unsupported << "hash MD5";
        QTest::newRow("hash size") << QByteArray("hashSize=\"64\"") << QByteArray("hashSize=\"32\"")
                                   << DecryptFailure::Damaged << "hashSize 32";
        QTest::newRow("key bits") << QByteArray("keyBits=\"256\"") << QByteArray("keyBits=\"257\"")
                                  << DecryptFailure::Unsupported << "key of 257 bits";
        QTest::newRow("certificate only")
            << QByteArray("keyEncryptor/password\">") << QByteArray("keyEncryptor/certificate\">")
            << DecryptFailure::Unsupported << "no password key encryptor";
        QTest::newRow("bad base64") << QByteArray("encryptedKeyValue=\"")
                                    << QByteArray("encryptedKeyValue=\"*") << DecryptFailure::Damaged
                                    << "bad password verifier or key values";
        QTest::newRow("broken XML") << QByteArray("</keyEncryptors>") << QByteArray("</keyEncryptor>")
                                    << DecryptFailure::Damaged << "agile XML";
        QTest::newRow("negative spin count")
            << QByteArray("spinCount=\"1000\"") << QByteArray("spinCount=\"-1\"") << DecryptFailure::Damaged
            << "bad spinCount";
        QTest::newRow("extensible 4.3")
            << QByteArray("\x04\x00\x04\x00", 4) << QByteArray("\x04\x00\x03\x00", 4)
            << DecryptFailure::Unsupported << "extensible encryption 4.3";
        QTest::newRow("version 1.1") << QByteArray("\x04\x00\x04\x00", 4) << QByteArray("\x01\x00\x01\x00", 4)
                                     << DecryptFailure::Unsupported << "encryption version 1.1";
        QTest::newRow("agile flags") << QByteArray("\x04\x00\x04\x00\x40", 5)
                                     << QByteArray("\x04\x00\x04\x00\x24", 5) << DecryptFailure::Damaged
                                     << "agile flags 0x24";
    }
    void refusesWhatItDoesNotRead()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(DecryptFailure, failure);
        QFETCH(QString, detail);
        const QByteArray bytes = withInfo(encryptAgile(plain(), kAscii, quick()), [&](QByteArray &info) {
            const qsizetype at = info.indexOf(from);
            QVERIFY(at >= 0);
            info.replace(at, from.size(), to);
        });
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QCOMPARE(decrypted.failure, failure);
        QVERIFY2(decrypted.detail.contains(detail), qPrintable(decrypted.detail));
        QVERIFY(!decrypted.message.isEmpty());
        QVERIFY(decrypted.package.isEmpty());
        const sd::EncryptedFileInfo info = sd::inspectCompoundFile(bytes);
        QVERIFY(info.isEncrypted);
        QVERIFY(!info.error.isEmpty());
        QCOMPARE(info.kind == OfficeEncryption::Unsupported, failure == DecryptFailure::Unsupported);
        QVERIFY(!sd::readTable(bytes, kAscii).ok());
    }

    void refusesStandardWithoutAes_data()
    {
        QTest::addColumn<int>("offset"); // in the EncryptionInfo stream
        QTest::addColumn<quint32>("value");
        QTest::addColumn<QString>("detail");
        QTest::newRow("RC4 (no fAES flag)") << 12 << quint32(0x04) << "without AES";
        QTest::newRow("external") << 12 << quint32(0x34) << "extensible";
        QTest::newRow("RC4 algorithm") << 20 << quint32(0x6801) << "algorithm 0x6801";
        QTest::newRow("MD5 hash") << 24 << quint32(0x8003) << "hash 0x8003";
        QTest::newRow("key size") << 28 << quint32(64) << "key of 64 bits";
        QTest::newRow("header size") << 8 << quint32(5000) << "header size";
    }
    void refusesStandardWithoutAes()
    {
        QFETCH(int, offset);
        QFETCH(quint32, value);
        QFETCH(QString, detail);
        const QByteArray bytes = withInfo(encryptStandard(plain(), kAscii),
                                          [&](QByteArray &info) { sd::test::putU32(info, offset, value); });
        const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
        QVERIFY(!decrypted.ok());
        QVERIFY2(decrypted.detail.contains(detail), qPrintable(decrypted.detail));
    }

    void aPackageLargerThanItsStreamIsDamaged()
    {
        // The declared plaintext size is checked against the stream before anything is allocated.
        for (const QByteArray &file :
             {encryptStandard(plain(), kAscii), encryptAgile(plain(), kAscii, quick())}) {
            const QByteArray bytes = withStreams(file, [](QByteArray &, QByteArray &package) {
                sd::test::putU32(package, 4, 0x7FFFFFFF); // 2^62 bytes and more
            });
            const sd::Decrypted decrypted = sd::decryptOfficeFile(bytes, kAscii);
            QCOMPARE(decrypted.failure, DecryptFailure::Damaged);
            QVERIFY2(decrypted.detail.contains(QLatin1String("declares")), qPrintable(decrypted.detail));
        }
    }

    void aPlainContainerIsNotEncrypted()
    {
        const QByteArray xls =
            sd::test::writeCompoundFile({{QStringLiteral("Workbook"), QByteArray(6000, 'b')}});
        const sd::EncryptedFileInfo info = sd::inspectCompoundFile(xls);
        QVERIFY(info.isCompound && info.isLegacyXls && !info.isEncrypted);
        QCOMPARE(info.kind, OfficeEncryption::None);
        QCOMPARE(sd::decryptOfficeFile(xls, kAscii).failure, DecryptFailure::NotEncrypted);
        const TableData table = sd::readTable(xls, kAscii);
        QVERIFY(table.error().contains(QLatin1String("Save As")));
        QCOMPARE(table.passwordProblem, TableData::PasswordProblem::None);
        // Not a compound file at all.
        QCOMPARE(sd::decryptOfficeFile(plain(), kAscii).failure, DecryptFailure::Damaged);
        QVERIFY(!sd::inspectCompoundFile(plain()).isCompound);
    }

    void aDecryptedPackageThatIsNoWorkbookIsSaidSo()
    {
        const QByteArray bytes = encryptAgile(QByteArray("just text, not a zip"), kAscii, quick());
        QVERIFY(sd::decryptOfficeFile(bytes, kAscii).ok());
        const TableData table = sd::readTable(bytes, kAscii);
        QVERIFY(table.error().contains(QLatin1String("no Excel workbook")));
    }

    void cancels()
    {
        const std::atomic_bool cancel{true};
        const sd::Decrypted decrypted =
            sd::decryptOfficeFile(fixture(QStringLiteral("agile_ascii.xlsx")), kAscii, &cancel);
        QCOMPARE(decrypted.failure, DecryptFailure::Canceled);
        QVERIFY(decrypted.package.isEmpty());
        QCOMPARE(sd::decryptOfficeFile(fixture(QStringLiteral("standard.xlsx")), kStandard, &cancel).failure,
                 DecryptFailure::Canceled);
    }

    // A second implementation: Debian's msoffcrypto-tool decrypts every fixture to the same bytes as
    // ours, and decrypts what our test encryptor writes (so the benchmark's files are real ones).
    void crossCheckWithMsoffcryptoTool()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("msoffcrypto-tool"));
        if (tool.isEmpty())
            QSKIP("msoffcrypto-tool is not installed (scripts/install-deps.sh installs "
                  "python3-msoffcrypto-tool)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto theirs = [&](const QByteArray &bytes, const QString &password) {
            const QString in = dir.filePath(QStringLiteral("in.xlsx")),
                          out = dir.filePath(QStringLiteral("out.xlsx"));
            QFile::remove(out);
            QFile f(in);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return QByteArray();
            f.close();
            QProcess p;
            p.start(tool, {QStringLiteral("-p"), password, in, out});
            if (!p.waitForFinished(120000) || p.exitCode() != 0)
                return QByteArray("failed: ") + p.readAllStandardError();
            QFile o(out);
            return o.open(QIODevice::ReadOnly) ? o.readAll() : QByteArray();
        };
        const QList<QPair<QString, QString>> fixtures = {{QStringLiteral("agile_ascii.xlsx"), kAscii},
                                                         {QStringLiteral("agile_korean.xlsx"), kKorean},
                                                         {QStringLiteral("standard.xlsx"), kStandard}};
        for (const auto &[name, password] : fixtures) {
            const QByteArray bytes = fixture(name);
            const QByteArray expected = theirs(bytes, password);
            QVERIFY2(expected.startsWith("PK"),
                     qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(expected)));
            QVERIFY2(sd::decryptOfficeFile(bytes, password).package == expected, qPrintable(name));
        }
        // msoffcrypto-tool 5 reads the combinations Excel writes: it neither pads a short hash to
        // the key length (SHA-1 with AES-192/256) nor cuts the unwrapped key to 192 bits.
        for (const auto &[hash, bits] : QList<QPair<QString, int>>{{QStringLiteral("SHA512"), 256},
                                                                   {QStringLiteral("SHA384"), 256},
                                                                   {QStringLiteral("SHA256"), 128},
                                                                   {QStringLiteral("SHA1"), 128}}) {
            AgileOptions o = quick();
            o.hash = hash;
            o.keyBits = bits;
            QVERIFY2(theirs(encryptAgile(plain(), kKorean, o), kKorean) == plain(), qPrintable(hash));
        }
        for (const int bits : {128, 192, 256})
            QVERIFY2(theirs(encryptStandard(plain(), kKorean, bits), kKorean) == plain(), "standard");
    }
};

QTEST_GUILESS_MAIN(TestOfficeCrypto)
#include "test_office_crypto.moc"
