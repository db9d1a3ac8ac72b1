# Shared by the bench scripts: repository root, classpath, corpus location, build when needed.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CORPUS="${WIRETRACE_CORPUS:-$ROOT/../shared/corpus}"
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -d target/classes/io ]; then
  ./mvnw -B -q -o package -DskipTests
fi
CP="target/classes:target/quarkus-app/lib/main/*"
# The service needs credentials: the bench clients send this admin token (Authorization: Bearer), the service accepts it.
WIRETRACE_AUTH_BOOTSTRAP_TOKEN="${WIRETRACE_AUTH_BOOTSTRAP_TOKEN:-bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
export WIRETRACE_AUTH_BOOTSTRAP_TOKEN
# A fresh database of our own: drop and recreate it.
fresh_db() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" && psql -q -d postgres -c "CREATE DATABASE $1"
}
# Starts the packaged service on database $1, port $2; sets SVC (pid) and LOG, waits until ready, and on exit stops
# it and drops the database (unless KEEP_DB=1).
start_service() {
  local db="$1" port="$2"
  LOG="$(mktemp /tmp/wt-bench-service.XXXXXX.log)"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" QUARKUS_DATASOURCE_USERNAME="$PGUSER" PORT="$port" \
    java ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
  SVC=$!
  BENCH_DB="$db"
  trap 'rc=$?; kill $SVC 2>/dev/null || true; wait $SVC 2>/dev/null || true; [ "${KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"; exit $rc' EXIT
  for i in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 $SVC 2>/dev/null || { echo "service died, log: $LOG"; tail -30 "$LOG"; exit 1; }
    sleep 1
  done
  echo "service up (pid $SVC, log $LOG) after ${i}s"
}
