#!/usr/bin/env bash
# Issue 16's figures, each beside its floor, in one run on one machine:
#
#   config/bench/scale.sh [JAR]            (default target/kompetencenet.jar; build it with mvn -B -DskipTests package)
#
# Runs the parts one after the other, on embedded Derby (set KOMPETENCENET_DB_URL/_USER/_PASSWORD to an EMPTY
# PostgreSQL database to run the start-up, board and import parts there instead; see each part's comments):
#   1. scale-startup.sh   the large municipality's first start to ready, and SIGTERM while its snapshot is taken,
#                         beside Payara Micro on an empty WAR; its data folder is kept for the next parts
#   2. (Kompetencenet started again on that folder, port BENCH_PORT, default 8290)
#   3. scale-board.sh     GET /api/board (every institution) and a snapshot beside their hand-written SQL
#      scale-gaps.sh      the gap page and GET /api/gaps for the municipality beside their hand-written SQL, and
#                         every listed figure checked against a count straight from the ratings
#   4. scale-feed.sh      koordinator's personal calendar feed, full GET and 304, beside a static file of the same bytes
#   5. scale-meetings.sh  MEETINGS (default 1000) parallel POST /api/meetings on one network beside the same posts
#                         one at a time (no 5xx expected)
#   6. scale-import.sh    a 12,000-row staff CSV import beside a JDBC batch insert of the same rows (on a copy)
# Needs a JDK, curl, unzip, python3, wrk (Debian: apt-get install wrk) and about 3 GB in $TMPDIR; takes 20 to 40
# minutes on 2 cores. Hold nothing else heavy on the machine meanwhile: every ratio compares figures of the same run.
# Prints the parts' lines (figure, value, floor, ratio; tab separated) to stdout, as they come and as a table at the
# end; progress and the load average to stderr. Removes everything it made and stops everything it started.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../../target/kompetencenet.jar}
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
[[ -f $jar ]] || { echo "no $jar: build it with mvn -B -DskipTests package" >&2; exit 2; }
port=${BENCH_PORT:-8290}
base=http://localhost:$port
work=$(mktemp -d "${TMPDIR:-/tmp}/scale.XXXXXX")
results=$work/results.tsv
server=""

log() { echo "[scale $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)] $*" >&2; }
cleanup() {
    if [[ -n $server ]] && kill -0 "$server" 2>/dev/null; then
        kill "$server"; wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

part() {
    local name=$1; shift
    log "part $name: $*"
    if "$@" | tee -a "$results"; then
        return
    fi
    log "part $name failed (exit ${PIPESTATUS[0]}); going on with the next"
    printf '%s\tFAILED\t-\t-\n' "$name" >> "$results"
}

log "jar $jar, work folder $work"
part startup env TMPDIR="$work" KEEP=1 BENCH_PORT=$((port + 1)) "$here/scale-startup.sh" "$jar"
large=$(ls -d "$work"/scale-startup.*/large 2>/dev/null | head -1 || true)
if [[ -n ${KOMPETENCENET_DB_URL:-} ]]; then
    # On PostgreSQL the municipality is in the database; the data folder holds at most uploaded files.
    large=${large:-$work/large}
    mkdir -p "$large"
fi
[[ -d $large ]] || { log "scale-startup.sh left no large municipality in $work"; exit 1; }

if [[ -z ${KOMPETENCENET_DB_URL:-} ]]; then
    cp -a "$large/kompetencenet-db" "$work/derby-copy"
    floor=(--derby-copy "$work/derby-copy")
else
    floor=(--pg-url "$KOMPETENCENET_DB_URL" --pg-user "$KOMPETENCENET_DB_USER" --pg-password "$KOMPETENCENET_DB_PASSWORD")
fi

log "starting Kompetencenet on the large municipality, port $port"
java -Xmx1g -Dkompetencenet.data.dir="$large" -jar "$jar" --nohazelcast --port "$port" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 900); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready") == 200 ]] && break
    kill -0 "$server" 2>/dev/null || { log "the server ended; see its log:"; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 1
done
log "ready"

part board "$here/scale-board.sh" "$base" "${floor[@]}"
part gaps "$here/scale-gaps.sh" "$base" "${floor[@]}"
token=$(curl -s -u koordinator:kompetencenet "$base/api/me/feed" | python3 -c \
    'import json, sys; print(json.load(sys.stdin)["url"].rsplit("/", 1)[1].removesuffix(".ics"))')
part feed env FEED_BENCH_STATIC_PORT=$((port + 2)) "$here/scale-feed.sh" "$base" "$token"
part meetings "$here/scale-meetings.sh" "$base" "${MEETINGS:-1000}"

log "stopping the server"
kill "$server"; wait "$server" 2>/dev/null || true
server=""
if [[ -z ${KOMPETENCENET_DB_URL:-} ]]; then
    part import env BENCH_BASE="$large" BENCH_PORT=$((port + 3)) "$here/scale-import.sh" "$jar"
else
    part import env BENCH_PORT=$((port + 3)) "$here/scale-import.sh" "$jar"
fi

echo >&2
log "all figures:"
{ printf 'figure\tvalue\tfloor\tratio\n'; cat "$results"; } | column -t -s $'\t' >&2
