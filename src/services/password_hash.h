#pragma once
#include <QString>

namespace sd {

// argon2id via libsodium (crypto_pwhash_str_alg): 3 passes over 64 MiB.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
// Minimum rules for a new password; returns a translated reason, or empty when acceptable.
QString passwordWeakness(const QString &password);

} // namespace sd
