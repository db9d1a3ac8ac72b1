-- How an article was found by a watched source (shown as discoveredVia), per URL identity so revisions share it.
CREATE TABLE article_discovery (
    url_key       TEXT        NOT NULL,
    source_id     BIGINT      NOT NULL,          -- no foreign key: a deleted source's discoveries stay as history
    article_id    BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    item_id       TEXT,
    published_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    feed_title    TEXT,
    discovered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (url_key, source_id)
);

-- Revision re-checks of articles from watched sources: conditional GET on a schedule that thins out with age.
CREATE TABLE revision_check (
    url_key        TEXT        PRIMARY KEY,
    url            TEXT        NOT NULL,
    source_id      BIGINT      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    born_at        TIMESTAMPTZ NOT NULL,          -- the article's age counts from here (published, else first seen)
    last_check_at  TIMESTAMPTZ NOT NULL,
    next_check_at  TIMESTAMPTZ,                   -- null: no more checks (older than the maximum age)
    queued_at      TIMESTAMPTZ,
    etag           TEXT,
    last_modified  TEXT,
    checks         INT         NOT NULL DEFAULT 0,
    revisions      INT         NOT NULL DEFAULT 0,
    last_result    TEXT
);
CREATE INDEX revision_check_due ON revision_check (next_check_at) WHERE next_check_at IS NOT NULL;
