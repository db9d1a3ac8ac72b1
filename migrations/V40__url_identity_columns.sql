-- One URL identity (io.wiretrace.url.UrlIdentity): every stored URL gets its identity key, so an article is found from
-- any form of its URL (scheme, www./m./amp., trailing slash, tracking parameters, AMP paths). The URLs as received
-- stay in url, final_url, canonical_url and attribution.mention as evidence. V41 (a Java migration,
-- io.wiretrace.store.migration) fills the keys of stored rows with the same code the service uses.
ALTER TABLE article ADD COLUMN final_url_key TEXT;
ALTER TABLE article ADD COLUMN canonical_url_key TEXT;
-- Set when recomputed keys made two stored rows the same URL with the same content: the row is kept (it records the
-- URL form it was received at) and points at the earlier row; it is not what a new ingest of that content returns.
ALTER TABLE article ADD COLUMN duplicate_of BIGINT REFERENCES article (id);
-- The page a credit links to (a link inside the credit), and the identity key of the credited page (that link, else a
-- mention that is a URL).
ALTER TABLE attribution ADD COLUMN target_url TEXT;
ALTER TABLE attribution ADD COLUMN target_url_key TEXT;

-- Dropped while V41 recomputes the keys (two forms of one URL may hold the same content); V42 creates it again.
DROP INDEX article_url_content;
CREATE INDEX article_final_url_key ON article (final_url_key);
CREATE INDEX article_canonical_url_key ON article (canonical_url_key);
CREATE INDEX attribution_target_url_key ON attribution (target_url_key);
