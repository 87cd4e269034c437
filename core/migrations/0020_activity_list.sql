-- The activity list reads one page at a time: a state filter is served by an index, and the
-- counts the pager needs are kept by triggers instead of counted on every page.

-- Activities of one phase by start, for the state filters (activity_by_start serves the rest).
CREATE INDEX activity_by_phase ON activity (phase, starts_at);

-- How many activities there are of each phase and kind.
CREATE TABLE tally_activity (
    phase  TEXT    NOT NULL,
    kind   TEXT    NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (phase, kind)
) WITHOUT ROWID;
INSERT INTO tally_activity SELECT phase, kind, count(*) FROM activity GROUP BY phase, kind;

CREATE TRIGGER tally_activity_insert AFTER INSERT ON activity BEGIN
    INSERT INTO tally_activity VALUES (new.phase, new.kind, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_activity_delete AFTER DELETE ON activity BEGIN
    UPDATE tally_activity SET n = n - 1 WHERE phase = old.phase AND kind = old.kind;
END;
CREATE TRIGGER tally_activity_update AFTER UPDATE OF phase, kind ON activity
WHEN old.phase <> new.phase OR old.kind <> new.kind BEGIN
    UPDATE tally_activity SET n = n - 1 WHERE phase = old.phase AND kind = old.kind;
    INSERT INTO tally_activity VALUES (new.phase, new.kind, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
