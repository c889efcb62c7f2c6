#!/usr/bin/env bash
# The staff CSV import at municipal size beside its JDBC floor (issue 16, point 4):
#   config/bench/scale-import.sh JAR_OR_BASE_URL [ROWS]          (default 12000 rows)
# JAR (e.g. target/kompetencenet.jar): starts it on a copy of BENCH_BASE (a stopped data folder, e.g. /tmp/large-base)
#   or, without BENCH_BASE, on a fresh folder with the small demo, on port BENCH_PORT (default 8262), imports, stops it,
#   then runs the floor on the same database; everything it started or copied is removed at the end.
#   With KOMPETENCENET_DB_URL/_USER/_PASSWORD set, the jar runs on that PostgreSQL database instead (it must hold the
#   demo data or be empty) and the floor writes there too.
# BASE_URL (e.g. http://localhost:8080): imports into that running server; the floor needs KOMPETENCENET_DB_URL/_USER/
#   _PASSWORD of its (PostgreSQL) database (an embedded Derby cannot be opened beside its server) and the jar's JDBC
#   drivers (BENCH_JAR, default target/kompetencenet.jar); without them the floor is printed as "-".
# Needs curl, unzip, java 17; a coordinator login (BENCH_USER/BENCH_PASSWORD, default the demo's koordinator). Hold the
# machine-wide timing lock around it: flock /tmp/kn-bench.lock config/bench/scale-import.sh target/kompetencenet.jar
# Figure: one POST /api/employees/import of ROWS new staff into the first institution (curl's time_total: upload,
# checks, saving, commit). Floor: config/bench/ImportFloor.java, the same number of rows into the same tables with
# JDBC addBatch in one transaction (ids as one block, one audit row), other e-mails, the same institution.
# stdout: figure<TAB>value<TAB>floor<TAB>ratio; everything else goes to stderr.
set -euo pipefail
target=${1:?usage: $0 JAR_OR_BASE_URL [ROWS]}
rows=${2:-12000}
user=${BENCH_USER:-koordinator}
password=${BENCH_PASSWORD:-kompetencenet}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [[ "$target" == http* ]]; then
    base=$target
    jar=${BENCH_JAR:-target/kompetencenet.jar}
else
    jar=$target
    port=${BENCH_PORT:-8262}
    base=http://localhost:$port
    if [ -n "${BENCH_BASE:-}" ]; then cp -a "$BENCH_BASE" "$work/data"; else mkdir "$work/data"; fi
    java -Xmx1g -Dkompetencenet.data.dir="$work/data" -Dkompetencenet.demo=true \
        -Dderby.stream.error.file="$work/derby.log" -jar "$jar" --port "$port" --nohazelcast > "$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 1 600); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && break
        kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
        sleep 1
    done
    echo "server ready on $base" >&2
fi

# The first institution's id, read from a file: at 400 institutions a pipe into head ended grep and curl early (SIGPIPE),
# and pipefail ended the script without a word.
curl -s -f -u "$user:$password" -o "$work/institutions.json" "$base/api/institutions" || true
institution=$(awk 'match($0, /"id":[0-9]+/) {print substr($0, RSTART + 5, RLENGTH - 5); exit}' "$work/institutions.json" \
    2>/dev/null || true)
[ -n "$institution" ] || { echo "no institution found at $base" >&2; exit 1; }
stamp=$(date +%s)
{
    echo 'Fornavn;Efternavn;E-mail;Stilling'
    roles=(lærer pædagog pædagogmedhjælper dagplejer andet)
    for i in $(seq 1 "$rows"); do
        echo "Fornavn$i;Efternavn$i;bench$stamp.$i@import.example.dk;${roles[$((i % 5))]}"
    done
} > "$work/staff.csv"

load=$(cut -d' ' -f1-3 /proc/loadavg)
answer=$(curl -s -o "$work/answer.json" -w '%{http_code} %{time_total}' -u "$user:$password" \
    -H 'Content-Type: text/csv; charset=UTF-8' --data-binary "@$work/staff.csv" \
    "$base/api/employees/import?institution=$institution")
status=${answer% *}
import_s=${answer#* }
echo "import: HTTP $status in $import_s s: $(head -c 300 "$work/answer.json")" >&2
[ "$status" = 200 ] || exit 1

if [ -n "$server" ]; then
    kill "$server"; wait "$server" 2>/dev/null || true; server=""
fi
floor_s=-
url=${KOMPETENCENET_DB_URL:-}
if [ -z "$url" ] && [ -d "$work/data/kompetencenet-db" ]; then url="jdbc:derby:$work/data/kompetencenet-db"; fi
if [ -n "$url" ] && [ -f "$jar" ]; then
    mkdir "$work/lib"
    unzip -q -j "$jar" 'MICRO-INF/lib/derby*.jar' 'MICRO-INF/lib/postgresql*.jar' -d "$work/lib"
    floor_s=$(java -cp "$work/lib/*" -Dderby.stream.error.file="$work/derby-floor.log" "$here/ImportFloor.java" \
        "$url" "${KOMPETENCENET_DB_USER:-}" "${KOMPETENCENET_DB_PASSWORD:-}" "$institution" "$rows" "floor$stamp.")
else
    echo "no database to run the floor on (set KOMPETENCENET_DB_URL/_USER/_PASSWORD)" >&2
fi
echo "load before: $load, after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
ratio=-
[ "$floor_s" != - ] && ratio=$(printf '%.1fx' "$(echo "$import_s / $floor_s" | bc -l)")
printf '%s\t%.2f\t%s\t%s\n' "POST /api/employees/import, $rows rows (s)" "$import_s" "$floor_s" "$ratio"
