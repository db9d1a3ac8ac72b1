#!/usr/bin/env bash
# Attribution detector throughput over the corpus pages. Usage: bench/attribution.sh [secondsPerRound]
set -euo pipefail
source "$(dirname "$0")/common.sh"
uptime
java -Xmx1g -cp "$CP" bench/AttributionBench.java "$CORPUS" "${1:-10}"
