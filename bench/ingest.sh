#!/usr/bin/env bash
# Ingest benchmark: starts the packaged service on a fresh PostgreSQL database (wt_bench_ingest), POSTs the corpus
# pages from 2 client threads and compares with a Jsoup-parse-only loop.
# Usage: bench/ingest.sh [passes=1] [warmupPasses=0] [requestTimeoutSeconds=300]
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_ingest}"
PORT="${WT_BENCH_PORT:-18093}"
fresh_db "$DB"
start_service "$DB" "$PORT"
uptime
java -Xmx1g -cp "$CP" bench/IngestBench.java "http://127.0.0.1:$PORT" "$SVC" "$CORPUS" "${1:-1}" "${2:-0}" "${3:-300}"
psql -d "$DB" -tAc "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM reuse_match) || ' reuse matches, ' || (SELECT count(*) FROM attribution) || ' attributions stored' FROM article" || true
