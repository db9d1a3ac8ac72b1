-- Phrase search on an index (GET /api/articles?q="a phrase").
--
-- A quoted phrase is matched by PostgreSQL on the word positions of search_vector, which the GIN index does not hold:
-- the index gives every article holding all the phrase's words, and each is then read to check the positions. For a
-- phrase of two common words ("prime minister") that is most of the table. phrase_vector holds each article's pairs of
-- adjacent lexemes ('prime minist'), of its title and of its body separately, in the configuration of its language;
-- a phrase's pairs are looked up on its own GIN index first (io.wiretrace.store.PhrasePairs), so only the articles
-- holding every pair of the phrase are read.

-- The pairs of lexemes at adjacent positions of a tsvector, each as one lexeme 'left right'.
CREATE FUNCTION wiretrace_adjacent_pairs(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
FROM (SELECT lexeme, unnest(positions) AS pos FROM unnest(v)) a
JOIN (SELECT lexeme, unnest(positions) AS pos FROM unnest(v)) b ON b.pos = a.pos + 1
$$;

ALTER TABLE article ADD COLUMN phrase_vector tsvector GENERATED ALWAYS AS (
    wiretrace_adjacent_pairs(to_tsvector(wiretrace_search_config(language), coalesce(title, '')))
    || wiretrace_adjacent_pairs(to_tsvector(wiretrace_search_config(language), left(body_text, 200000)))
) STORED;
CREATE INDEX article_phrase ON article USING gin (phrase_vector);
