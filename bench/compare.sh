#!/usr/bin/env bash
# Pair comparison latency on a ~2,000-word English text and a rewrite of it (both made by CompareBench). Usage: bench/compare.sh [runs] [semantic true|false]
set -euo pipefail
source "$(dirname "$0")/common.sh"
uptime
java -Xmx1g -cp "$CP" bench/CompareBench.java "${1:-50}" "${2:-true}"
