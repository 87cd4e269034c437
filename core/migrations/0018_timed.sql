-- 比赛成绩 (contests), timed contests: a 爬山 or 全民健身 activity raced against the clock — its
-- settings, the runners with their 号码布 (bib), the starts, the finishes and the log of
-- corrections, publishing and unlocking.

-- One timed contest per activity. Created with the defaults on the organizer's first change.
CREATE TABLE timed_contest (
    activity_id   INTEGER PRIMARY KEY REFERENCES activity (id),
    -- JSON TimedSettings: groups, start mode, the 科室 team rule and the award plan per group.
    settings      TEXT    NOT NULL,
    -- Set when the organizer publishes the results; while set, nothing of the contest can change.
    published_at  TEXT
);

-- A runner: a confirmed individual sign-up when the bibs were issued, with their name, 工号 and
-- 科室 as they were then. `finished_at` is the machine's clock at the finish line (or a
-- corrected time); `out` marks 未完赛 ('dnf') or 弃权 ('dns'), never together with a finish.
CREATE TABLE timed_runner (
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    staff_id        INTEGER NOT NULL REFERENCES staff (id),
    bib             INTEGER NOT NULL CHECK (bib > 0),
    name            TEXT    NOT NULL,
    employee_no     TEXT    NOT NULL,
    department_id   INTEGER REFERENCES department (id),
    department_name TEXT    NOT NULL DEFAULT '',
    group_label     TEXT,
    finished_at     TEXT,
    out             TEXT CHECK (out IS NULL OR out IN ('dnf', 'dns')),
    CHECK (finished_at IS NULL OR out IS NULL),
    PRIMARY KEY (activity_id, staff_id),
    UNIQUE (activity_id, bib)
);

-- A start (发令): the whole field at once (group_label '') or one group.
CREATE TABLE timed_start (
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    group_label  TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    PRIMARY KEY (activity_id, group_label)
);

-- What was done to the results with a reason or a lock: 更正 (a finish corrected or removed, a
-- 未完赛 / 弃权 set or lifted), 公布成绩, 解锁.
CREATE TABLE timed_log (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    action       TEXT    NOT NULL CHECK (action IN ('correct', 'publish', 'unlock')),
    detail       TEXT    NOT NULL DEFAULT '',
    reason       TEXT    NOT NULL DEFAULT '',
    at           TEXT    NOT NULL
);
CREATE INDEX timed_log_by_activity ON timed_log (activity_id, id);
