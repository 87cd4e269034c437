-- 比赛成绩 (contests), judged contests: the rules of an activity's judging, its judges, their score
-- sheets, and the log of publishing and unlocking the results.

-- One judged contest per activity (演讲、公文写作、歌咏、诵读、书画). Created with the defaults on
-- the organizer's first change; until then the defaults apply.
CREATE TABLE judged_contest (
    activity_id   INTEGER PRIMARY KEY REFERENCES activity (id),
    -- JSON [{"name": "内容", "weight": 40}, …]; the weights add up to 100.
    criteria      TEXT    NOT NULL,
    trim_from     INTEGER NOT NULL DEFAULT 5 CHECK (trim_from >= 3),
    decimals      INTEGER NOT NULL DEFAULT 2 CHECK (decimals BETWEEN 0 AND 4),
    recusal       INTEGER NOT NULL DEFAULT 0 CHECK (recusal IN (0, 1)),
    -- JSON AwardPlan ({"by": "count", "first": 1, …}), or NULL for no awards.
    award_plan    TEXT,
    -- Set when the organizer publishes the results; while set, nothing of the contest can change.
    published_at  TEXT
);

-- A judge: a 职工 from the roster (staff_id, 科室 for 回避) or a guest from outside (name only).
CREATE TABLE contest_judge (
    id             INTEGER PRIMARY KEY,
    activity_id    INTEGER NOT NULL REFERENCES activity (id),
    staff_id       INTEGER REFERENCES staff (id),
    name           TEXT    NOT NULL,
    department_id  INTEGER REFERENCES department (id),
    UNIQUE (activity_id, staff_id)
);
CREATE INDEX contest_judge_by_activity ON contest_judge (activity_id);

-- One judge's marks for one entrant, in hundredths, as a JSON array in the order of the criteria.
-- The entrant is a sign-up of the activity (signup.id).
CREATE TABLE contest_score (
    judge_id    INTEGER NOT NULL REFERENCES contest_judge (id) ON DELETE CASCADE,
    entrant_id  INTEGER NOT NULL,
    marks       TEXT    NOT NULL,
    entered_at  TEXT    NOT NULL,
    PRIMARY KEY (judge_id, entrant_id)
);

-- Publishing and unlocking, with the organizer's reason for an unlock.
CREATE TABLE contest_log (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    action       TEXT    NOT NULL CHECK (action IN ('publish', 'unlock')),
    reason       TEXT    NOT NULL DEFAULT '',
    at           TEXT    NOT NULL
);
CREATE INDEX contest_log_by_activity ON contest_log (activity_id, id);

-- 书画展览: the works on show. For an exhibition these entries, not the sign-ups, are the entrants
-- of the judging (contest_score.entrant_id is then exhibition_entry.id).
CREATE TABLE exhibition_entry (
    id             INTEGER PRIMARY KEY,
    activity_id    INTEGER NOT NULL REFERENCES activity (id),
    title          TEXT    NOT NULL,
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    medium         TEXT    NOT NULL DEFAULT '',
    -- The photo, one of the activity's files (stored once under its SHA-256).
    photo_file_id  INTEGER REFERENCES activity_file (id),
    created_at     TEXT    NOT NULL
);
CREATE INDEX exhibition_entry_by_activity ON exhibition_entry (activity_id);

-- The popular vote of an exhibition (人气投票): ready (weight set, no codes yet) → open → closed,
-- and the weight in percent of the popular score in the final blend.
CREATE TABLE exhibition_vote_round (
    activity_id  INTEGER PRIMARY KEY REFERENCES activity (id),
    state        TEXT    NOT NULL CHECK (state IN ('ready', 'open', 'closed')),
    weight       INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 50)
);

-- One-time codes, as for the honors votes: only a used flag, no voter, no time, no vote reference.
CREATE TABLE exhibition_vote_code (
    code         TEXT    NOT NULL PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    used         INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;

-- Votes under a random 128-bit key: no code, no voter, no time, no insertion order.
CREATE TABLE exhibition_vote (
    id           TEXT    NOT NULL PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    entry_id     INTEGER NOT NULL REFERENCES exhibition_entry (id)
) WITHOUT ROWID;
CREATE INDEX exhibition_vote_by_activity ON exhibition_vote (activity_id, entry_id);
