-- SellerDesk schema, version 3: the audit log says what a change changed, and is listed like any big
-- table (설정 › 감사 로그): newest first on an index ending in id, filtered by user or action on
-- their own indexes. `detail` stays: what the action covered (counts, ids, the imported file).
-- "before" and "after" are quoted: BEFORE and AFTER are SQL keywords.

ALTER TABLE audit_log ADD COLUMN "before" TEXT;
ALTER TABLE audit_log ADD COLUMN "after" TEXT;
DROP INDEX audit_log_at;
CREATE INDEX audit_log_at_id ON audit_log (at, id);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at, id);
CREATE INDEX audit_log_action_at ON audit_log (action, at, id);
