-- Sources a user asked Wiretrace to watch (feeds, sitemaps): the tracker polls them on the work queue. An outlet with
-- at least one source is *watched* (uncredited copies of its articles raise events). This migration holds what both
-- polling and events rely on; the polling state (validators, intervals, health) is added by later migrations.
CREATE TABLE source (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT        NOT NULL,
    url_key     TEXT        NOT NULL UNIQUE,   -- io.wiretrace.url.UrlIdentity key: one source per URL
    kind        VARCHAR(20) NOT NULL CHECK (kind IN ('rss', 'atom', 'rdf', 'json_feed', 'sitemap', 'sitemap_index', 'news_sitemap')),
    outlet_id   BIGINT      REFERENCES outlet (id),
    paused      BOOLEAN     NOT NULL DEFAULT false,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX source_outlet ON source (outlet_id);
