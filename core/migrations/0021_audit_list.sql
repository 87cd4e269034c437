-- The 操作日志 reads one page at a time, newest first: the rowid serves the whole log, an index
-- serves one mode, and the counts the pager needs are kept by triggers instead of counted on
-- every page. The log is only ever added to; a line taken out (which the chain check names) is
-- taken out of the count too.

-- One mode's lines, newest first.
CREATE INDEX audit_by_mode ON audit_log (mode, id);

-- How many lines there are of each mode.
CREATE TABLE tally_audit (
    mode  TEXT    NOT NULL PRIMARY KEY,
    n     INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO tally_audit SELECT mode, count(*) FROM audit_log GROUP BY mode;

CREATE TRIGGER tally_audit_insert AFTER INSERT ON audit_log BEGIN
    INSERT INTO tally_audit VALUES (new.mode, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_audit_delete AFTER DELETE ON audit_log BEGIN
    UPDATE tally_audit SET n = n - 1 WHERE mode = old.mode;
END;
CREATE TRIGGER tally_audit_update AFTER UPDATE OF mode ON audit_log
WHEN old.mode <> new.mode BEGIN
    UPDATE tally_audit SET n = n - 1 WHERE mode = old.mode;
    INSERT INTO tally_audit VALUES (new.mode, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
