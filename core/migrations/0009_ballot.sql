-- One secret ballot for every anonymous vote (评先选优 rounds, the 书画展览 popular vote): one-time
-- codes and counters instead of ballot rows, so that nothing in the file follows the order in
-- which ballots were cast. Existing codes move over; existing ballots become counters (closed
-- rounds keep their tallies), and the old ballot tables are dropped.

-- One vote of one feature: kind 'honor_round' (ref_id = honor_round.id) or 'exhibition'
-- (ref_id = activity.id). Created when the vote opens, before any ballot.
CREATE TABLE ballot_box (
    id      INTEGER PRIMARY KEY,
    kind    TEXT    NOT NULL CHECK (kind IN ('honor_round', 'exhibition')),
    ref_id  INTEGER NOT NULL,
    UNIQUE (kind, ref_id)
);

-- One-time codes, printed on slips handed out at random. Only a used flag (0 and 1 take the same
-- space, so spending a code rewrites its record in place): no voter, no time, no ballot.
CREATE TABLE ballot_code (
    code    TEXT    NOT NULL PRIMARY KEY CHECK (length(code) = 8),
    box_id  INTEGER NOT NULL REFERENCES ballot_box (id),
    used    INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX ballot_code_by_box ON ballot_code (box_id);

-- The ballots, as counts: one row per subject (candidate, work) and mark (0 赞成 / the vote,
-- 1 反对, 2 弃权), and subject 0 mark 0 for the ballots cast. All rows are inserted when the vote
-- opens; a ballot only adds one to some of them. n is 2^62 + the count: always SQLite's 8-byte
-- integer form, so a counter never changes size and is overwritten in place.
CREATE TABLE ballot_counter (
    box_id   INTEGER NOT NULL REFERENCES ballot_box (id),
    subject  INTEGER NOT NULL CHECK (subject >= 0),
    mark     INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 9),
    n        INTEGER NOT NULL CHECK (typeof(n) = 'integer' AND n >= 4611686018427387904),
    PRIMARY KEY (box_id, subject, mark)
) WITHOUT ROWID;

-- Slips of unused codes printed again after the first ballot was cast: why, when, how many.
CREATE TABLE ballot_reprint (
    id          INTEGER PRIMARY KEY,
    box_id      INTEGER NOT NULL REFERENCES ballot_box (id),
    reason      TEXT    NOT NULL,
    slips       INTEGER NOT NULL CHECK (slips >= 0),
    printed_at  TEXT    NOT NULL
);

-- Honors rounds that have been opened.
INSERT INTO ballot_box (kind, ref_id)
SELECT 'honor_round', id FROM honor_round WHERE state IN ('open', 'closed') ORDER BY id;

INSERT OR IGNORE INTO ballot_code (code, box_id, used)
SELECT c.code, b.id, c.used
FROM honor_ballot_code c JOIN ballot_box b ON b.kind = 'honor_round' AND b.ref_id = c.round_id;

INSERT INTO ballot_counter (box_id, subject, mark, n)
SELECT b.id, 0, 0,
       4611686018427387904 + (SELECT COUNT(*) FROM honor_ballot hb WHERE hb.round_id = b.ref_id)
FROM ballot_box b WHERE b.kind = 'honor_round';

INSERT INTO ballot_counter (box_id, subject, mark, n)
SELECT b.id, rc.nomination_id, m.mark,
       4611686018427387904 + CASE r.form
         WHEN 'choose' THEN (
           SELECT COUNT(*) FROM honor_ballot hb, json_each(hb.choices, '$.chosen') j
           WHERE hb.round_id = r.id AND j.value = rc.nomination_id)
         ELSE (
           SELECT COUNT(*) FROM honor_ballot hb, json_each(hb.choices, '$.marks') j
           WHERE hb.round_id = r.id
             AND json_extract(j.value, '$.nomination_id') = rc.nomination_id
             AND json_extract(j.value, '$.vote') = m.vote)
       END
FROM ballot_box b
JOIN honor_round r ON b.kind = 'honor_round' AND r.id = b.ref_id
JOIN honor_round_candidate rc ON rc.round_id = r.id
JOIN (SELECT 0 AS mark, 'for' AS vote UNION ALL SELECT 1, 'against' UNION ALL SELECT 2, 'abstain') m
  ON r.form = 'approve' OR m.mark = 0;

-- Exhibition popular votes that have been opened.
INSERT INTO ballot_box (kind, ref_id)
SELECT 'exhibition', activity_id FROM exhibition_vote_round
WHERE state IN ('open', 'closed') ORDER BY activity_id;

INSERT OR IGNORE INTO ballot_code (code, box_id, used)
SELECT c.code, b.id, c.used
FROM exhibition_vote_code c JOIN ballot_box b ON b.kind = 'exhibition' AND b.ref_id = c.activity_id;

INSERT INTO ballot_counter (box_id, subject, mark, n)
SELECT b.id, 0, 0,
       4611686018427387904 + (SELECT COUNT(*) FROM exhibition_vote v WHERE v.activity_id = b.ref_id)
FROM ballot_box b WHERE b.kind = 'exhibition';

INSERT INTO ballot_counter (box_id, subject, mark, n)
SELECT b.id, e.id, 0,
       4611686018427387904 + (SELECT COUNT(*) FROM exhibition_vote v WHERE v.entry_id = e.id)
FROM ballot_box b JOIN exhibition_entry e ON b.kind = 'exhibition' AND e.activity_id = b.ref_id;

DROP TABLE honor_ballot;
DROP TABLE honor_ballot_code;
DROP TABLE exhibition_vote;
DROP TABLE exhibition_vote_code;
