-- SellerDesk schema, version 2: login attempts that do not tell who exists.
-- A name that matches no account may be a password typed into the wrong field, so it is never stored:
-- attempts on it are kept under a keyed hash (BLAKE2b with store_secrets.login-name-key), which is
-- enough to count and throttle them. Attempts on real accounts are kept by the account's id.

CREATE TABLE store_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
INSERT INTO store_secrets (name, value) VALUES ('login-name-key', randomblob(32));

CREATE TABLE login_attempts_v2 (
    id       INTEGER PRIMARY KEY,
    user_id  INTEGER REFERENCES users (id),  -- the account tried
    name_key TEXT,                           -- or the keyed hash of a name that is no account
    at       INTEGER NOT NULL,
    success  INTEGER NOT NULL,
    CHECK ((user_id IS NULL) <> (name_key IS NULL))
);
-- Attempts on real accounts carry over; those on unknown names held the typed text and are dropped.
INSERT INTO login_attempts_v2 (id, user_id, at, success)
    SELECT a.id, u.id, a.at, a.success FROM login_attempts a JOIN users u ON u.login = a.login;
DROP TABLE login_attempts;
ALTER TABLE login_attempts_v2 RENAME TO login_attempts;
CREATE INDEX login_attempts_user_at ON login_attempts (user_id, at) WHERE user_id IS NOT NULL;
CREATE INDEX login_attempts_name_at ON login_attempts (name_key, at) WHERE name_key IS NOT NULL;

-- Lockouts of unknown names, kept like users.locked_until / lock_count, so that a name that is no
-- account is locked after the same failures, for the same time, with the same message.
CREATE TABLE login_name_locks (
    name_key     TEXT PRIMARY KEY,
    locked_until INTEGER,
    lock_count   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
