-- 评先选优 (honors): categories per year, nominations with 资格审查, secret voting rounds.

CREATE TABLE honor_category (
    id                    INTEGER PRIMARY KEY,
    year                  INTEGER NOT NULL,
    name                  TEXT    NOT NULL,
    target                TEXT    NOT NULL CHECK (target IN ('person', 'department', 'family')),
    quota                 INTEGER NOT NULL CHECK (quota > 0),
    eligibility           TEXT    NOT NULL CHECK (eligibility IN ('none', 'party_member', 'veteran')),
    -- Local times of the unit, 'YYYY-MM-DDTHH:MM:SS'; nominations are taken in [opens, closes).
    nominations_open_at   TEXT    NOT NULL,
    nominations_close_at  TEXT    NOT NULL,
    sort_order            INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT    NOT NULL,
    UNIQUE (year, name)
);

-- A nominee is a 职工 (person or family target) or a 科室 (department target).
CREATE TABLE honor_nomination (
    id                    INTEGER PRIMARY KEY,
    category_id           INTEGER NOT NULL REFERENCES honor_category (id),
    staff_id              INTEGER REFERENCES staff (id),
    department_id         INTEGER REFERENCES department (id),
    source                TEXT    NOT NULL CHECK (source IN ('department', 'leadership', 'self')),
    source_department_id  INTEGER REFERENCES department (id),
    deeds                 TEXT    NOT NULL,
    review                TEXT    NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'passed', 'rejected')),
    review_reason         TEXT    NOT NULL DEFAULT '',
    created_at            TEXT    NOT NULL,
    CHECK ((staff_id IS NULL) <> (department_id IS NULL)),
    UNIQUE (category_id, staff_id),
    UNIQUE (category_id, department_id)
);

CREATE TABLE honor_round (
    id             INTEGER PRIMARY KEY,
    category_id    INTEGER NOT NULL REFERENCES honor_category (id),
    title          TEXT    NOT NULL,
    form           TEXT    NOT NULL CHECK (form IN ('choose', 'approve')),
    majority_base  TEXT    NOT NULL CHECK (majority_base IN ('cast', 'entitled')),
    seats          INTEGER NOT NULL CHECK (seats > 0),
    state          TEXT    NOT NULL CHECK (state IN ('draft', 'open', 'closed')),
    runoff_of      INTEGER REFERENCES honor_round (id),
    created_at     TEXT    NOT NULL,
    opened_at      TEXT,
    closed_at      TEXT
);

CREATE TABLE honor_round_candidate (
    round_id       INTEGER NOT NULL REFERENCES honor_round (id) ON DELETE CASCADE,
    nomination_id  INTEGER NOT NULL REFERENCES honor_nomination (id),
    PRIMARY KEY (round_id, nomination_id)
);

-- Who is entitled to vote. Never linked to a code or a ballot.
CREATE TABLE honor_round_voter (
    round_id  INTEGER NOT NULL REFERENCES honor_round (id) ON DELETE CASCADE,
    staff_id  INTEGER NOT NULL REFERENCES staff (id),
    PRIMARY KEY (round_id, staff_id)
);

-- One-time ballot codes, printed on slips handed out at random. Only a used flag: no voter, no
-- time, no ballot reference. WITHOUT ROWID: rows are kept in code order, not issue order.
CREATE TABLE honor_ballot_code (
    code      TEXT    NOT NULL PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES honor_round (id),
    used      INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;

-- Kiosk ballots: a random 128-bit key, the round and the canonical choices (JSON). No code, no
-- voter, no time; WITHOUT ROWID so neither a rowid nor the B-tree position follows insertion order.
CREATE TABLE honor_ballot (
    id        TEXT    NOT NULL PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES honor_round (id),
    choices   TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX honor_ballot_by_round ON honor_ballot (round_id);

-- Paper ballots of a closed round, counted by the 计票人 ('counter') and entered again by the
-- 监票人 ('scrutineer'); the result needs both entries and they must agree.
CREATE TABLE honor_paper_count (
    round_id  INTEGER NOT NULL REFERENCES honor_round (id),
    role      TEXT    NOT NULL CHECK (role IN ('counter', 'scrutineer')),
    ballots   INTEGER NOT NULL CHECK (ballots >= 0),
    invalid   INTEGER NOT NULL CHECK (invalid >= 0 AND invalid <= ballots),
    PRIMARY KEY (round_id, role)
);

CREATE TABLE honor_paper_votes (
    round_id       INTEGER NOT NULL,
    role           TEXT    NOT NULL,
    nomination_id  INTEGER NOT NULL REFERENCES honor_nomination (id),
    votes_for      INTEGER NOT NULL CHECK (votes_for >= 0),
    against        INTEGER NOT NULL CHECK (against >= 0),
    abstain        INTEGER NOT NULL CHECK (abstain >= 0),
    PRIMARY KEY (round_id, role, nomination_id),
    FOREIGN KEY (round_id, role) REFERENCES honor_paper_count (round_id, role) ON DELETE CASCADE
);
