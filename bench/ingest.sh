#!/usr/bin/env bash
# Ingest benchmark: starts the packaged service on a fresh PostgreSQL database (wt_bench_ingest), POSTs the corpus
# pages from 2 client threads and compares with a Jsoup-parse-only loop.
# Usage: bench/ingest.sh [passes=1] [warmupPasses=0] [requestTimeoutSeconds=300]
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_ingest}"
PORT="${WT_BENCH_PORT:-18093}"
fresh_db "$DB"
LOG="$(mktemp /tmp/wt-bench-service.XXXXXX.log)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" PORT="$PORT" \
  java ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SVC=$!
trap 'rc=$?; set +e; kill $SVC 2>/dev/null; wait $SVC 2>/dev/null; [ "${KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB"; exit $rc' EXIT
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $SVC 2>/dev/null || { echo "service died, log: $LOG"; tail -30 "$LOG"; exit 1; }
  sleep 1
done
echo "service up (pid $SVC, log $LOG) after ${i}s"
uptime
java -Xmx1g -cp "$CP" bench/IngestBench.java "http://127.0.0.1:$PORT" "$SVC" "$CORPUS" "${1:-1}" "${2:-0}" "${3:-300}"
psql -d "$DB" -tAc "SELECT count(*) || ' articles, ' || (SELECT count(*) FROM reuse_match) || ' reuse matches, ' || (SELECT count(*) FROM attribution) || ' attributions stored' FROM article" || true
