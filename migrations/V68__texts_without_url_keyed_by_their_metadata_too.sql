-- One text posted without URL for two outlets, or under two titles or publication times, is two articles
-- (TrackArticle.findSame compares them): the content alone no longer identifies an article without URL.
DROP INDEX article_content_without_url;
CREATE INDEX article_content_without_url ON article (content_sha256, input_kind) WHERE url_key IS NULL;
