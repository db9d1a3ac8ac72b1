#!/usr/bin/env bash
# Provenance query benchmark: a synthetic graph of N stored articles (default 100,000) in stories of 5 (one article
# crediting AFP, four reusing it, some uncredited) is written straight into a fresh PostgreSQL database with SQL, then
# the packaged service answers GET /provenance and /story for random articles; p50/p99 latency is reported.
# Usage: bench/provenance.sh [articles=100000] [queries=1000]
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-100000}"; Q="${2:-1000}"
DB="${WT_BENCH_DB:-wt_bench_provenance}"
PORT="${WT_BENCH_PORT:-18094}"
fresh_db "$DB"
start_service "$DB" "$PORT"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$N" -d "$DB" <<'SQL'
INSERT INTO article (input_kind, url, url_key, final_url, body_text, content_sha256, extraction_json, published_at, created_at)
SELECT 'text', 'https://bench' || (g % 50) || '.example/a/' || g, 'https://bench' || (g % 50) || '.example/a/' || g,
       'https://bench' || (g % 50) || '.example/a/' || g, 'Synthetic article ' || g || '.',
       lpad(to_hex(g), 64, '0'), '{"siteDomain":null,"jsonLd":null,"markup":[],"links":[]}',
       timestamptz '2025-01-01' + g * interval '1 minute', now()
FROM generate_series(1, :n) g;
-- the first article of each story of 5 credits AFP in a dateline
INSERT INTO attribution (article_id, position, kind, target_outlet_id, target_name, target_domain, mention, evidence_text,
                         evidence_location, evidence_start, evidence_end, confidence, rule, detector_version)
SELECT a.id, 0, 'dateline', o.id, 'AFP', 'afp.com', 'AFP', 'PARIS (AFP) -', 'dateline', 0, 13, 0.9, 'bench', 'bench'
FROM article a, outlet o WHERE o.outlet_key = 'afp' AND a.id % 5 = 1;
-- the other four reuse the first (duplicate), none crediting it; rules_version at its maximum, so a restart never
-- queues a rematch of these synthetic rows (RematchOnRulesChange)
INSERT INTO reuse_match (article_a, article_b, reuse_class, containment_a_in_b, containment_b_in_a, jaccard, earlier_id,
                         reason, passages, paraphrases, summary_json, rules_version)
SELECT s.id, a.id, 'duplicate', 0.95, 0.95, 0.9, s.id, 'bench', 0, 0,
       '{"aId":"' || s.id || '","bId":"' || a.id || '","earlierId":"' || s.id || '","reuseClass":"DUPLICATE","reason":"bench",'
       || '"containmentAInB":0.95,"containmentBInA":0.95,"jaccard":0.9,"passages":[],"paraphrases":[],'
       || '"sharedQuotes":[],"sharedNumbers":[],"sharedNames":[]}', 2147483647
FROM article a JOIN article s ON s.id = a.id - ((a.id - 1) % 5) WHERE a.id % 5 <> 1;
ANALYZE;
SQL
echo "loaded in $(( $(date +%s) - start ))s: $(psql -d "$DB" -tAc 'SELECT count(*) FROM article') articles, $(psql -d "$DB" -tAc 'SELECT count(*) FROM reuse_match') matches"
uptime
java -cp "$CP" bench/ProvenanceBench.java "http://127.0.0.1:$PORT" "$N" "$Q"
