#pragma once
#include <QString>

namespace sd {

// argon2id via libsodium (crypto_pwhash_str_alg): 3 passes over 64 MiB.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
// A fixed argon2id hash with the same cost as real ones, of a password nobody knows. A login for a
// name that is no account is verified against it, so both answers take the same work.
QString dummyPasswordHash();
// How many argon2id verifications this process has run (tests compare login paths by it, not by time).
quint64 passwordVerifications();
// Keyed BLAKE2b of a login name (hex), for counting attempts on names that are no account without
// storing them. Empty when the key is empty.
QString keyedNameHash(const QByteArray &key, const QString &name);
// Minimum rules for a new password; returns a translated reason, or empty when acceptable.
QString passwordWeakness(const QString &password);

} // namespace sd
