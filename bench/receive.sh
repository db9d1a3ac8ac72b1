#!/usr/bin/env bash
# The receive phase of an import (extraction, attributions, fingerprint...) stage by stage against Jsoup parse-only,
# in-process, no service or database. Usage: bench/receive.sh [passes=3] [warmup=2]
set -euo pipefail
source "$(dirname "$0")/common.sh"
uptime
CLASSES="$(mktemp -d /tmp/wt-bench-classes.XXXXXX)"
trap 'rm -rf "$CLASSES"' EXIT
javac -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ReceiveBench.java
java -Xmx2g ${RECEIVE_JAVA_OPTS:-} -cp "$CLASSES:$CP" ReceiveBench "$CORPUS" "${1:-3}" "${2:-2}"
uptime
