-- Fingerprint of an article's author bio (content-farm signal: the same bio across many outlets or topics).
ALTER TABLE article ADD COLUMN author_bio_hash VARCHAR(64);
CREATE INDEX article_author_bio_hash ON article (author_bio_hash) WHERE author_bio_hash IS NOT NULL;
