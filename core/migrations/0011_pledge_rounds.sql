-- 评诺: evaluation rounds of a year's pledges. Named ratings are rows (the rater rated as
-- themselves); anonymous ratings go through the shared secret ballot: one box per sheet (a group
-- of raters and the owners they rate), codes and counters only, no rows per rating.

CREATE TABLE pledge_round (
    id                     INTEGER PRIMARY KEY,
    year                   INTEGER NOT NULL,
    title                  TEXT    NOT NULL,
    mode                   TEXT    NOT NULL CHECK (mode IN ('named', 'anonymous')),
    colleagues             TEXT    NOT NULL CHECK (colleagues IN ('same_department', 'chosen')),
    score_satisfied        INTEGER NOT NULL,
    score_basic            INTEGER NOT NULL,
    score_unsatisfied      INTEGER NOT NULL,
    weight_leaders         INTEGER NOT NULL,
    weight_colleagues      INTEGER NOT NULL,
    weight_self            INTEGER NOT NULL,
    excellent_from         INTEGER NOT NULL,
    good_from              INTEGER NOT NULL,
    fair_from              INTEGER NOT NULL,
    excellent_cap_percent  INTEGER,
    state                  TEXT    NOT NULL DEFAULT 'draft'
                           CHECK (state IN ('draft', 'open', 'closed')),
    created_at             TEXT    NOT NULL,
    opened_at              TEXT,
    closed_at              TEXT
);

-- The chosen raters: leaders, and colleagues when the round chooses them.
CREATE TABLE pledge_round_rater (
    round_id  INTEGER NOT NULL REFERENCES pledge_round (id),
    staff_id  INTEGER NOT NULL REFERENCES staff (id),
    grp       TEXT    NOT NULL CHECK (grp IN ('leaders', 'colleagues')),
    PRIMARY KEY (round_id, grp, staff_id)
) WITHOUT ROWID;

-- The pledges rated in a round, fixed when it opens.
CREATE TABLE pledge_round_owner (
    round_id   INTEGER NOT NULL REFERENCES pledge_round (id),
    pledge_id  INTEGER NOT NULL REFERENCES pledge (id),
    PRIMARY KEY (round_id, pledge_id)
) WITHOUT ROWID;

-- A named rating: one per rater per owner per round.
CREATE TABLE pledge_rating (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES pledge_round (id),
    pledge_id       INTEGER NOT NULL REFERENCES pledge (id),
    rater_staff_id  INTEGER NOT NULL REFERENCES staff (id),
    grp             TEXT    NOT NULL CHECK (grp IN ('self', 'colleagues', 'leaders')),
    rating          TEXT    NOT NULL CHECK (rating IN ('satisfied', 'basic', 'unsatisfied')),
    comment         TEXT    NOT NULL DEFAULT '',
    rated_at        TEXT    NOT NULL,
    UNIQUE (round_id, pledge_id, rater_staff_id)
);

-- A sheet of an anonymous round: the raters of one group (the leaders, one 科室's colleagues, or
-- the chosen colleagues) and the owners they rate; its ballot box is ('pledge_sheet', id).
CREATE TABLE pledge_sheet (
    id             INTEGER PRIMARY KEY,
    round_id       INTEGER NOT NULL REFERENCES pledge_round (id),
    grp            TEXT    NOT NULL CHECK (grp IN ('colleagues', 'leaders')),
    department_id  INTEGER REFERENCES department (id)
);

CREATE TABLE pledge_sheet_owner (
    sheet_id   INTEGER NOT NULL REFERENCES pledge_sheet (id),
    pledge_id  INTEGER NOT NULL REFERENCES pledge (id),
    PRIMARY KEY (sheet_id, pledge_id)
) WITHOUT ROWID;

-- The secret ballot learns the new kind of box. SQLite cannot change a CHECK in place, so the four
-- ballot tables are rebuilt with the same rows (the counters' 8-byte values copied as they are);
-- the old tables are dropped children first, and `secure_delete` zeroes their pages.
CREATE TABLE ballot_box_new (
    id      INTEGER PRIMARY KEY,
    kind    TEXT    NOT NULL CHECK (kind IN ('honor_round', 'exhibition', 'pledge_sheet')),
    ref_id  INTEGER NOT NULL,
    UNIQUE (kind, ref_id)
);
CREATE TABLE ballot_code_new (
    code    TEXT    NOT NULL PRIMARY KEY CHECK (length(code) = 8),
    box_id  INTEGER NOT NULL REFERENCES ballot_box_new (id),
    used    INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
CREATE TABLE ballot_counter_new (
    box_id   INTEGER NOT NULL REFERENCES ballot_box_new (id),
    subject  INTEGER NOT NULL CHECK (subject >= 0),
    mark     INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 9),
    n        INTEGER NOT NULL CHECK (typeof(n) = 'integer' AND n >= 4611686018427387904),
    PRIMARY KEY (box_id, subject, mark)
) WITHOUT ROWID;
CREATE TABLE ballot_reprint_new (
    id          INTEGER PRIMARY KEY,
    box_id      INTEGER NOT NULL REFERENCES ballot_box_new (id),
    reason      TEXT    NOT NULL,
    slips       INTEGER NOT NULL CHECK (slips >= 0),
    printed_at  TEXT    NOT NULL
);
INSERT INTO ballot_box_new (id, kind, ref_id) SELECT id, kind, ref_id FROM ballot_box ORDER BY id;
INSERT INTO ballot_code_new (code, box_id, used) SELECT code, box_id, used FROM ballot_code;
INSERT INTO ballot_counter_new (box_id, subject, mark, n)
SELECT box_id, subject, mark, n FROM ballot_counter;
INSERT INTO ballot_reprint_new (id, box_id, reason, slips, printed_at)
SELECT id, box_id, reason, slips, printed_at FROM ballot_reprint ORDER BY id;
DROP TABLE ballot_code;
DROP TABLE ballot_counter;
DROP TABLE ballot_reprint;
DROP TABLE ballot_box;
ALTER TABLE ballot_box_new RENAME TO ballot_box;
ALTER TABLE ballot_code_new RENAME TO ballot_code;
ALTER TABLE ballot_counter_new RENAME TO ballot_counter;
ALTER TABLE ballot_reprint_new RENAME TO ballot_reprint;
CREATE INDEX ballot_code_by_box ON ballot_code (box_id);
