#!/usr/bin/env bash
# Pair comparison latency on two ~2,000-word synthetic articles. Usage: bench/compare.sh [runs] [semantic true|false]
set -euo pipefail
source "$(dirname "$0")/common.sh"
uptime
java -Xmx1g -cp "$CP" bench/CompareBench.java "${1:-50}" "${2:-true}"
