-- Outlets: registry entries (seeded from outlets.tsv), user-added outlets and unknown credited parties.
CREATE TABLE outlet (
    id          BIGSERIAL PRIMARY KEY,
    outlet_key  VARCHAR(100) NOT NULL UNIQUE,
    name        TEXT         NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('newsroom', 'wire_agency', 'aggregator', 'unknown')),
    aliases     TEXT         NOT NULL DEFAULT '',   -- one alias per line
    origin      VARCHAR(20)  NOT NULL DEFAULT 'registry' CHECK (origin IN ('registry', 'api', 'discovered')),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE outlet_domain (
    domain      VARCHAR(255) PRIMARY KEY,
    outlet_id   BIGINT       NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    position    INT          NOT NULL
);
CREATE INDEX outlet_domain_outlet ON outlet_domain (outlet_id);

-- Articles: one row per stored revision of a page or text.
CREATE TABLE article (
    id                   BIGSERIAL PRIMARY KEY,
    input_kind           VARCHAR(10)  NOT NULL CHECK (input_kind IN ('url', 'html', 'text')),
    url                  TEXT,
    url_key              TEXT,          -- normalised URL used for idempotency; null when the input had no URL
    final_url            TEXT,
    canonical_url        TEXT,
    outlet_id            BIGINT REFERENCES outlet (id),
    title                TEXT,
    authors              TEXT         NOT NULL DEFAULT '',   -- one author per line
    byline               TEXT,
    published_at         TIMESTAMPTZ,
    modified_at          TIMESTAMPTZ,
    language             VARCHAR(35),
    description          TEXT,
    site_name            TEXT,
    body_text            TEXT         NOT NULL,
    content_sha256       CHAR(64)     NOT NULL,
    extraction_json      TEXT         NOT NULL,   -- JSON-LD facts, markup signals and links as found
    fetch_requested_url  TEXT,
    fetch_redirects_json TEXT,
    fetch_status         INT,
    fetch_headers_json   TEXT,
    fetched_at           TIMESTAMPTZ,
    revision_of          BIGINT REFERENCES article (id),
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- Same URL + same content = same article; without a URL, same content = same article.
CREATE UNIQUE INDEX article_url_content ON article (url_key, content_sha256) WHERE url_key IS NOT NULL;
CREATE UNIQUE INDEX article_content_without_url ON article (content_sha256, input_kind) WHERE url_key IS NULL;
CREATE INDEX article_url_key ON article (url_key, id DESC);
CREATE INDEX article_outlet ON article (outlet_id, id DESC);
CREATE INDEX article_created ON article (created_at DESC, id DESC);
CREATE INDEX article_final_url ON article (final_url);
CREATE INDEX article_canonical_url ON article (canonical_url);

-- The raw page or text exactly as received, gzip-compressed.
CREATE TABLE snapshot (
    article_id    BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    content_type  TEXT    NOT NULL,
    raw_size      INT     NOT NULL,
    gzip_bytes    BYTEA   NOT NULL
);
