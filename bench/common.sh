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
# A fresh database of our own: drop and recreate it.
fresh_db() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $1" && psql -q -d postgres -c "CREATE DATABASE $1"
}
