-- Search finds the sites a text names however they are written. PostgreSQL's parser reads "www.france24.com" as one
-- host token, so "france24.com" or "france24" found nothing in a text that names www.france24.com, nor "nigeriapulse"
-- in one that names nigeriapulse.com. Each host a title or body names (in a URL or on its own) is now also indexed
-- without "www." and as its dot-separated parts (three characters or more), in the 'simple' configuration, which
-- every query also searches (io.wiretrace.store.SearchQuery).
CREATE FUNCTION wiretrace_host_terms(content TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(string_agg(DISTINCT term, ' '), '')
FROM (SELECT m[1] AS host
      FROM regexp_matches(lower(content), '(?:^|[^a-z0-9.-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})', 'g') AS m) hosts,
     LATERAL (SELECT host AS term
              UNION ALL
              SELECT part FROM regexp_split_to_table(host, '\.') AS part WHERE length(part) >= 3) terms
$$;

ALTER TABLE article DROP COLUMN search_vector;
ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(wiretrace_search_config(language), coalesce(title, '')), 'A')
    || setweight(to_tsvector(wiretrace_search_config(language), left(body_text, 200000)), 'B')
    || to_tsvector('simple', wiretrace_cjk_pairs(coalesce(title, '') || ' ' || left(body_text, 200000)))
    || to_tsvector('simple', wiretrace_host_terms(coalesce(title, '') || ' ' || left(body_text, 200000)))
) STORED;
CREATE INDEX article_search ON article USING gin (search_vector);
