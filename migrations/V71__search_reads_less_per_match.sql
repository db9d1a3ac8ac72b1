-- Search reads less for each match it ranks or rechecks.
--
-- 1. Each article's search_vector stays in its row instead of the TOAST table. A tsvector with word positions barely
-- compresses, so the default storage (EXTENDED) moved every one over ~2 KB out of line: each ranked, rechecked or
-- phrase-checked match cost a TOAST index lookup and a second page read (at 1M articles a rare word's 2,000 ranked
-- matches read ~5,000 TOAST pages; a phrase checked ~30,000 rows that way). MAIN keeps it in the row unless the row
-- would not fit a page; the body text, when the row is too wide, goes out of line first. Rows stored before keep
-- their storage until rewritten (VACUUM FULL article).
ALTER TABLE article ALTER COLUMN search_vector SET STORAGE MAIN;

-- 2. The configuration of a language tag, as before (V20), but each answer a regconfig constant: the CASE of text cast
-- to regconfig looked the configuration's name up in the catalog on every call (~7 µs), which an excluded word's
-- recheck of each match in its own language paid per row. Same answers, so the stored search_vector stays valid.
CREATE OR REPLACE FUNCTION wiretrace_search_config(language TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE lower(substr(coalesce(language, ''), 1, 2))
           WHEN 'ar' THEN 'arabic'::regconfig
           WHEN 'da' THEN 'danish'::regconfig
           WHEN 'nl' THEN 'dutch'::regconfig
           WHEN 'en' THEN 'english'::regconfig
           WHEN 'fi' THEN 'finnish'::regconfig
           WHEN 'fr' THEN 'french'::regconfig
           WHEN 'de' THEN 'german'::regconfig
           WHEN 'el' THEN 'greek'::regconfig
           WHEN 'hu' THEN 'hungarian'::regconfig
           WHEN 'id' THEN 'indonesian'::regconfig
           WHEN 'ga' THEN 'irish'::regconfig
           WHEN 'it' THEN 'italian'::regconfig
           WHEN 'lt' THEN 'lithuanian'::regconfig
           WHEN 'ne' THEN 'nepali'::regconfig
           WHEN 'no' THEN 'norwegian'::regconfig
           WHEN 'nb' THEN 'norwegian'::regconfig
           WHEN 'nn' THEN 'norwegian'::regconfig
           WHEN 'pt' THEN 'portuguese'::regconfig
           WHEN 'ro' THEN 'romanian'::regconfig
           WHEN 'ru' THEN 'russian'::regconfig
           WHEN 'es' THEN 'spanish'::regconfig
           WHEN 'sv' THEN 'swedish'::regconfig
           WHEN 'ta' THEN 'tamil'::regconfig
           WHEN 'tr' THEN 'turkish'::regconfig
           ELSE 'simple'::regconfig
       END
$$;
