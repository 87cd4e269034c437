-- 个人 PIN lockout: wrong PINs in a row per person and, after too many, until when the PIN is
-- refused. Kept in the database so that restarting the app does not lift a lock.
CREATE TABLE staff_pin_lock (
    staff_id      INTEGER PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    failed        INTEGER NOT NULL CHECK (failed >= 0),
    locked_until  TEXT
);
