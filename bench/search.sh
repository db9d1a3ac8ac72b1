#!/usr/bin/env bash
# Search benchmark: N synthetic articles (default 100,000; ~150 words each from a 5,000-word vocabulary with a skewed
# frequency, one in ten a CJK text, 50 outlets) are written into a fresh PostgreSQL database with SQL (the full-text
# column and its GIN index are filled by PostgreSQL as rows arrive), then the packaged service answers Q searches per
# kind on GET /api/articles?q= (rare word, common word, three words, a phrase, an excluded word, CJK, words with an
# outlet filter, a URL filter, the plain newest-first list); p50/p99 latency per kind and over all.
# Usage: bench/search.sh [articles=100000] [queries=200]
# REUSE_DB=1 queries a database left by an earlier run with KEEP_DB=1 (same N) instead of loading a fresh one.
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-100000}"; Q="${2:-200}"
DB="${WT_BENCH_DB:-wt_bench_search}"
PORT="${WT_BENCH_PORT:-18095}"
if [ "${REUSE_DB:-0}" = 1 ] && [ "$(psql -d "$DB" -tAc 'SELECT count(*) FROM article' 2>/dev/null)" = "$N" ]; then
  KEEP_DB=1
  start_service "$DB" "$PORT"
  echo "reusing $DB"
else
fresh_db "$DB"
start_service "$DB" "$PORT"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$N" -d "$DB" <<'SQL'
-- the full-text index is built once after the rows are in (its upkeep row by row made a load of 1M take 30 min)
DROP INDEX article_search;
-- words are drawn inline (a temp vocabulary table joined per word made the planner scan it for every word)
INSERT INTO article (input_kind, url, url_key, final_url, outlet_id, title, language, body_text, content_sha256,
                     extraction_json, created_at)
SELECT 'text', 'https://bench' || (g % 50) || '.example/a/' || g, 'https://bench' || (g % 50) || '.example/a/' || g,
       'https://bench' || (g % 50) || '.example/a/' || g, o.id,
       'Title ' || g, CASE WHEN g % 10 = 0 THEN 'zh' ELSE 'en' END,
       CASE WHEN g % 10 = 0
            THEN (SELECT string_agg(chr(19968 + (w * 7919) % 20000) || chr(19968 + (w * 104729) % 20000), '')
                  FROM (SELECT least(2000, floor(exp(random() * ln(2000)) + 0 * k + 0 * g)::int) AS w
                        FROM generate_series(1, 150) k) words)
            ELSE (SELECT string_agg('w' || least(5000, floor(exp(random() * ln(5000)) + 0 * k + 0 * g)::int), ' ')
                  FROM generate_series(1, 150) k)
       END,
       lpad(to_hex(g), 64, '0'), '{"siteDomain":null,"jsonLd":null,"markup":[],"links":[]}',
       timestamptz '2025-01-01' + g * interval '1 minute'
FROM generate_series(1, :n) g
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM outlet ORDER BY id LIMIT 50) o ON o.n = g % 50;
CREATE INDEX article_search ON article USING gin (search_vector, outlet_id); -- as V72 defines it
SELECT brin_summarize_new_values('article_id_range'); -- as autovacuum does after inserts (autosummarize, V72)
ANALYZE;
SQL
echo "loaded in $(( $(date +%s) - start ))s: $(psql -d "$DB" -tAc 'SELECT count(*) FROM article') articles, index $(psql -d "$DB" -tAc "SELECT pg_size_pretty(pg_relation_size('article_search'))")"
fi
uptime
java -cp "$CP" bench/SearchBench.java "http://127.0.0.1:$PORT" "$N" "$Q" \
  "$(psql -d "$DB" -tAc "SELECT outlet_key FROM outlet ORDER BY id OFFSET 7 LIMIT 1")" \
  "$(psql -d "$DB" -tAc "SELECT string_agg(chr(19968 + (i * 7919) % 20000) || chr(19968 + (i * 104729) % 20000), ' ') FROM generate_series(1, 5) i")"
uptime
