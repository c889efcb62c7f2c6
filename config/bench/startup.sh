#!/usr/bin/env bash
# Start-up time of Kompetencenet against Payara Micro serving an empty WAR, side by side on this machine.
#
#   config/bench/startup.sh [rounds]        (default 3 rounds; run from anywhere in the repository)
#
# Needs only a JDK (java, jar) and curl. Takes target/kompetencenet.jar and target/payara-micro.jar as built by
# `mvn -B -DskipTests package` (builds them when missing). Each round starts, one after the other:
#   empty    target/payara-micro.jar --deploy empty.war:/   (an index.html and a web.xml, made here with `jar`)
#   fresh    target/kompetencenet.jar on a new, empty data folder (Flyway migrates, the features seed)
#   restart  target/kompetencenet.jar again on the folder the fresh start left
# all with the same JVM options ($BENCH_JAVA_OPTS, default -Xmx1g) and the same Payara Micro options an operator
# uses (--nohazelcast --port P; the uber-jar has --nohazelcast built in as well). "Ready" is the moment both
# GET /health/ready and a real page (/login.xhtml; /index.html for the empty WAR) have answered 200, measured from
# process start. Each process is stopped (only the ones started here) before the next starts. Prints every run, the
# medians and the ratios to the empty WAR (of the medians, and the median of each round's own ratio, which is steadier
# when the machine's load changes between rounds), the machine's load before and after, and for the last round the
# moments Payara logged its milestones (runtime up, application deployed, JSF, schema migrated, seeding done, ready).
set -euo pipefail

rounds=${1:-3}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/target/kompetencenet.jar
micro=$root/target/payara-micro.jar
port=${BENCH_PORT:-28080}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
limit=${BENCH_LIMIT_SECONDS:-300}
work=$root/target/bench-startup
pid=""

stop() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap stop EXIT INT TERM

if [[ ! -f "$jar" || ! -f "$micro" ]]; then
    (cd "$root" && mvn -B -q -DskipTests package)
fi
if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    echo "port $port is in use; choose another with BENCH_PORT" >&2
    exit 1
fi

rm -rf "$work"
mkdir -p "$work/empty/WEB-INF" "$work/logs" "$work/tmp"
echo '<!DOCTYPE html><title>empty</title><p>empty</p>' > "$work/empty/index.html"
cat > "$work/empty/WEB-INF/web.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>
XML
jar cf "$work/empty.war" -C "$work/empty" .

now_ms() { date +%s%3N; }

# run LABEL PAGE JAVA_ARGS... : sets result to "health_ms page_ms ready_ms" (ready = the later of the two)
run() {
    local label=$1 page=$2; shift 2
    local log="$work/logs/$label.log" start health="" shown="" elapsed
    start=$(now_ms)
    # shellcheck disable=SC2086
    java $java_opts -Djava.io.tmpdir="$work/tmp" "$@" > "$log" 2>&1 &
    pid=$!
    while [[ -z "$health" || -z "$shown" ]]; do
        elapsed=$(( $(now_ms) - start ))
        if (( elapsed > limit * 1000 )) || ! kill -0 "$pid" 2>/dev/null; then
            stop; result="FAILED FAILED FAILED"; return
        fi
        if [[ -z "$health" && $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/health/ready") == 200 ]]; then
            health=$(( $(now_ms) - start ))
        fi
        if [[ -z "$shown" && $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port$page") == 200 ]]; then
            shown=$(( $(now_ms) - start ))
        fi
        sleep 0.1
    done
    stop
    result="$health $shown $(( health > shown ? health : shown ))"
    phases "$log" "$start" > "$work/logs/$label.phases"
}

# Seconds from process start to the first log line with each marker (Payara's timeMillis), for the breakdown.
phases() {
    local log=$1 start=$2 step name marker at out=""
    for step in "runtime:startup time : Embedded" "deployed:was successfully deployed in" \
            "faces:Initializing Mojarra" "primefaces:Running on PrimeFaces" "migrated:schema at version" \
            "seeded:Start-up work" "ready:ready in"; do
        name=${step%%:*} marker=${step#*:}
        at=$(grep -m1 -F "$marker" "$log" | sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p' || true)
        if [[ -n "$at" ]]; then out="$out, $name $(secs $(( at - start )))s"; fi
    done
    echo "${out#, }"
}

secs() { awk -v ms="$1" 'BEGIN { if (ms == "FAILED") print "-"; else printf "%.1f", ms / 1000 }'; }
median() { tr ' ' '\n' | { grep -E '^[0-9.]+$' || true; } | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "FAILED"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "Kompetencenet start-up, $rounds rounds, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "JVM options: $java_opts; Payara Micro options: --nohazelcast --port $port"
echo "load before: $(uptime | sed 's/.*load average: //')"
declare -A ready
result=""
fresh_ratios="" restart_ratios=""
per_round() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "FAILED" || b == "FAILED") print "FAILED"; else printf "%.3f", a / b }'; }
printf '%-8s %5s  %9s %9s %9s\n' kind round health page ready
for r in $(seq 1 "$rounds"); do
    data="$work/data-$r"
    for kind in empty fresh restart; do
        case $kind in
            empty) run "empty-$r" /index.html -jar "$micro" --nohazelcast --deploy "$work/empty.war:/" --port "$port" ;;
            fresh) run "fresh-$r" /login.xhtml -Dkompetencenet.data.dir="$data" -jar "$jar" --nohazelcast --port "$port" ;;
            restart) run "restart-$r" /login.xhtml -Dkompetencenet.data.dir="$data" -jar "$jar" --nohazelcast --port "$port" ;;
        esac
        read -r h p d <<< "$result"
        ready[$kind]="${ready[$kind]:-} $d"
        printf '%-8s %5s  %8ss %8ss %8ss\n' "$kind" "$r" "$(secs "$h")" "$(secs "$p")" "$(secs "$d")"
        case $kind in
            empty) empty_ms=$d ;;
            fresh) fresh_ratios="$fresh_ratios $(per_round "$d" "$empty_ms")" ;;
            restart) restart_ratios="$restart_ratios $(per_round "$d" "$empty_ms")" ;;
        esac
    done
done
echo "load after: $(uptime | sed 's/.*load average: //')"

e=$(echo "${ready[empty]}" | median); f=$(echo "${ready[fresh]}" | median); s=$(echo "${ready[restart]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "FAILED" || b == "FAILED") print "-"; else printf "%.2fx", a / b }'; }
echo
fr=$(echo "$fresh_ratios" | median); rr=$(echo "$restart_ratios" | median)
echo "| start (median of $rounds, to /health/ready and a page both 200) | time | ratio of the medians | median of each round's ratio |"
echo "| --- | --- | --- | --- |"
echo "| Payara Micro, empty WAR | $(secs "$e") s | 1.00x | 1.00x |"
echo "| Kompetencenet, fresh data folder | $(secs "$f") s | $(ratio "$f" "$e") | $(ratio "$fr" 1) |"
echo "| Kompetencenet, restart (existing data folder) | $(secs "$s") s | $(ratio "$s" "$e") | $(ratio "$rr" 1) |"
echo
echo "Where the time goes (seconds from process start to Payara's log line; last round):"
for kind in empty fresh restart; do
    printf '  %-8s %s\n' "$kind" "$(cat "$work/logs/$kind-$rounds.phases" 2>/dev/null)"
done
echo "logs: $work/logs"
