-- Polling state and health of watched sources (V50 made the table), and the items their feeds and sitemaps list.
ALTER TABLE source
    ADD COLUMN title                TEXT,
    ADD COLUMN min_interval_ms      BIGINT      NOT NULL DEFAULT 300000,
    ADD COLUMN max_interval_ms      BIGINT      NOT NULL DEFAULT 86400000,
    ADD COLUMN interval_ms          BIGINT      NOT NULL DEFAULT 300000,  -- the current adaptive interval
    ADD COLUMN next_poll_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN poll_queued_at       TIMESTAMPTZ,                          -- a poll-source job is pending since then
    ADD COLUMN etag                 TEXT,
    ADD COLUMN last_modified        TEXT,
    ADD COLUMN first_polled_at      TIMESTAMPTZ,
    ADD COLUMN last_poll_at         TIMESTAMPTZ,
    ADD COLUMN last_poll_status     VARCHAR(20) CHECK (last_poll_status IN ('new_items', 'no_new_items', 'not_modified', 'failed', 'unparseable')),
    ADD COLUMN last_poll_detail     TEXT,
    ADD COLUMN last_new_item_at     TIMESTAMPTZ,
    ADD COLUMN consecutive_failures INT         NOT NULL DEFAULT 0,
    ADD COLUMN alert_reason         TEXT,
    ADD COLUMN alert_at             TIMESTAMPTZ;
CREATE INDEX source_due ON source (next_poll_at) WHERE NOT paused;

-- One row per item (page URL) a source listed. state: pending (to fetch; retry_at says when), ingested, listed (older
-- than the newest N of the first poll: recorded, not fetched), failed (attempts exhausted), disallowed (robots.txt).
CREATE TABLE source_item (
    source_id     BIGINT      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    url_key       TEXT        NOT NULL,
    url           TEXT        NOT NULL,
    guid          TEXT,
    title         TEXT,
    published_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    state         VARCHAR(12) NOT NULL CHECK (state IN ('pending', 'ingested', 'listed', 'failed', 'disallowed')),
    attempts      INT         NOT NULL DEFAULT 0,
    retry_at      TIMESTAMPTZ,
    last_error    TEXT,
    article_id    BIGINT,
    first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, url_key)
);
CREATE INDEX source_item_pending ON source_item (source_id, retry_at) WHERE state = 'pending';

-- Child sitemaps of a sitemap index: each is read when new or when its lastmod changed, a capped number per poll.
CREATE TABLE source_sitemap (
    source_id       BIGINT      NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    url_key         TEXT        NOT NULL,
    url             TEXT        NOT NULL,
    lastmod         TIMESTAMPTZ,
    read_lastmod    TIMESTAMPTZ,
    read_at         TIMESTAMPTZ,
    last_error      TEXT,
    PRIMARY KEY (source_id, url_key)
);
