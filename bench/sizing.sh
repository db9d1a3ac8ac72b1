#!/usr/bin/env bash
# Storage per article, measured: ingests the corpus pages through the packaged service (as bench/ingest.sh does, one
# pass), waits until the work queue is empty, then prints rows and bytes (heap + indexes + TOAST) per table and per
# stored article. Projections to 10M/100M/1B articles in README "Sizing" multiply these figures (the reuse key index
# per article is taken from bench/reuse-scale.sh, whose synthetic articles have realistic key counts).
# Usage: bench/sizing.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_sizing}"
PORT="${WT_BENCH_PORT:-18094}"
fresh_db "$DB"
start_service "$DB" "$PORT"
java -Xmx1g -cp "$CP" bench/IngestBench.java "http://127.0.0.1:$PORT" "$SVC" "$CORPUS" 1 0 300 >/dev/null
for i in $(seq 1 600); do
  pending=$(psql -d "$DB" -tAc "SELECT count(*) FROM job WHERE status IN ('queued', 'running')")
  [ "$pending" = 0 ] && break
  sleep 1
done
psql -d "$DB" -c "VACUUM ANALYZE" >/dev/null
psql -d "$DB" -P pager=off -c "
WITH n AS (SELECT count(*)::numeric AS articles FROM article),
t AS (
  SELECT coalesce(p.relname, c.relname) AS tbl, sum(pg_total_relation_size(c.oid)) AS bytes
  FROM pg_class c
  LEFT JOIN pg_inherits i ON i.inhrelid = c.oid
  LEFT JOIN pg_class p ON p.oid = i.inhparent
  WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname <> 'flyway_schema_history'
  GROUP BY 1)
SELECT t.tbl AS \"table\", (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM ' || t.tbl, false, true, '')))[1]::text::bigint AS rows,
       pg_size_pretty(t.bytes) AS size, round(t.bytes / n.articles) AS bytes_per_article,
       round((xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM ' || t.tbl, false, true, '')))[1]::text::numeric / n.articles, 2) AS rows_per_article
FROM t, n ORDER BY t.bytes DESC;"
psql -d "$DB" -tAc "SELECT 'articles: ' || count(*) || ', mean body chars: ' || round(avg(length(body_text))) FROM article" 2>/dev/null || true
