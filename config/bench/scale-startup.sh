#!/usr/bin/env bash
# Issue 16, points 1 and 6: the large municipality's first start and a SIGTERM while its due snapshot is taken.
#
#   config/bench/scale-startup.sh JAR [PAYARA_MICRO_JAR]
#
# JAR is target/kompetencenet.jar; PAYARA_MICRO_JAR (default: payara-micro.jar beside JAR, as `mvn package` leaves it)
# serves the floor, an empty WAR the script makes with `jar`. Needs a JDK (java, jar) and curl, about 1.5 GB of disk in
# $TMPDIR and one free port ($BENCH_PORT, default 8210). Starts, one after the other, with the same options
# (-Xmx1g, --nohazelcast --port P):
#   floor   Payara Micro with the empty WAR: from `java -jar` until /health/ready and /index.html answer 200; then
#           SIGTERM, until the process has ended
#   figure  Kompetencenet with kompetencenet.demo.size=large on a new data folder (embedded Derby): from `java -jar`,
#           through generating the municipality, until /health/ready and /login.xhtml answer 200; then, as soon as
#           the log says that the due baseline snapshot is being taken, SIGTERM, until the process has ended
# With KOMPETENCENET_DB_URL, KOMPETENCENET_DB_USER and KOMPETENCENET_DB_PASSWORD of an empty PostgreSQL database in the
# environment, the jar runs on that database instead (the data folder then holds only files).
# With SCALE_STARTUP_GENERATOR=1 it measures the generator instead (after the same floor): stopped half-way once
# with SIGTERM (to exit) and once with kill -9, then both restarted (to ready; after kill -9 Derby recovers first; both
# then log that the municipality is half-made). Prints one line per figure to stdout:
# figure<TAB>value<TAB>floor<TAB>ratio; the rest (load averages, log excerpts) to stderr. Stops every process it started and removes its folders (KEEP=1 keeps them).
set -euo pipefail

jar=${1:?usage: scale-startup.sh JAR [PAYARA_MICRO_JAR]}
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
micro=${2:-$(dirname "$jar")/payara-micro.jar}
port=${BENCH_PORT:-8210}
limit=${BENCH_LIMIT_SECONDS:-900}
work=$(mktemp -d "${TMPDIR:-/tmp}/scale-startup.XXXXXX")
pid=""
declare -A restart

log() { echo "$*" >&2; }
now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
figure() { printf '%s\t%s\t%s\t%s\n' "$1" "$(secs "$2")" "$(secs "$3")" "$(ratio "$2" "$3")"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

kill_started() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
cleanup() {
    kill_started
    if [[ -z "${KEEP:-}" ]]; then rm -rf "$work"; else log "kept $work"; fi
}
trap cleanup EXIT INT TERM

[[ -f "$jar" && -f "$micro" ]] || { log "missing $jar or $micro (mvn -B -DskipTests package)"; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    log "port $port is in use; choose another with BENCH_PORT"; exit 1
fi

# launch NAME JAVA_ARGS...: starts java in the background, its log in $work/NAME.log; sets pid and started (ms)
launch() {
    local name=$1; shift
    started=$(now_ms)
    java -Xmx1g -Djava.io.tmpdir="$work/tmp" -Dderby.stream.error.file="$work/$name-derby.log" "$@" \
        > "$work/$name.log" 2>&1 &
    pid=$!
}

# await_ready PAGE: sets ready_ms to the milliseconds from start until /health/ready and PAGE answer 200 (gives up
# after $limit s)
await_ready() {
    local page=$1 ready="" shown=""
    while [[ -z "$ready" || -z "$shown" ]]; do
        if (( $(now_ms) - started > limit * 1000 )) || ! kill -0 "$pid" 2>/dev/null; then
            log "did not become ready; log tail:"; tail -5 "$work"/*.log >&2 || true; exit 1
        fi
        [[ -z "$ready" && $(status /health/ready) == 200 ]] && ready=1
        [[ -z "$shown" && $(status "$page") == 200 ]] && shown=1
        sleep 0.1
    done
    ready_ms=$(( $(now_ms) - started ))
}
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port$1" || true; }

# await_log NAME TEXT SECONDS: waits until the log holds TEXT; false if it did not within SECONDS
await_log() {
    local until=$(( $(now_ms) + $3 * 1000 ))
    until grep -qF "$2" "$work/$1.log"; do
        (( $(now_ms) < until )) && kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
}

# sigterm: sets stopped to the milliseconds from SIGTERM until the process has ended (kill -9 after 120 s)
sigterm() {
    local at
    at=$(now_ms)
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null && (( $(now_ms) - at < 120000 )); do sleep 0.05; done
    stopped=$(( $(now_ms) - at ))
    kill_started
}

messages() { grep -aoE "(Large municipality|Generat|Background work|Due snapshot|Taking the due|Start-up work)[^]]*" "$work/$1.log" | cut -c1-200 >&2 || true; }

mkdir -p "$work/empty/WEB-INF" "$work/tmp"
echo '<!DOCTYPE html><title>empty</title><p>empty</p>' > "$work/empty/index.html"
printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
    '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' > "$work/empty/WEB-INF/web.xml"
jar cf "$work/empty.war" -C "$work/empty" .

log "scale-startup: $(nproc) cores, $(java -version 2>&1 | head -1); load before: $(load)"

launch empty -jar "$micro" --nohazelcast --deploy "$work/empty.war:/" --port "$port"
await_ready /index.html
empty_ready=$ready_ms
sleep 2
sigterm
empty_stop=$stopped
log "empty WAR: ready $(secs "$empty_ready") s, SIGTERM to exit $(secs "$empty_stop") s; load $(load)"

if [[ -n "${SCALE_STARTUP_GENERATOR:-}" ]]; then
    for kind in term kill; do
        launch "gen-$kind" -Dkompetencenet.data.dir="$work/gen-$kind" -Dkompetencenet.demo.size=large -jar "$jar" \
            --nohazelcast --port "$port"
        await_log "gen-$kind" "Large municipality: institutions and staff" 600 || { log "no generation"; exit 1; }
        sleep 10
        if [[ $kind == term ]]; then
            sigterm
            figure "SIGTERM to exit, generator half-way (s)" "$stopped" "$empty_stop"
        else
            kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=""
        fi
        log "load: $(load)"
    done
    for kind in term kill; do
        launch "restart-$kind" -Dkompetencenet.data.dir="$work/gen-$kind" -Dkompetencenet.demo.size=large \
            -jar "$jar" --nohazelcast --port "$port"
        await_ready /login.xhtml
        restart[$kind]=$ready_ms
        sigterm
        messages "restart-$kind"
    done
    figure "restart to ready after kill -9 of the generator half-way, beside after SIGTERM half-way (s)" \
        "${restart[kill]}" "${restart[term]}"
    log "load after: $(load)"
else
    launch large -Dkompetencenet.data.dir="$work/large" -Dkompetencenet.demo.size=large -jar "$jar" --nohazelcast \
        --port "$port"
    await_ready /login.xhtml
    large_ready=$ready_ms
    log "large municipality, first start: ready $(secs "$large_ready") s; load $(load)"
    figure "first start of the large municipality to ready (s)" "$large_ready" "$empty_ready"
    if await_log large "Taking the due snapshot" 60 && ! grep -qF "Due snapshot taken" "$work/large.log"; then
        sleep 1
        label="SIGTERM to exit, due snapshot running (s)"
        grep -qF "Due snapshot taken" "$work/large.log" && label="SIGTERM to exit, due snapshot just done (s)"
    else
        label="SIGTERM to exit, no snapshot running (s)"
    fi
    sigterm
    figure "$label" "$stopped" "$empty_stop"
    log "load after the first start: $(load)"
    messages large
fi
