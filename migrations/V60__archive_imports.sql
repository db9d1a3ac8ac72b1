-- Bulk imports of web archives (WARC, WACZ) and NDJSON dumps. One row per import: the file as received (kept in the
-- import store or the import directory, so any instance can resume it), its SHA-256, the cursor of the last committed
-- record (member, byte offset, line) and the tallies. The cursor and tallies are written in the transaction that
-- stores the records they cover, together with the work-queue job's progress: an interrupted import resumes from its
-- last committed record and counts nothing twice.
CREATE TABLE import_run (
    id             UUID PRIMARY KEY,
    job_id         UUID,
    status         VARCHAR(12) NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    format         VARCHAR(10) NOT NULL CHECK (format IN ('warc', 'wacz', 'ndjson')),
    file_name      TEXT        NOT NULL,   -- the name the client gave (an upload) or the file in the import directory
    file_path      TEXT        NOT NULL,   -- where the service reads it: a path in the import store or directory
    file_size      BIGINT      NOT NULL,
    file_sha256    CHAR(64)    NOT NULL,
    cursor_member  INT         NOT NULL DEFAULT 0,   -- WACZ: index of the archive/ entry being read
    cursor_offset  BIGINT      NOT NULL DEFAULT 0,   -- byte offset of the next record to read in that member
    cursor_line    BIGINT      NOT NULL DEFAULT 0,   -- NDJSON: lines read
    bytes_read     BIGINT      NOT NULL DEFAULT 0,
    bytes_total    BIGINT      NOT NULL DEFAULT 0,
    records_read   BIGINT      NOT NULL DEFAULT 0,
    stored         BIGINT      NOT NULL DEFAULT 0,
    duplicates     BIGINT      NOT NULL DEFAULT 0,
    context        BIGINT      NOT NULL DEFAULT 0,   -- warcinfo, request and metadata records
    skipped_json   TEXT        NOT NULL DEFAULT '{}',   -- reason -> count
    failed_json    TEXT        NOT NULL DEFAULT '{}',   -- reason -> count
    problems_json  TEXT        NOT NULL DEFAULT '[]',   -- the first problems with reason, offset or line, detail
    error          TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at     TIMESTAMPTZ,
    finished_at    TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX import_run_created ON import_run (created_at DESC);

-- Records of an import that became (or matched) an article: the archive provenance of an article it stored
-- (stored = true: one such row per article) and the captures a later revisit record of the same import refers to.
CREATE TABLE archive_record (
    import_id      UUID        NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    record_id      TEXT        NOT NULL,   -- WARC-Record-ID, or line:<n> for NDJSON
    article_id     BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    stored         BOOLEAN     NOT NULL,
    member         TEXT,                   -- WACZ: the archive/ entry holding the record
    record_offset  BIGINT      NOT NULL,   -- byte offset of the record (NDJSON: of the line)
    line           BIGINT,                 -- NDJSON: line number
    target_uri     TEXT,
    warc_date      TIMESTAMPTZ,
    payload_digest TEXT,
    PRIMARY KEY (import_id, record_id)
);
CREATE UNIQUE INDEX archive_record_article ON archive_record (article_id) WHERE stored;
CREATE INDEX archive_record_uri ON archive_record (import_id, target_uri);
