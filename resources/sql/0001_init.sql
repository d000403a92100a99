-- SellerDesk schema, version 1.
-- Times are epoch milliseconds (UTC); calendar dates are ISO text (YYYY-MM-DD, Seoul); money is whole won.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE store (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL,
    business_no TEXT NOT NULL,   -- 10 digits, no hyphens
    channels    TEXT NOT NULL,   -- comma-separated channel codes
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('MASTER', 'OPERATOR', 'FINANCE')),
    password_hash TEXT NOT NULL,  -- argon2id, libsodium crypto_pwhash_str format
    active        INTEGER NOT NULL DEFAULT 1,
    locked_until  INTEGER,        -- epoch ms; login refused before this
    lock_count    INTEGER NOT NULL DEFAULT 0, -- how many lockouts so far: the delay grows with it
    created_at    INTEGER NOT NULL
);

CREATE TABLE login_attempts (
    id      INTEGER PRIMARY KEY,
    login   TEXT NOT NULL,
    at      INTEGER NOT NULL,
    success INTEGER NOT NULL
);
CREATE INDEX login_attempts_login_at ON login_attempts (login, at);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    user_id   INTEGER REFERENCES users (id),
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    detail    TEXT
);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE holidays_user (
    date TEXT PRIMARY KEY,        -- one-off holidays the user added (elections, temporary days)
    name TEXT NOT NULL
);

CREATE TABLE products (
    id                 INTEGER PRIMARY KEY,
    channel            TEXT NOT NULL,
    channel_product_no TEXT,
    seller_code        TEXT,
    name               TEXT NOT NULL,
    price              INTEGER NOT NULL,
    dispatch_days      INTEGER,   -- business days to dispatch; NULL = the channel's default
    created_at         INTEGER NOT NULL
);

CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    product_order_no TEXT NOT NULL UNIQUE,  -- 상품주문번호
    order_no         TEXT NOT NULL,         -- 주문번호
    channel          TEXT NOT NULL,
    status           TEXT NOT NULL,
    raw_status       TEXT,
    paid_at          INTEGER NOT NULL,
    product_id       INTEGER REFERENCES products (id),
    product_name     TEXT NOT NULL,
    option_text      TEXT,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price       INTEGER NOT NULL DEFAULT 0,
    option_price     INTEGER NOT NULL DEFAULT 0,
    discount         INTEGER NOT NULL DEFAULT 0,
    total_amount     INTEGER NOT NULL,
    shipping_fee     INTEGER NOT NULL DEFAULT 0,
    dispatch_due     TEXT,
    delay_reason     TEXT,
    delay_detail     TEXT,
    courier_code     TEXT,
    tracking_no      TEXT,
    confirmed_at     INTEGER,
    shipped_at       INTEGER,
    delivered_at     INTEGER,
    decided_at       INTEGER,
    updated_at       INTEGER NOT NULL
);
-- Indexes for the orders view: every sortable column with id as tie-breaker (keyset paging),
-- and status-led indexes for the status chips.
CREATE INDEX orders_paid ON orders (paid_at, id);
CREATE INDEX orders_status_paid ON orders (status, paid_at, id);
CREATE INDEX orders_channel_paid ON orders (channel, paid_at, id);
CREATE INDEX orders_channel_status ON orders (channel, status);
CREATE INDEX orders_due ON orders (dispatch_due, id);
CREATE INDEX orders_status_due ON orders (status, dispatch_due, id);
CREATE INDEX orders_order_no ON orders (order_no);
CREATE INDEX orders_status_code ON orders (status, id);
CREATE INDEX orders_total ON orders (total_amount, id);
CREATE INDEX orders_tracking ON orders (tracking_no) WHERE tracking_no IS NOT NULL;
CREATE INDEX orders_delivered ON orders (status, delivered_at) WHERE status = 'DELIVERED';

-- Orders per channel and status, kept by triggers: the status chips and the row count of a view filtered
-- only by status and channel read this instead of counting a million rows.
CREATE TABLE order_status_counts (
    channel TEXT NOT NULL,
    status  TEXT NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (channel, status)
) WITHOUT ROWID;
CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders
BEGIN
    INSERT INTO order_status_counts (channel, status, n) VALUES (NEW.channel, NEW.status, 1)
        ON CONFLICT (channel, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER orders_counted_update AFTER UPDATE OF channel, status ON orders
WHEN OLD.channel IS NOT NEW.channel OR OLD.status IS NOT NEW.status
BEGIN
    UPDATE order_status_counts SET n = n - 1 WHERE channel = OLD.channel AND status = OLD.status;
    INSERT INTO order_status_counts (channel, status, n) VALUES (NEW.channel, NEW.status, 1)
        ON CONFLICT (channel, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER orders_counted_delete AFTER DELETE ON orders
BEGIN
    UPDATE order_status_counts SET n = n - 1 WHERE channel = OLD.channel AND status = OLD.status;
END;

-- Buyer and recipient data, 1:1 with orders, read and written only through storage/order_contacts.
CREATE TABLE order_contacts (
    order_id         INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    buyer_name       TEXT,
    buyer_phone      TEXT,
    recipient_name   TEXT,
    recipient_phone1 TEXT,
    recipient_phone2 TEXT,
    postcode         TEXT,
    address          TEXT,
    address_detail   TEXT,
    delivery_message TEXT
);

CREATE TABLE order_events (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    action      TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    detail      TEXT
);
CREATE INDEX order_events_order ON order_events (order_id, at);

-- Search box: one document per order (rowid = orders.id), trigram-tokenized.
CREATE VIRTUAL TABLE order_search USING fts5 (body, tokenize = 'trigram');
