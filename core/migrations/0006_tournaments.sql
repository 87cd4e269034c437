-- 比赛成绩 (contests), tournaments: the draw of a 乒乓球 or 象棋 activity, its matches and results.

-- One tournament per activity. `rules` is the JSON of the sport's rules (TtRules or ChessRules),
-- fixed when the draw is made; `lots` is the organizer's drawing of lots for a final tie (JSON list
-- of staff ids, in drawn order).
CREATE TABLE tournament (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL UNIQUE REFERENCES activity (id),
    sport        TEXT    NOT NULL CHECK (sport IN ('table_tennis', 'chess')),
    format       TEXT    NOT NULL CHECK (format IN ('round_robin', 'knockout', 'swiss', 'groups_knockout')),
    double_round INTEGER NOT NULL DEFAULT 0 CHECK (double_round IN (0, 1)),
    -- Knockout: a match for third place (季军赛) between the semi-final losers.
    third_place  INTEGER NOT NULL DEFAULT 0 CHECK (third_place IN (0, 1)),
    -- Swiss: the number of rounds the organizer chose; rounds are paired one at a time.
    rounds       INTEGER CHECK (rounds IS NULL OR rounds > 0),
    -- Groups then knockout: how many groups (snake seeding) and how many of each go through.
    groups       INTEGER CHECK (groups IS NULL OR groups > 0),
    advance      INTEGER CHECK (advance IS NULL OR advance > 0),
    rules        TEXT    NOT NULL,
    lots         TEXT    NOT NULL DEFAULT '[]',
    -- Local times of the unit, 'YYYY-MM-DDTHH:MM:SS'.
    created_at   TEXT    NOT NULL,
    finished_at  TEXT
);

-- The players with their seed (1 = first), and their name and 科室 as they were at the draw.
CREATE TABLE tournament_player (
    tournament_id   INTEGER NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
    staff_id        INTEGER NOT NULL REFERENCES staff (id),
    seed            INTEGER NOT NULL CHECK (seed > 0),
    name            TEXT    NOT NULL,
    department_name TEXT    NOT NULL DEFAULT '',
    -- Groups then knockout: the player's group ("A", "B", …).
    group_label     TEXT,
    PRIMARY KEY (tournament_id, staff_id),
    UNIQUE (tournament_id, seed)
);

-- A match of a round. `second` NULL is a bye (轮空) of `first`. In a knockout, `board` is the
-- match's number in its round (the winners of 2k−1 and 2k meet next) and `third_place` marks the
-- 季军赛. `first` is 红方 in 象棋 and the side
-- whose points come first in 乒乓球. `result` is the JSON of the outcome (TtOutcome or ChessResult).
CREATE TABLE tournament_match (
    id             INTEGER PRIMARY KEY,
    tournament_id  INTEGER NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
    round          INTEGER NOT NULL CHECK (round > 0),
    cycle          INTEGER NOT NULL DEFAULT 1 CHECK (cycle IN (1, 2)),
    board          INTEGER NOT NULL CHECK (board > 0),
    third_place    INTEGER NOT NULL DEFAULT 0 CHECK (third_place IN (0, 1)),
    -- Groups then knockout: the group of a group-stage match; NULL in the knockout stage.
    group_label    TEXT,
    first          INTEGER NOT NULL REFERENCES staff (id),
    second         INTEGER REFERENCES staff (id),
    result         TEXT,
    recorded_at    TEXT,
    UNIQUE (tournament_id, round, board)
);
CREATE INDEX tournament_match_by_tournament ON tournament_match (tournament_id, round);
