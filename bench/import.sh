#!/usr/bin/env bash
# Import benchmark: starts the packaged service on a fresh PostgreSQL database (wt_bench_import), imports a gzip WARC
# built from the corpus pages (in a temporary file) through POST /api/imports, and compares with a Jsoup-parse-only loop.
# Usage: bench/import.sh [passes=2]
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_import}"
PORT="${WT_BENCH_PORT:-18094}"
fresh_db "$DB"
export WIRETRACE_IMPORTS_STORE="$(mktemp -d /tmp/wt-bench-imports.XXXXXX)"
start_service "$DB" "$PORT"
uptime
CLASSES="$(mktemp -d /tmp/wt-bench-classes.XXXXXX)"
javac -q -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ImportBench.java 2>/dev/null || javac -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ImportBench.java
java -Xmx1g -cp "$CLASSES:$CP" ImportBench "http://127.0.0.1:$PORT" "$SVC" "$CORPUS" "${1:-2}"
psql -d "$DB" -tAc "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM reuse_match) || ' reuse matches' FROM article" || true
rm -rf "$WIRETRACE_IMPORTS_STORE" "$CLASSES"
