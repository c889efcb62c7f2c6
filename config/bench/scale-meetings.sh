#!/usr/bin/env bash
# Parallel meeting creation on one network against a running Kompetencenet (issue 16, point 5):
#   config/bench/scale-meetings.sh BASE_URL [COUNT] [PARALLEL]      (defaults: 1000 posts, 16 at a time)
# Needs curl, a running server with the strategy seeded and at least one network with members, and a coordinator
# account (BENCH_USER / BENCH_PASSWORD, default koordinator / kompetencenet, the demo's). Hold the machine-wide
# timing lock around it: flock /tmp/kn-bench.lock config/bench/scale-meetings.sh http://localhost:8080
# It sends COUNT `POST /api/meetings` for the network with the most members, spread over 50 two-hour slots (10 days,
# 5 a day), so that each meeting conflicts with COUNT/50 others, PARALLEL at once, and counts the answers by status.
# The floor is the same COUNT posts sent one after another on other days (no lock waits, no deadlocks, the same
# conflict checks).
# Both runs add COUNT meetings each to the server's database; nothing else is left behind.
# stdout: figure<TAB>value<TAB>floor<TAB>ratio lines; everything else goes to stderr.
set -euo pipefail
base=${1:?usage: $0 BASE_URL [COUNT] [PARALLEL]}
count=${2:-1000}
parallel=${3:-16}
user=${BENCH_USER:-koordinator}
password=${BENCH_PASSWORD:-kompetencenet}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

api() { curl -s -f -u "$user:$password" "$base$1"; }
network=$(api /api/networks | tr '{' '\n' | sed -n 's/.*"id":\([0-9]*\),"members":\([0-9]*\).*/\2 \1/p' \
    | sort -n | tail -1 | cut -d' ' -f2)
initiative=$(api /api/strategies/current | grep -o '"initiatives":\[{[^]]*' | grep -o '"id":[0-9]*' | head -1 \
    | cut -d: -f2)
[ -n "$network" ] && [ -n "$initiative" ] || { echo "no network or initiative found at $base" >&2; exit 1; }
echo "network $network, initiative $initiative, $count posts, $parallel at once" >&2

# Writes one JSON body per post, from the given first day on, into $work/<day>/ and lists the files.
bodies() {
    mkdir -p "$work/$1"
    for i in $(seq 1 "$count"); do
        day=$(date -d "$1 + $(( i % 10 )) days" +%F)
        hour=$(printf '%02d' $(( 8 + 2 * (i / 10 % 5) )))
        printf '{"title":"Bench %s %d","kind":"network_meeting","start":"%sT%s:00","end":"%sT%s:30","initiativeIds":[%s],"networkId":%s}' \
            "$1" "$i" "$day" "$hour" "$day" "$hour" "$initiative" "$network" > "$work/$1/$i.json"
        echo "$work/$1/$i.json"
    done
}
post() { curl -s -o /dev/null -w '%{http_code}\n' -u "$user:$password" -H 'Content-Type: application/json' \
    --data-binary "@$1" "$base/api/meetings"; }
export -f post
export base user password

# Two stretches of ten days well in the future, different on every run so that runs do not meet each other's meetings.
offset=$(( $(date +%s) / 60 % 3000 ))
day_parallel=$(date -d "2031-01-06 + $(( offset * 28 )) days" +%F)
day_serial=$(date -d "2031-01-20 + $(( offset * 28 )) days" +%F)

load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
bodies "$day_parallel" | xargs -P "$parallel" -I{} bash -c 'post "$1"' _ {} > "$work/parallel.codes"
parallel_s=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
bodies "$day_serial" | while read -r f; do post "$f"; done > "$work/serial.codes"
serial_s=$(echo "$(date +%s.%N) - $start" | bc)

echo "load before: $load, after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "parallel statuses: $(sort "$work/parallel.codes" | uniq -c | tr '\n' ' ')" >&2
echo "serial statuses:   $(sort "$work/serial.codes" | uniq -c | tr '\n' ' ')" >&2
errors_parallel=$(grep -cv '^201$' "$work/parallel.codes" || true)
errors_serial=$(grep -cv '^201$' "$work/serial.codes" || true)
server_errors=$(grep -c '^5' "$work/parallel.codes" || true)
printf '%s\t%.1f\t%.1f\t%.1fx\n' "POST /api/meetings x$count, $parallel parallel, one network (s)" \
    "$parallel_s" "$serial_s" "$(echo "$parallel_s / $serial_s" | bc -l)"
printf '%s\t%d\t%d\t-\n' "POST /api/meetings x$count parallel: answers other than 201" "$errors_parallel" "$errors_serial"
printf '%s\t%d\t0\t-\n' "POST /api/meetings x$count parallel: HTTP 5xx" "$server_errors"
