#!/usr/bin/env bash
# Polling benchmark (issue 16): the packaged service watches N feeds of a simulated news web (tools/simweb: one local
# HTTP server answering for the hosts 127.0.X.Y, items published over time, article pages) for a bounded time.
# Sources are registered through POST /api/sources in stages (e.g. 500,1000,1500,2000) with a sampling window after
# each, then the last stage runs for STEADY seconds. Reports feed polls per minute, publication -> stored article
# latency (p50/p95), politeness per host from the web's own request log, service CPU/RSS/heap and queue depth per
# stage, and the tick's due-source query timed at 10k and 100k sources afterwards.
# Usage: bench/sources.sh [stages=500,1000,1500,2000] [stageSeconds=90] [steadySeconds=480]
set -euo pipefail
source "$(dirname "$0")/common.sh"
STAGES="${1:-500,1000,1500,2000}"; STAGE_SECONDS="${2:-90}"; STEADY="${3:-480}"
SITES="${STAGES##*,}"
DB="${WT_BENCH_DB:-wt_bench_sources}"
PORT="${WT_BENCH_PORT:-18096}"
WEB_PORT="${WT_BENCH_WEB_PORT:-18180}"
MIN_INTERVAL="${MIN_INTERVAL:-PT1M}"; MAX_INTERVAL="${MAX_INTERVAL:-PT15M}"
WEB_LOG="$(mktemp /tmp/wt-bench-simweb.XXXXXX.log)"
java -cp "$CP" tools/simweb/SimulatedNewsWeb.java "$WEB_PORT" "$SITES" "$WEB_LOG" 16 10 180 > "$WEB_LOG.out" 2>&1 &
WEB=$!
for i in $(seq 1 60); do grep -q ready "$WEB_LOG.out" 2>/dev/null && break; sleep 1; done
# every site's address is exempt from the SSRF filter (they are loopback addresses)
ALLOWED="$(for n in $(seq 0 $((SITES - 1))); do printf '127.0.%d.%d,' $((1 + n / 250)) $((1 + n % 250)); done)"
export WIRETRACE_FETCH_ALLOWED_HOSTS="${ALLOWED%,}"
export WIRETRACE_SOURCES_FIRST_POLL_ITEMS="${WIRETRACE_SOURCES_FIRST_POLL_ITEMS:-1}"
export WIRETRACE_QUEUE_WORKERS="${WIRETRACE_QUEUE_WORKERS:-16}"
export WIRETRACE_SOURCES_MIN_HOST_DELAY="${WIRETRACE_SOURCES_MIN_HOST_DELAY:-1s}"
fresh_db "$DB"
start_service "$DB" "$PORT"
trap 'rc=$?; kill $SVC $WEB 2>/dev/null || true; wait $SVC $WEB 2>/dev/null || true; [ "${KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"; rm -f "$WEB_LOG" "$WEB_LOG.out"; exit $rc' EXIT
echo "settings: $SITES sites, intervals $MIN_INTERVAL..$MAX_INTERVAL, first-poll-items $WIRETRACE_SOURCES_FIRST_POLL_ITEMS, queue workers $WIRETRACE_QUEUE_WORKERS, min host delay $WIRETRACE_SOURCES_MIN_HOST_DELAY; $(nproc) cores; $(uptime)"
java -Xmx512m -cp "$CP" bench/SourcesBench.java "http://127.0.0.1:$PORT" "$SVC" "$WEB_PORT" "$WEB_LOG" \
  "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "$STAGES" "$STAGE_SECONDS" "$STEADY" "$MIN_INTERVAL" "$MAX_INTERVAL" \
  "${WIRETRACE_SOURCES_MIN_HOST_DELAY%s}"
kill $SVC; wait $SVC 2>/dev/null || true
echo "database: $(psql -d "$DB" -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))"); bytes per table row:"
psql -d "$DB" -P pager=off -c "SELECT relname, n_live_tup AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size,
  round(pg_total_relation_size(relid)::numeric / greatest(n_live_tup, 1)) AS bytes_per_row FROM pg_stat_user_tables
  WHERE relname IN ('source', 'source_item', 'job', 'article', 'crawl_host', 'revision_check') ORDER BY 1"
# The tick's query ("UPDATE source ... WHERE id IN (SELECT ... next_poll_at <= now() ... FOR UPDATE SKIP LOCKED)"),
# timed on this database grown to 10k and 100k sources (the added ones due evenly over the next 15 minutes, ~5 s of them
# due now, as in one tick), inside a transaction rolled back.
for total in 10000 100000; do
  psql -q -d "$DB" -c "INSERT INTO source (url, url_key, kind, min_interval_ms, max_interval_ms, interval_ms, next_poll_at)
    SELECT 'http://synthetic-' || g || '.example/feed.xml', 'synthetic-' || g || '.example/feed.xml', 'rss', 60000, 900000,
           900000, now() - interval '5 seconds' + random() * interval '15 minutes' FROM generate_series((SELECT count(*) FROM source) + 1, $total) g;
    ANALYZE source"
  due=$(psql -d "$DB" -tAc "SELECT count(*) FROM source WHERE NOT paused AND next_poll_at <= now()")
  psql -d "$DB" -tA -c "BEGIN" -c "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
    UPDATE source SET poll_queued_at = now() WHERE id IN (SELECT id FROM source WHERE NOT paused AND next_poll_at <= now()
    AND (poll_queued_at IS NULL OR poll_queued_at < now() - interval '1 hour') ORDER BY next_poll_at LIMIT 500
    FOR UPDATE SKIP LOCKED) RETURNING id" -c "ROLLBACK" | grep -E 'Execution Time' | sed "s/^/tick query at $total sources ($due due in one 5 s tick): /"
done
uptime
