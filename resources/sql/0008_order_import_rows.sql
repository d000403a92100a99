-- SellerDesk schema, version 8: what an import knows of the file row each order came from, so the same
-- file again is told unchanged without mapping and comparing each row (services/orders/order_import_check).
--
-- signature: a 64-bit hash (FNV-1a) of the file row as read — the profile, the mapping version, the channel,
--   and the raw text of every mapped cell in profile order (io/marketplace/order_row_signature).
-- updated_at: the order's updated_at when the signature was written. A row is skipped only while the
--   order's updated_at still equals it: anything that changed the order since (a dispatch in the app,
--   another file) makes the row go the whole way again.
-- Written only inside an import's publish (a file that changes nothing writes nothing); gone with its order.
CREATE TABLE order_import_rows (
    order_id   INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    signature  INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
