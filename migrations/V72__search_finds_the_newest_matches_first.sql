-- Search reads fewer matches to find the newest ones (ArticleSearch, NewestWindow). At 1M articles a word with an
-- outlet filter read every match of the word in the whole store from the full-text index (a word in 15% of the
-- articles: 150,000 entries put in a bitmap, ~140 ms) to keep the 1 in 50 of its outlet; a word with many matches read
-- every one of them from the table to find the newest 2,000.
--
-- 1. The full-text index holds each article's outlet too (btree_gin: an integer key in a GIN index), so a word and an
-- outlet are intersected inside the index, which skips through the word's entries to the outlet's. Word queries
-- without an outlet use the same index as before (each column's keys are apart). One entry more per article: the
-- ~100-1,000 of its words stay the cost of its index upkeep.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX article_search_outlet ON article USING gin (search_vector, outlet_id);
DROP INDEX article_search;
ALTER INDEX article_search_outlet RENAME TO article_search;

-- 2. A block-range index on the id records the lowest and highest id of each range of 128 table pages: ANDed with the
-- full-text index, it lets a search read the matches in the newest pages first, and older ones only while too few are
-- found. Rows are appended in id order, so the ranges are narrow; a row moved by an update only widens its range
-- (more pages read, never a match missed). It is a few pages per million rows; a new row costs it nothing until its
-- range is summarised (by autovacuum once a range is full, autosummarize): an unsummarised range counts as matching.
CREATE INDEX article_id_range ON article USING brin (id) WITH (autosummarize = on);
