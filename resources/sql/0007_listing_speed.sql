-- SellerDesk schema, version 7: windows of a channel and status in payment order, and a log of status
-- changes that keeps the in-memory status map of a reading connection current
-- (storage/orders/order_status_map).

-- 1. A channel and one status sorted by payment walked orders_channel_paid and skipped the other
-- statuses (the last window of a million orders: 116 ms). The old (channel, status) index is a prefix
-- of the new one, so the orders table keeps as many indexes as before.
DROP INDEX orders_channel_status;
CREATE INDEX orders_channel_status_paid ON orders (channel, status, paid_at, id);

-- 2. Every change of an order's channel or status, and every deleted order, leaves its id here. A
-- reader that keeps every order's status in memory re-reads only these orders (and the orders added
-- since, by id) instead of all of them. Only the last 100,000 changes are kept (a reader further
-- behind reads everything again); the trigger trims one row per change.
CREATE TABLE order_status_log (
    seq      INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL
);
CREATE TRIGGER orders_status_logged AFTER UPDATE OF channel, status ON orders
WHEN OLD.channel IS NOT NEW.channel OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO order_status_log (order_id) VALUES (NEW.id);
    DELETE FROM order_status_log WHERE seq <= last_insert_rowid() - 100000;
END;
CREATE TRIGGER orders_deleted_logged AFTER DELETE ON orders
BEGIN
    INSERT INTO order_status_log (order_id) VALUES (OLD.id);
    DELETE FROM order_status_log WHERE seq <= last_insert_rowid() - 100000;
END;
