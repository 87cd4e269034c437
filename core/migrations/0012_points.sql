-- 综合量化考核 (points): the points policy of each year with its versions, and manual adjustments.
-- The ledger itself is never stored: it is derived on every read from attendance, contest awards,
-- honors (and later pledge grades) under the year's policy, plus the adjustments below.

-- One saved version of a year's policy. The newest version of a year is the one in use; older ones
-- are kept as its history. A year without any row uses the default policy.
CREATE TABLE points_policy (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    version     INTEGER NOT NULL CHECK (version > 0),
    -- JSON PointsRules ({"attend": 1, "absent": -1, …}).
    rules       TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    UNIQUE (year, version)
);

-- 手工调整: points given or taken by the organizer, always with a reason; never edited or deleted.
CREATE TABLE points_adjustment (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    -- The day it counts for, 'YYYY-MM-DD'.
    on_date     TEXT    NOT NULL,
    points      REAL    NOT NULL CHECK (points <> 0),
    reason      TEXT    NOT NULL CHECK (length(reason) > 0),
    created_at  TEXT    NOT NULL
);
CREATE INDEX points_adjustment_by_date ON points_adjustment (on_date, staff_id);
CREATE INDEX points_adjustment_by_staff ON points_adjustment (staff_id, on_date);

-- The ledger sums attendance by activity date: one index covers the whole aggregate.
CREATE INDEX signup_member_attendance ON signup_member (activity_id, attendance, staff_id, hours);
