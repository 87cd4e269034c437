-- 操作日志 (safety): one line per organizer write, results unlock, points adjustment and kiosk
-- open/close. Each line holds the hash of the line before it (hash chain, SHA-256), so a changed or
-- removed line is found by the check. Never ballot contents, codes or anything ordering ballots.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    mode       TEXT    NOT NULL CHECK (mode IN ('organizer', 'kiosk', 'staff')),
    what       TEXT    NOT NULL,
    record     TEXT    NOT NULL,
    before     TEXT    NOT NULL,
    after      TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);
