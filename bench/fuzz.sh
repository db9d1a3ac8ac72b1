#!/usr/bin/env bash
# Long run of the request fuzzer (io.wiretrace.api.ApiFuzzTest): N requests (default 10,000) over every /api operation
# with random and mutated paths, parameters, headers and bodies; fails on any 5xx or any error that is not
# application/problem+json. A seed replays a run.
# Usage: bench/fuzz.sh [requests=10000] [seed=19]
set -euo pipefail
cd "$(dirname "$0")/.."
# once, in the @QuarkusTest group only (a plain `test -Dtest=` would run it in each of the three surefire groups)
./mvnw -B -q test-compile
./mvnw -B surefire:test@quarkus-tests -Dtest=ApiFuzzTest -Dfuzz.requests="${1:-10000}" -Dfuzz.seed="${2:-19}"
