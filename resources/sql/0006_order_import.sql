-- SellerDesk schema, version 6: what the marketplaces' order downloads report beyond our own fields, so an
-- imported order keeps it for settlement and claims, and the staging area of a big import.
--
-- claim_status: the channel's claim / detail status text as reported (Naver 주문세부상태 or 클레임상태:
--   취소요청, 반품요청, 수거중 ...); the unified status stays in `status`, the channel's 주문상태 in raw_status.
-- settlement_expected: 정산예정금액 (Naver) / 정산기준금액 (Kakao) in won, as the marketplace reported it.
ALTER TABLE orders ADD COLUMN claim_status TEXT;
ALTER TABLE orders ADD COLUMN settlement_expected INTEGER;
-- 개인통관고유부호 (personal customs clearance code) is personal data: it lives with the other contacts,
-- read and written only through storage/orders/order_contacts.
ALTER TABLE order_contacts ADD COLUMN customs_code TEXT;
-- Fees as the marketplace reported them, one row per fee the file had (네이버페이 주문관리 수수료,
-- 매출연동 수수료, Kakao 기본수수료 ...): `fee` is the profile's field id (fee.payment, fee.sales_link ...).
CREATE TABLE order_fees (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    fee      TEXT NOT NULL,
    amount   INTEGER NOT NULL,
    PRIMARY KEY (order_id, fee)
) WITHOUT ROWID;
-- Orders whose search document an import still has to write (storage/orders/order_import_stage): an import
-- publishes its orders in one transaction and writes their search documents right after in short ones, so
-- the trigram index (the costliest part) never holds the write lock for long. Filled in the publishing
-- transaction, emptied batch by batch; what a crash leaves here is written by the next import.
-- old_body: the text the order is indexed with now (NULL: a new order, not indexed yet). The index is
-- contentless (migration 5), so removing a document needs that exact text, and after the publish the order
-- no longer holds it.
CREATE TABLE order_search_backlog (
    order_id INTEGER PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    old_body TEXT
);
