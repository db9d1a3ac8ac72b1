-- Indexes for building a provenance neighbourhood without scans: articles by requested URL and by revision link,
-- attributions by the text they mention (credited URLs).
CREATE INDEX article_url ON article (url);
CREATE INDEX article_revision_of ON article (revision_of) WHERE revision_of IS NOT NULL;
CREATE INDEX attribution_mention ON attribution (mention);
