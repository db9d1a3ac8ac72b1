-- Politeness per host, shared by every instance: one request at a time (busy_until, taken under the row lock) and a
-- minimum delay between requests (next_allowed_at); the host's robots.txt, cached and re-read daily.
CREATE TABLE crawl_host (
    host             TEXT        PRIMARY KEY,   -- host[:port], lower case
    next_allowed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    busy_until       TIMESTAMPTZ,
    robots_status    INT,                       -- HTTP status of the robots.txt fetch (0: it failed)
    robots_body      TEXT,
    robots_read_at   TIMESTAMPTZ
);
