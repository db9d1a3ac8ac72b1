-- Stop keys: fingerprint keys that candidate lookup found held by more articles than its cap (site boilerplate,
-- stock phrases, common facts). Lookup skips them without reading their postings, so its cost stops growing with the
-- number of articles sharing a boilerplate key. Append-only and learned by lookups: no counter row is updated on
-- ingest (no hot rows for boilerplate keys), and there is no unique constraint, so concurrent lookups that learn the
-- same key never wait for each other (a duplicate row is harmless; lookup only tests existence).
-- postings: postings counted when the key was marked (at least the cap + 1 of the lookup that marked it); a lookup
-- with a higher cap ignores marks made under a lower one.
CREATE TABLE reuse_stop_key (
    key_space  SMALLINT    NOT NULL,
    key_value  BIGINT      NOT NULL,
    postings   INT         NOT NULL,
    marked_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reuse_stop_key_key ON reuse_stop_key (key_space, key_value, postings);
