#!/usr/bin/env bash
# Text-reuse scale on PostgreSQL: builds growing synthetic corpora into database wt_bench_reuse (recreated) and
# measures lookup latency, recall and false candidates at each size. Usage: bench/reuse-scale.sh [sizes...]
# (default 10000 100000; add 250000 500000 1000000 if you have the time: 1M took 67 min and 8.8 GB on 2 cores,
# 2026-12-02).
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${WT_BENCH_DB:-wt_bench_reuse}"
fresh_db "$DB"
uptime
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
java -Xmx2g -cp "$CP" bench/ReuseScaleBench.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" "${sizes[@]}"
psql -d postgres -tAc "SELECT pg_size_pretty(pg_database_size('$DB'))" | sed 's/^/database size: /'
[ "${KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE $DB"
