-- Attributions found in an article: each statement of where its content came from, with its evidence.
CREATE TABLE attribution (
    id                 BIGSERIAL PRIMARY KEY,
    article_id         BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position           INT          NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    target_outlet_id   BIGINT REFERENCES outlet (id),
    target_name        TEXT,
    target_domain      TEXT,
    mention            TEXT,
    evidence_text      TEXT         NOT NULL,
    evidence_location  VARCHAR(20)  NOT NULL,
    evidence_start     INT,
    evidence_end       INT,
    confidence         DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    rule               VARCHAR(100) NOT NULL,
    reason             TEXT,
    detector_version   VARCHAR(40)  NOT NULL,
    detected_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX attribution_article ON attribution (article_id, position);
CREATE INDEX attribution_target ON attribution (target_outlet_id);
CREATE INDEX attribution_version ON attribution (detector_version);

-- Background jobs (re-analysis), with progress.
CREATE TABLE job (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(40)  NOT NULL,
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    total        INT          NOT NULL DEFAULT 0,
    done         INT          NOT NULL DEFAULT 0,
    failed       INT          NOT NULL DEFAULT 0,
    message      TEXT,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at   TIMESTAMPTZ,
    finished_at  TIMESTAMPTZ
);
