-- 人员与科室 (roster) and unit settings.
CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('office', 'subunit')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
);

CREATE TABLE staff (
    id                INTEGER PRIMARY KEY,
    employee_no       TEXT    NOT NULL UNIQUE,
    name              TEXT    NOT NULL,
    gender            TEXT    NOT NULL CHECK (gender IN ('male', 'female', 'unspecified')),
    department_id     INTEGER NOT NULL REFERENCES department (id),
    position          TEXT    NOT NULL DEFAULT '',
    political_status  TEXT    NOT NULL,
    is_veteran        INTEGER NOT NULL DEFAULT 0 CHECK (is_veteran IN (0, 1)),
    phone             TEXT    NOT NULL DEFAULT '',
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX staff_by_department ON staff (department_id, active);
CREATE INDEX staff_by_name ON staff (name);

-- Key/value settings of the unit: unit_name, organizer_password_hash, …
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
