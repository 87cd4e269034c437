-- 全民健身挑战 (challenges): a 全民健身 or 爬山 activity's challenge over a period of days (健步走 for a
-- month), with each participant's count per day.

-- One challenge per activity: its unit and its period (the days people enter counts for).
CREATE TABLE challenge (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL UNIQUE REFERENCES activity (id),
    unit         TEXT    NOT NULL CHECK (unit IN ('steps', 'km')),
    -- Days of the unit's calendar, 'YYYY-MM-DD', both included.
    starts_on    TEXT    NOT NULL,
    ends_on      TEXT    NOT NULL CHECK (ends_on >= starts_on),
    -- Local times of the unit, 'YYYY-MM-DDTHH:MM:SS'.
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

-- One count per person per day: steps, or kilometres in hundredths (12.34 公里 = 1234).
CREATE TABLE challenge_entry (
    challenge_id  INTEGER NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    staff_id      INTEGER NOT NULL REFERENCES staff (id),
    day           TEXT    NOT NULL,
    amount        INTEGER NOT NULL CHECK (amount >= 0),
    -- Entered by the organizer (one at a time or from a sheet) rather than by the person.
    by_organizer  INTEGER NOT NULL DEFAULT 0 CHECK (by_organizer IN (0, 1)),
    entered_at    TEXT    NOT NULL,
    PRIMARY KEY (challenge_id, staff_id, day)
);
CREATE INDEX challenge_entry_by_staff ON challenge_entry (staff_id);
