-- 评先选优 (honors), after the vote: the 公示 of a category's result, objections raised during it
-- and how they were resolved, and the honors confirmed at its end.

CREATE TABLE honor_publicity (
    category_id    INTEGER PRIMARY KEY REFERENCES honor_category (id),
    -- Dates 'YYYY-MM-DD': the first and the last working day of the period.
    starts_on      TEXT    NOT NULL,
    ends_on        TEXT    NOT NULL,
    objections_to  TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    confirmed_at   TEXT
);

-- Who the notice names: the elected of the category's closed rounds when the 公示 was issued.
CREATE TABLE honor_publicity_nominee (
    category_id    INTEGER NOT NULL REFERENCES honor_publicity (category_id) ON DELETE CASCADE,
    nomination_id  INTEGER NOT NULL REFERENCES honor_nomination (id),
    PRIMARY KEY (category_id, nomination_id)
);

-- 异议: what was raised (optionally about one nominee) and, once handled, the finding.
-- upheld = 1 withdraws that nominee from the honors confirmed at the end.
CREATE TABLE honor_objection (
    id             INTEGER PRIMARY KEY,
    category_id    INTEGER NOT NULL REFERENCES honor_publicity (category_id),
    nomination_id  INTEGER REFERENCES honor_nomination (id),
    received_on    TEXT    NOT NULL,
    content        TEXT    NOT NULL,
    resolution     TEXT,
    upheld         INTEGER CHECK (upheld IN (0, 1)),
    resolved_at    TEXT,
    CHECK ((resolution IS NULL) = (upheld IS NULL))
);

-- 荣誉: confirmed at the end of the 公示; goes on the person's or the 科室's record.
CREATE TABLE honor_award (
    category_id    INTEGER NOT NULL REFERENCES honor_category (id),
    nomination_id  INTEGER NOT NULL REFERENCES honor_nomination (id),
    confirmed_at   TEXT    NOT NULL,
    PRIMARY KEY (category_id, nomination_id)
);
