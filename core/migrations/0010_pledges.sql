-- 亮诺 · 践诺: each person's and each 科室's pledge of a year, its items, dated progress entries
-- with attached files (stored once under their SHA-256 like every attachment), organizer edits of
-- a published item with the kept reason, and the kinds the organizer adds to the three built in.

CREATE TABLE pledge_kind (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL
);

-- One pledge per owner and year: a person (staff_id) or a 科室 (department_id).
CREATE TABLE pledge (
    id             INTEGER PRIMARY KEY,
    year           INTEGER NOT NULL,
    staff_id       INTEGER REFERENCES staff (id),
    department_id  INTEGER REFERENCES department (id),
    published_by   TEXT    NOT NULL CHECK (published_by IN ('self', 'organizer')),
    published_at   TEXT    NOT NULL,
    CHECK ((staff_id IS NULL) <> (department_id IS NULL))
);
CREATE UNIQUE INDEX pledge_of_person ON pledge (year, staff_id) WHERE staff_id IS NOT NULL;
CREATE UNIQUE INDEX pledge_of_department ON pledge (year, department_id)
    WHERE department_id IS NOT NULL;

CREATE TABLE pledge_item (
    id         INTEGER PRIMARY KEY,
    pledge_id  INTEGER NOT NULL REFERENCES pledge (id),
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    due_on     TEXT    NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'not_started'
               CHECK (status IN ('not_started', 'in_progress', 'fulfilled', 'unfulfilled')),
    progress   INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    UNIQUE (pledge_id, position)
);

-- An organizer's edit of a published item: what it said before, and why it was changed.
CREATE TABLE pledge_item_edit (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES pledge_item (id),
    old_kind     TEXT    NOT NULL,
    old_content  TEXT    NOT NULL,
    old_due_on   TEXT    NOT NULL,
    reason       TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    edited_at    TEXT    NOT NULL
);

-- 践诺: a dated entry on one item; it sets the item's status and progress.
CREATE TABLE pledge_progress (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES pledge_item (id),
    entry_on    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    status      TEXT    NOT NULL
                CHECK (status IN ('not_started', 'in_progress', 'fulfilled', 'unfulfilled')),
    progress    INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    by_self     INTEGER NOT NULL CHECK (by_self IN (0, 1)),
    added_at    TEXT    NOT NULL
);
CREATE INDEX pledge_progress_by_item ON pledge_progress (item_id);

CREATE TABLE pledge_progress_file (
    id           INTEGER PRIMARY KEY,
    progress_id  INTEGER NOT NULL REFERENCES pledge_progress (id),
    sha256       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    size         INTEGER NOT NULL CHECK (size > 0),
    added_at     TEXT    NOT NULL,
    UNIQUE (progress_id, sha256)
);
CREATE INDEX pledge_progress_file_by_sha ON pledge_progress_file (sha256);
