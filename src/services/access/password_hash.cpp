#include "services/access/password_hash.h"

#include <QCoreApplication>
#include <atomic>
#include <sodium.h>

namespace sd {

namespace {
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = 64ull * 1024 * 1024;

std::atomic<quint64> g_verifications{0};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                              kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    ++g_verifications;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

QString dummyPasswordHash()
{
    // Made once with hashPassword() from 32 random bytes that were then thrown away.
    return QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$aWzk7dpGgDSfAnu2ZSb+Zw$"
                          "nm5JittwdlIkQ5Vw3rCJ+BOdMFrKOmOBICZ/9bE18wk");
}

quint64 passwordVerifications()
{
    return g_verifications.load();
}

QString keyedNameHash(const QByteArray &key, const QString &name)
{
    if (!sodiumReady() || key.size() < crypto_generichash_KEYBYTES_MIN)
        return {};
    const QByteArray text = name.toUtf8();
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(text.constData()),
                       static_cast<unsigned long long>(text.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QString passwordWeakness(const QString &password)
{
    if (password.size() < 8)
        return QCoreApplication::translate("sd::Password", "A password needs at least 8 characters.");
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return QCoreApplication::translate("sd::Password", "A password needs both letters and digits.");
    return {};
}

} // namespace sd
