-- SellerDesk schema, version 5: writing many orders fast (storage/orders/order_bulk_writer), a search
-- index without a second copy of its text, and status chips of a search without a look-up per match.

-- 1. The search index keeps no copy of its documents (content=''): they are rebuilt from orders and
-- order_contacts whenever one is replaced (storage/orders/order_search_index), and the copy was a
-- quarter of the store. Queries only ever read rowids, so nothing else changes. The documents carry
-- over as they were indexed.
CREATE VIRTUAL TABLE order_search_v5 USING fts5 (body, content = '', tokenize = 'trigram');
INSERT INTO order_search_v5 (rowid, body) SELECT rowid, body FROM order_search ORDER BY rowid;
DROP TABLE order_search;
ALTER TABLE order_search_v5 RENAME TO order_search;

-- 2. While a bulk writer's transaction holds a row here, an inserted order is not counted one by one:
-- the writer counts its batch once, by id range, when its orders are in. The row is written and
-- deleted inside that one transaction, so no other connection ever sees it.
CREATE TABLE order_counts_deferred (
    from_id INTEGER NOT NULL
);
DROP TRIGGER orders_counted_insert;
CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders
WHEN NOT EXISTS (SELECT 1 FROM order_counts_deferred)
BEGIN
    INSERT INTO order_status_counts (channel, status, n) VALUES (NEW.channel, NEW.status, 1)
        ON CONFLICT (channel, status) DO UPDATE SET n = n + 1;
END;

-- 3. The status chips of a search look each match up by id for its status (and channel): in this
-- narrow index rather than in the orders table, whose rows are ten times wider, so the look-ups stay
-- in the page cache (storage/table/table_orders).
CREATE INDEX orders_id_status ON orders (id, status, channel);
