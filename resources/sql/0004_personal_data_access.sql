-- SellerDesk schema, version 4: one record of every read of unmasked personal data (buyer and recipient
-- names, phones, addresses): who, when, from which program, for what (a command's list, an opened order,
-- an export), and which orders, or the filter when there were many. Written once per command, per opened
-- order or per export, never per grid window, in its own short transaction. The staff issue builds on
-- this table (its view, its retention, its tamper check) rather than adding another.
CREATE TABLE personal_data_access (
    id        INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,              -- epoch ms UTC
    user_id   INTEGER REFERENCES users (id),
    program   TEXT NOT NULL,                 -- the executable's file name: sellerdesk, sellerdesk-cli
    purpose   TEXT NOT NULL,                 -- list | details | export
    orders    INTEGER NOT NULL,              -- how many orders' data was read
    order_ids TEXT,                          -- their ids (comma-separated) when at most 100
    filter    TEXT                           -- else the filter that selected them, as the user gave it
);
CREATE INDEX personal_data_access_at ON personal_data_access (at, id);
CREATE INDEX personal_data_access_user ON personal_data_access (user_id, at);
