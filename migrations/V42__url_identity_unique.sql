-- Same URL identity + same content = same article again, now over the recomputed keys (V41); rows V41 marked as
-- duplicates of an earlier row stay stored and outside the constraint.
CREATE UNIQUE INDEX article_url_content ON article (url_key, content_sha256)
    WHERE url_key IS NOT NULL AND duplicate_of IS NULL;
