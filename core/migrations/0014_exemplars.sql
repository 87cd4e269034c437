-- 学树身边典型 (exemplars): profiles of a person or a 科室 with their photos, and which study
-- activities (学习, 道德讲堂) studied them. Who studied a profile is read from the attendance of
-- those activities, never copied here.

CREATE TABLE exemplar (
    id             INTEGER PRIMARY KEY,
    -- Exactly one of the two: a person or a 科室; one profile each.
    staff_id       INTEGER UNIQUE REFERENCES staff (id),
    department_id  INTEGER UNIQUE REFERENCES department (id),
    title          TEXT    NOT NULL,
    story          TEXT    NOT NULL DEFAULT '',
    published      INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK ((staff_id IS NULL) <> (department_id IS NULL))
);

-- Photos of a profile; the bytes live in the data folder under their SHA-256.
CREATE TABLE exemplar_file (
    id           INTEGER PRIMARY KEY,
    exemplar_id  INTEGER NOT NULL REFERENCES exemplar (id),
    sha256       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    added_at     TEXT    NOT NULL,
    UNIQUE (exemplar_id, sha256)
);

-- The profiles an activity of kind 学习 or 道德讲堂 studied.
CREATE TABLE exemplar_study (
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    exemplar_id  INTEGER NOT NULL REFERENCES exemplar (id),
    PRIMARY KEY (activity_id, exemplar_id)
);
CREATE INDEX exemplar_study_by_exemplar ON exemplar_study (exemplar_id, activity_id);
