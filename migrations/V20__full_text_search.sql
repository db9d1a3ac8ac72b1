-- Full-text search over stored articles (GET /api/articles?q=, the home page search).
--
-- Each article's title (weight A) and first 200,000 characters of body text (weight B) are indexed in the
-- text-search configuration of its language ('simple' for a language without one), so "elections" finds "election"
-- on an English page. Words of Chinese, Japanese and Korean text are not separated by spaces: every run of CJK
-- characters is also indexed as its overlapping two-character pairs ("東京都" -> 東京 京都), and a query's CJK
-- runs are looked up as the same pairs (io.wiretrace.store.SearchQuery). A tsvector holds at most 1 MB, which
-- 200,000 characters cannot exceed.

-- The configuration of an ISO 639-1 language tag ('en', 'en-GB', 'pt_BR'); 'simple' when there is none.
CREATE FUNCTION wiretrace_search_config(language TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE lower(substr(coalesce(language, ''), 1, 2))
           WHEN 'ar' THEN 'arabic'
           WHEN 'da' THEN 'danish'
           WHEN 'nl' THEN 'dutch'
           WHEN 'en' THEN 'english'
           WHEN 'fi' THEN 'finnish'
           WHEN 'fr' THEN 'french'
           WHEN 'de' THEN 'german'
           WHEN 'el' THEN 'greek'
           WHEN 'hu' THEN 'hungarian'
           WHEN 'id' THEN 'indonesian'
           WHEN 'ga' THEN 'irish'
           WHEN 'it' THEN 'italian'
           WHEN 'lt' THEN 'lithuanian'
           WHEN 'ne' THEN 'nepali'
           WHEN 'no' THEN 'norwegian'
           WHEN 'nb' THEN 'norwegian'
           WHEN 'nn' THEN 'norwegian'
           WHEN 'pt' THEN 'portuguese'
           WHEN 'ro' THEN 'romanian'
           WHEN 'ru' THEN 'russian'
           WHEN 'es' THEN 'spanish'
           WHEN 'sv' THEN 'swedish'
           WHEN 'ta' THEN 'tamil'
           WHEN 'tr' THEN 'turkish'
           ELSE 'simple'
       END::regconfig
$$;

-- The overlapping two-character pairs of every run of CJK characters (a lone character stays itself).
CREATE FUNCTION wiretrace_cjk_pairs(content TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(string_agg(substr(run, i, 2), ' '), '')
FROM (SELECT m[1] AS run
      FROM regexp_matches(content, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)', 'g') AS m) runs,
     generate_series(1, greatest(length(run) - 1, 1)) AS i
$$;

ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(wiretrace_search_config(language), coalesce(title, '')), 'A')
    || setweight(to_tsvector(wiretrace_search_config(language), left(body_text, 200000)), 'B')
    || to_tsvector('simple', wiretrace_cjk_pairs(coalesce(title, '') || ' ' || left(body_text, 200000)))
) STORED;
CREATE INDEX article_search ON article USING gin (search_vector);
-- The url filter compares url, final_url, canonical_url and url_key: each is indexed (V1, V5).
