#!/usr/bin/env bash
# Import benchmark: starts the packaged service on a fresh PostgreSQL database (wt_bench_import), imports a gzip WARC
# built from the corpus pages (in a temporary file) through POST /api/imports, and compares with a Jsoup-parse-only loop.
# With --generated N: a gzip WARC of N generated news pages instead (tools/simweb/SimulatedNewsWeb.java warc: 2,000
# sites' article pages of ~20 KB, WARC-Dates over a month, no two pages alike), imported to its end with records/s,
# the service's RSS and heap every 30 s (memory should stay flat); reuse matching runs in the background meanwhile.
# Usage: bench/import.sh [passes=2] | bench/import.sh --generated [records=100000] [existing.warc.gz, kept]
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_import}"
PORT="${WT_BENCH_PORT:-18094}"
INPUT="$CORPUS"; COUNT="${1:-2}"
if [ "${1:-}" = "--generated" ]; then
  COUNT="${2:-100000}"
  if [ -n "${3:-}" ]; then
    INPUT="$3"; KEEP_INPUT=1
  else
    INPUT="$(mktemp /tmp/wt-bench-generated.XXXXXX.warc.gz)"
    start=$(date +%s)
    java -cp "$CP" tools/simweb/SimulatedNewsWeb.java warc "$INPUT" "$COUNT"
    echo "wrote $COUNT generated records in $(( $(date +%s) - start )) s, $(du -h "$INPUT" | cut -f1)"
  fi
fi
fresh_db "$DB"
export WIRETRACE_IMPORTS_STORE="$(mktemp -d /tmp/wt-bench-imports.XXXXXX)"
start_service "$DB" "$PORT"
uptime
CLASSES="$(mktemp -d /tmp/wt-bench-classes.XXXXXX)"
javac -q -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ImportBench.java 2>/dev/null || javac -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ImportBench.java
java -Xmx1g -cp "$CLASSES:$CP" ImportBench "http://127.0.0.1:$PORT" "$SVC" "$INPUT" "$COUNT"
psql -d "$DB" -tAc "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM reuse_match) || ' reuse matches, '
  || (SELECT count(*) FROM job WHERE kind = 'reuse-match' AND status IN ('queued', 'running')) || ' matching jobs waiting; '
  || 'database ' || pg_size_pretty(pg_database_size(current_database())) FROM article" || true
rm -rf "$WIRETRACE_IMPORTS_STORE" "$CLASSES"
[ "$INPUT" = "$CORPUS" ] || [ "${KEEP_INPUT:-0}" = 1 ] || rm -f "$INPUT"
uptime
