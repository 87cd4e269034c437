-- The staff list reads one page at a time: its order is served by indexes, and the counts the
-- pager needs are kept by triggers instead of counted over the unit on every page.

-- 职工 in list order within a 科室 and 在职 / 离岗 (replaces staff_by_department, its prefix);
-- 科室 in list order (sort_order, then id: the rowid every index entry ends with).
DROP INDEX staff_by_department;
CREATE INDEX staff_in_list_order ON staff (department_id, active, employee_no);
CREATE INDEX department_in_list_order ON department (sort_order);

-- How many 职工 each 科室 has, 在职 (active = 1) and not.
CREATE TABLE tally_staff (
    department_id  INTEGER NOT NULL,
    active         INTEGER NOT NULL,
    n              INTEGER NOT NULL,
    PRIMARY KEY (department_id, active)
) WITHOUT ROWID;
INSERT INTO tally_staff SELECT department_id, active, count(*) FROM staff GROUP BY department_id, active;

CREATE TRIGGER tally_staff_insert AFTER INSERT ON staff BEGIN
    INSERT INTO tally_staff VALUES (new.department_id, new.active, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_staff_delete AFTER DELETE ON staff BEGIN
    UPDATE tally_staff SET n = n - 1 WHERE department_id = old.department_id AND active = old.active;
END;
CREATE TRIGGER tally_staff_update AFTER UPDATE OF department_id, active ON staff
WHEN old.department_id <> new.department_id OR old.active <> new.active BEGIN
    UPDATE tally_staff SET n = n - 1 WHERE department_id = old.department_id AND active = old.active;
    INSERT INTO tally_staff VALUES (new.department_id, new.active, 1)
        ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_staff_department_gone AFTER DELETE ON department BEGIN
    DELETE FROM tally_staff WHERE department_id = old.id;
END;
