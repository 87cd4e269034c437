-- 活动与报名 (activities): activities, sign-ups (individual or a 科室 team), attendance, files.

-- Optional personal PIN for staff self-service (argon2 hash); the setting staff_pins_enabled turns it on.
ALTER TABLE staff ADD COLUMN pin_hash TEXT;

CREATE TABLE activity (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    place              TEXT    NOT NULL DEFAULT '',
    -- Local times of the unit, 'YYYY-MM-DDTHH:MM'.
    starts_at          TEXT    NOT NULL,
    ends_at            TEXT    NOT NULL,
    signup_opens_at    TEXT    NOT NULL,
    signup_deadline    TEXT    NOT NULL,
    cancel_cutoff      TEXT    NOT NULL,
    capacity           INTEGER CHECK (capacity IS NULL OR capacity > 0),
    party_members_only INTEGER NOT NULL DEFAULT 0 CHECK (party_members_only IN (0, 1)),
    team_mode          INTEGER NOT NULL DEFAULT 0 CHECK (team_mode IN (0, 1)),
    -- draft → published → finished, or cancelled; the rest of the lifecycle follows from the times.
    phase              TEXT    NOT NULL CHECK (phase IN ('draft', 'published', 'finished', 'cancelled')),
    cancel_reason      TEXT    NOT NULL DEFAULT '',
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX activity_by_start ON activity (starts_at);

-- Eligibility by 科室; no rows = every 科室.
CREATE TABLE activity_department (
    activity_id    INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department (id),
    PRIMARY KEY (activity_id, department_id)
);

-- One entry on the sign-up list: a person, or a 科室 team (team_mode).
CREATE TABLE signup (
    id              INTEGER PRIMARY KEY,
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    department_id   INTEGER REFERENCES department (id),
    status          TEXT    NOT NULL CHECK (status IN
                      ('confirmed', 'waitlisted', 'cancelled', 'left_waitlist', 'cancelled_by_organizer')),
    -- Order of arrival: the waitlist is served in this order.
    queue_seq       INTEGER NOT NULL,
    by_organizer    INTEGER NOT NULL DEFAULT 0 CHECK (by_organizer IN (0, 1)),
    signed_up_at    TEXT    NOT NULL,
    promoted_at     TEXT,
    ended_at        TEXT
);
CREATE INDEX signup_by_activity ON signup (activity_id, status, queue_seq);

-- The people of an entry (one for an individual sign-up), with their attendance.
CREATE TABLE signup_member (
    id              INTEGER PRIMARY KEY,
    signup_id       INTEGER NOT NULL REFERENCES signup (id),
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    staff_id        INTEGER NOT NULL REFERENCES staff (id),
    attendance      TEXT    CHECK (attendance IN ('present', 'absent')),
    checked_in_at   TEXT,
    reflection      TEXT    NOT NULL DEFAULT '',
    hours           REAL    CHECK (hours IS NULL OR (hours > 0 AND hours <= 24))
);
CREATE INDEX signup_member_by_staff ON signup_member (staff_id);
CREATE INDEX signup_member_by_activity ON signup_member (activity_id, staff_id);
CREATE INDEX signup_member_by_signup ON signup_member (signup_id);

-- Attendance changed after the fact, with the organizer's reason.
CREATE TABLE attendance_correction (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES signup_member (id),
    old_value   TEXT,
    new_value   TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    corrected_at TEXT   NOT NULL
);

-- Photos and files of an activity; the bytes live in the data folder under their SHA-256.
CREATE TABLE activity_file (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    sha256       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    added_at     TEXT    NOT NULL,
    UNIQUE (activity_id, sha256)
);
