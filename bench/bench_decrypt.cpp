// Decrypting a password-protected order download (sd::decryptOfficeFile: compound file, key derivation,
// verifier, key unwrap, HMAC over the package, AES-CBC per 4096-byte segment) beside the anchor measured
// in the same run: OpenSSL's AES-256-CBC over the same cipher bytes in one call plus the same number
// of SHA-512 spin rounds (Excel's 100,000), the least any decryptor of the file must do.
//
// The order file is a generated Naver-layout .xlsx of about 10 MB written by our XlsxTableWriter,
// encrypted by the test-support agile encryptor (tests/io/support/office_fixture_writer), whose output
// test_office_crypto checks with msoffcrypto-tool, an independent decryptor. Also printed: the whole
// readTable(bytes, password), which adds reading the decrypted workbook.
//
// usage: bench_decrypt [MB] [--runs N]      (default 10 MB, 5 runs, the median is printed)
#include "bench_support.h"
#include "io/formats/cfb_reader.h"
#include "io/formats/office_crypto.h"
#include "io/formats/table_reader.h"
#include "io/formats/xlsx_table_writer.h"
#include "support/office_fixture_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QVariant>
#include <QtEndian>
#include <cstdio>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

const QString kPassword = QStringLiteral("판매자Order-2024");

QByteArray orderWorkbook(const QString &path, int rows)
{
    using Writer = sd::XlsxTableWriter;
    const QList<Writer::Column> columns = {{QStringLiteral("상품주문번호")},
                                           {QStringLiteral("주문번호")},
                                           {QStringLiteral("구매자명")},
                                           {QStringLiteral("수취인명")},
                                           {QStringLiteral("상품명")},
                                           {QStringLiteral("옵션정보")},
                                           {QStringLiteral("수량"), Writer::Kind::Integer},
                                           {QStringLiteral("최종 상품별 총 주문금액"), Writer::Kind::Money},
                                           {QStringLiteral("수취인연락처1")},
                                           {QStringLiteral("통합배송지")},
                                           {QStringLiteral("배송메세지")}};
    static const QStringList names = {QStringLiteral("김민수"), QStringLiteral("이서연"),
                                      QStringLiteral("박지훈"), QStringLiteral("최유나"),
                                      QStringLiteral("정하늘"), QStringLiteral("강도윤")};
    static const QStringList roads = {
        QStringLiteral("서울특별시 강남구 테헤란로"), QStringLiteral("부산광역시 해운대구 센텀중앙로"),
        QStringLiteral("경기도 성남시 분당구 판교역로"), QStringLiteral("제주특별자치도 제주시 중앙로")};
    QRandomGenerator random(42);
    Writer writer(path, QStringLiteral("발주발송관리"), columns);
    for (int i = 0; i < rows && writer.isValid(); ++i) {
        const quint32 r = random.generate();
        writer.writeRow({QString::number(2024010100000000LL + i), QString::number(2024010110000000LL + i / 2),
                         names.at(int(r % 6)), names.at(int((r >> 3) % 6)),
                         QStringLiteral("상품 %1호 (%2)").arg(r % 5000).arg(random.bounded(100000)),
                         QStringLiteral("색상: %1 / 사이즈: %2").arg(r % 12).arg(230 + (r >> 8) % 60),
                         qint64(1 + r % 3), qint64(1000 + random.bounded(200000)),
                         QStringLiteral("010-%1-%2")
                             .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                             .arg(random.bounded(10000), 4, 10, QLatin1Char('0')),
                         QStringLiteral("%1 %2, %3동 %4호")
                             .arg(roads.at(int(r % 4)))
                             .arg(random.bounded(500))
                             .arg(random.bounded(200))
                             .arg(random.bounded(2000)),
                         r % 5 == 0 ? QStringLiteral("부재 시 문 앞에 놓아 주세요") : QString()});
    }
    if (!writer.finish())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The anchor: the cipher bytes of the package in one AES-256-CBC call, and `spinCount` SHA-512 rounds
// over 4 + 64 bytes, with one reused context and (OpenSSL 3) the digest fetched once, the fastest
// plain EVP use (EVP_sha512() in every init costs a third more).
// With `stream`, also the HMAC-SHA-512 over it that the integrity check needs (a second, informative
// floor: the target is set against the first).
double anchorMs(const QByteArray &cipher, int spinCount, const QByteArray &stream = QByteArray())
{
    return bench::timeMs([&] {
        unsigned char h[64] = {};
        unsigned char in[68] = {};
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
        EVP_MD *sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
#else
        const EVP_MD *sha512 = EVP_sha512();
#endif
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        for (int i = 0; i < spinCount; ++i) {
            qToLittleEndian<quint32>(quint32(i), in);
            std::copy(h, h + 64, in + 4);
            EVP_DigestInit_ex(md, sha512, nullptr);
            EVP_DigestUpdate(md, in, sizeof in);
            EVP_DigestFinal_ex(md, h, nullptr);
        }
        EVP_MD_CTX_free(md);
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
        EVP_MD_free(sha512);
#endif
        const unsigned char key[32] = {1}, iv[16] = {2};
        QByteArray out(cipher.size() + 16, Qt::Uninitialized);
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv);
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        int written = 0;
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &written,
                          reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size()));
        EVP_CIPHER_CTX_free(ctx);
        if (!stream.isEmpty()) {
            unsigned char mac[EVP_MAX_MD_SIZE];
            unsigned int macSize = 0;
            HMAC(EVP_sha512(), h, 64, reinterpret_cast<const unsigned char *>(stream.constData()),
                 size_t(stream.size()), mac, &macSize);
            h[0] ^= mac[0];
        }
        if (h[0] == 0 && h[1] == 0 && written < 0)
            std::printf(" "); // keep the work observable
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double targetMb = 10;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            targetMb = std::max(0.1, args.at(i).toDouble());
    }
    QTemporaryDir dir;
    // Size the workbook from a sample: xlsx compresses, so rows per megabyte depend on the data.
    const QByteArray sample = orderWorkbook(dir.filePath(QStringLiteral("sample.xlsx")), 4000);
    const int rows = int(4000 * targetMb * 1024 * 1024 / std::max<qsizetype>(1, sample.size()));
    const QByteArray workbook = orderWorkbook(dir.filePath(QStringLiteral("orders.xlsx")), rows);
    const QByteArray encrypted = sd::test::encryptAgile(workbook, kPassword); // SHA-512, 100,000 rounds
    std::printf("order file: %d rows, workbook %.2f MB, encrypted %.2f MB (agile, AES-256-CBC, SHA-512, "
                "100,000 spin rounds)\n",
                rows, workbook.size() / 1048576.0, encrypted.size() / 1048576.0);

    const sd::Decrypted check = sd::decryptOfficeFile(encrypted, kPassword);
    if (!check.ok() || check.package != workbook) {
        std::fprintf(stderr, "decryption failed: %s\n", qPrintable(check.detail));
        return 1;
    }
    // The cipher text the anchor decrypts: the package stream less its 8-byte size.
    QByteArray stream;
    sd::CompoundFile(encrypted).readStream(QStringLiteral("EncryptedPackage"), &stream, encrypted.size());
    const QByteArray cipher = stream.mid(8);

    QList<double> ours, anchor, withHmac, table;
    for (int run = 0; run < runs; ++run) {
        anchor.append(anchorMs(cipher, 100000));
        withHmac.append(anchorMs(cipher, 100000, stream));
        ours.append(bench::timeMs([&] {
            const sd::Decrypted d = sd::decryptOfficeFile(encrypted, kPassword);
            if (d.package.size() != workbook.size())
                std::abort();
        }));
    }
    for (int run = 0; run < std::min(runs, 3); ++run)
        table.append(bench::timeMs([&] {
            if (!sd::readTable(encrypted, kPassword).ok())
                std::abort();
        }));
    const double o = bench::median(ours), a = bench::median(anchor);
    std::printf("decryptOfficeFile:                      %8.1f ms (median of %d)\n", o, runs);
    std::printf("anchor (AES-256-CBC + 100,000 SHA-512): %8.1f ms\n", a);
    std::printf("ratio:                                  %8.2f x (target <= 1.5)\n", o / a);
    std::printf(
        "anchor + HMAC-SHA-512 over the package: %8.1f ms (ratio %.2f x: the integrity check's floor)\n",
        bench::median(withHmac), o / bench::median(withHmac));
    std::printf("readTable (decrypt + read the sheet):   %8.1f ms\n", bench::median(table));
    return 0;
}
