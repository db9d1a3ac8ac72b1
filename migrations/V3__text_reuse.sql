-- Text-reuse fingerprints. Candidate lookup reads postings of a few keys only (never a scan over articles).
-- key_space: 0 = partial-reuse (winnowing) key, 1 = anchor-fact key, 100 + b = LSH band b.
CREATE TABLE reuse_key (
    key_space   SMALLINT NOT NULL,
    key_value   BIGINT   NOT NULL,
    article_id  BIGINT   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (key_space, key_value, article_id)
);
CREATE INDEX reuse_key_article ON reuse_key (article_id);

CREATE TABLE reuse_fingerprint (
    article_id   BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    token_count  INT         NOT NULL,
    computed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Verified reuse between two articles, stored once per pair (article_a < article_b).
CREATE TABLE reuse_match (
    article_a         BIGINT           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    article_b         BIGINT           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    reuse_class       VARCHAR(30)      NOT NULL,
    containment_a_in_b DOUBLE PRECISION NOT NULL,
    containment_b_in_a DOUBLE PRECISION NOT NULL,
    jaccard           DOUBLE PRECISION NOT NULL,
    earlier_id        BIGINT,
    reason            TEXT,
    passages          INT              NOT NULL,
    paraphrases       INT              NOT NULL,
    summary_json      TEXT             NOT NULL,
    computed_at       TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (article_a, article_b),
    CHECK (article_a < article_b)
);
CREATE INDEX reuse_match_b ON reuse_match (article_b);
