-- Sentence keys of stored articles (io.wiretrace.reuse.SentenceKeys: words with numbers and month names masked), so
-- that formulas (copyright lines, time stamps, "On the Net:", a site's prompts) are learned from how many articles hold
-- a sentence. Lookups probe a few keys (one index range each, read up to a small cap), never scan the articles.
CREATE TABLE reuse_sentence (
    key_value   BIGINT NOT NULL,
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (key_value, article_id)
);
CREATE INDEX reuse_sentence_article ON reuse_sentence (article_id);

-- The degree of dependence of a stored match (the class says the form): wholly_derived, partially_derived or
-- independent, its confidence, the derived share of each side, the share of the source used, and the version of the
-- rules that judged it (a rematch judges again matches of an older version). NULL: stored before dependence existed.
ALTER TABLE reuse_match
    ADD COLUMN dependence            VARCHAR(20),
    ADD COLUMN dependence_confidence DOUBLE PRECISION,
    ADD COLUMN derived_id            BIGINT,
    ADD COLUMN derived_share_a       DOUBLE PRECISION,
    ADD COLUMN derived_share_b       DOUBLE PRECISION,
    ADD COLUMN source_coverage       DOUBLE PRECISION,
    ADD COLUMN rules_version         INT NOT NULL DEFAULT 0;
CREATE INDEX reuse_match_rules_version ON reuse_match (rules_version);
