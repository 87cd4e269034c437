-- 创建台账 (ledger): the 测评体系 tree (测评项目 → 指标 → 标准), the mapping that files records under
-- 标准 by their kind, records filed or unfiled by hand, documents added under a 标准, and the
-- 责任分解 (responsible 科室, person and due date of each 标准).

CREATE TABLE ledger_node (
    id                   INTEGER PRIMARY KEY,
    parent_id            INTEGER REFERENCES ledger_node (id),
    level                TEXT    NOT NULL CHECK (level IN ('item', 'indicator', 'standard')),
    name                 TEXT    NOT NULL,
    -- 分值, whole points.
    points               INTEGER NOT NULL DEFAULT 0 CHECK (points BETWEEN 0 AND 100),
    -- 测评方法: comma-separated method names (material, site_visit, survey, opinions, report).
    methods              TEXT    NOT NULL DEFAULT '',
    -- A 特色 测评项目: its points sit on top of the 100 of the 基本指标 (items only).
    special              INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
    sort_order           INTEGER NOT NULL,
    -- 1 while the node is as the shipped 示例 left it.
    sample               INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
    -- 自评分 of a 测评项目, in tenths of a point.
    self_score_tenths    INTEGER CHECK (self_score_tenths IS NULL OR self_score_tenths >= 0),
    -- 责任分解 of a 标准.
    department_id        INTEGER REFERENCES department (id),
    staff_id             INTEGER REFERENCES staff (id),
    due_on               TEXT
);
CREATE INDEX ledger_node_by_parent ON ledger_node (parent_id, sort_order);

-- Which 标准 receive the records of a source (e.g. 'activity.reading', 'honor_round').
CREATE TABLE ledger_mapping (
    source       TEXT    NOT NULL,
    standard_id  INTEGER NOT NULL REFERENCES ledger_node (id),
    PRIMARY KEY (source, standard_id)
);

-- A record filed under a 标准 by hand (filed = 1) or taken out of it by hand (filed = 0), with why.
CREATE TABLE ledger_filing (
    id           INTEGER PRIMARY KEY,
    standard_id  INTEGER NOT NULL REFERENCES ledger_node (id),
    record_kind  TEXT    NOT NULL,
    record_id    INTEGER NOT NULL,
    filed        INTEGER NOT NULL CHECK (filed IN (0, 1)),
    note         TEXT    NOT NULL,
    at           TEXT    NOT NULL,
    UNIQUE (standard_id, record_kind, record_id)
);

-- 会议记录, 规章制度, 正式文件, 简报, photos: files that are not app records, under a 标准.
CREATE TABLE ledger_document (
    id           INTEGER PRIMARY KEY,
    standard_id  INTEGER NOT NULL REFERENCES ledger_node (id),
    doc_kind     TEXT    NOT NULL,
    year         INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    size         INTEGER NOT NULL,
    added_at     TEXT    NOT NULL
);
CREATE INDEX ledger_document_by_standard ON ledger_document (standard_id, year);
