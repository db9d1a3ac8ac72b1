-- Reuse matching runs after the ingest commits, in the background: remember which articles have been matched.
ALTER TABLE reuse_fingerprint ADD COLUMN matched_at TIMESTAMPTZ;
CREATE INDEX reuse_fingerprint_unmatched ON reuse_fingerprint (article_id) WHERE matched_at IS NULL;
