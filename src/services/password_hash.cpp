#include "services/password_hash.h"

#include <QCoreApplication>
#include <sodium.h>

namespace sd {

namespace {
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = 64ull * 1024 * 1024;

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
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
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
