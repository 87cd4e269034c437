-- 推荐附件: files attached to a nomination (事迹材料, photos), stored once under their SHA-256 in
-- the data folder's files/ like the photos of activities.
CREATE TABLE honor_nomination_file (
    id             INTEGER PRIMARY KEY,
    nomination_id  INTEGER NOT NULL REFERENCES honor_nomination (id),
    sha256         TEXT    NOT NULL,
    file_name      TEXT    NOT NULL,
    size           INTEGER NOT NULL CHECK (size > 0),
    added_at       TEXT    NOT NULL,
    UNIQUE (nomination_id, sha256)
);
CREATE INDEX honor_nomination_file_by_sha ON honor_nomination_file (sha256);
