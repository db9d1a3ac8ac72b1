#!/usr/bin/env bash
# Golden check for speed work on the receive path: hashes every corpus page's extraction, attributions and reuse
# fingerprints (readability, pages, pool). The first run writes GOLDEN; later runs compare and exit 1 on any change.
# Usage: bench/receive-golden.sh GOLDEN   (keep GOLDEN outside the repository, e.g. /tmp/receive-golden.txt)
set -euo pipefail
source "$(dirname "$0")/common.sh"
CLASSES="$(mktemp -d /tmp/wt-bench-classes.XXXXXX)"
trap 'rm -rf "$CLASSES"' EXIT
javac -nowarn -d "$CLASSES" -cp "$CP" bench/IngestBench.java bench/ReceiveGolden.java
java -Xmx2g -cp "$CLASSES:$CP" ReceiveGolden "$CORPUS" "$1"
