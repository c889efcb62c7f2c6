#!/usr/bin/env bash
# Calendar feed throughput beside its floor: the same bytes as a static file served by the same server software.
#
#   config/bench/scale-feed.sh BASE_URL TOKEN
#     BASE_URL  a running Kompetencenet, e.g. http://localhost:8080 (the large municipality for the issue's figure)
#     TOKEN     a feed token there (the part of the subscription URL before .ics), e.g. koordinator's personal feed:
#               curl -u koordinator:kompetencenet BASE_URL/api/me/feed
#
# Needs wrk (Debian: apt-get install wrk), curl, unzip, a JDK (java, jar) and target/kompetencenet.jar (mvn -B
# -DskipTests package). Fetches the feed once and puts its bytes into a throwaway copy of target/kompetencenet.jar as
# the static file /resources/bench/feed.ics (public like the feeds, so it passes the same security mechanism), starts
# that copy on an empty data folder ($FEED_BENCH_STATIC_PORT, default 8241; JVM options $BENCH_JAVA_OPTS, default
# -Xmx1g), then runs the same wrk client ($FEED_BENCH_SECONDS per run, default 10; $FEED_BENCH_CONNECTIONS, default 8,
# on 2 threads) against the static file and the feed, full GETs and conditional GETs (If-None-Match with each one's
# own ETag, answered 304), each after a warm-up a third as long. Stops the copy it started and removes its files.
# Timing: hold the machine's benchmark lock around the whole script
# (flock /tmp/kn-bench.lock config/bench/scale-feed.sh ...); it takes about 2 minutes.
#
# Prints to stdout one line per figure, tab separated: figure, value, floor, ratio (value / floor; the issue asks for
# at least 0.5x); everything else (load average, sizes, wrk's own output) goes to stderr.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    sed -n '2,9p' "$0" >&2
    exit 2
fi
base=${1%/}
token=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
app=$root/target/kompetencenet.jar
port=${FEED_BENCH_STATIC_PORT:-8241}
seconds=${FEED_BENCH_SECONDS:-10}
connections=${FEED_BENCH_CONNECTIONS:-8}
java_opts=${BENCH_JAVA_OPTS:--Xmx1g}
work=${FEED_BENCH_WORK:-$(mktemp -d /tmp/scale-feed.XXXXXX)}
pid=""

cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    [[ -n "${FEED_BENCH_WORK:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT INT TERM

for tool in wrk curl unzip java jar; do
    command -v "$tool" >/dev/null || { echo "scale-feed: $tool is missing" >&2; exit 1; }
done
[[ -f "$app" ]] || { echo "scale-feed: $app is missing (mvn -B -DskipTests package)" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    echo "scale-feed: port $port is in use; choose another with FEED_BENCH_STATIC_PORT" >&2
    exit 1
fi

feed_url="$base/api/feeds/$token.ics"
status=$(curl -s -o "$work/feed.ics" -D "$work/feed.headers" -w '%{http_code}' "$feed_url")
[[ "$status" == 200 ]] || { echo "scale-feed: GET $feed_url answered $status" >&2; exit 1; }
etag() { tr -d '\r' < "$1" | awk 'tolower($1) == "etag:" { sub(/^[^:]*: */, ""); print }'; }
feed_etag=$(etag "$work/feed.headers")
echo "feed: $(wc -c < "$work/feed.ics") bytes, $(grep -c '^BEGIN:VEVENT' "$work/feed.ics") VEVENTs, ETag $feed_etag" >&2

mkdir -p "$work/war/resources/bench" "$work/jar" "$work/tmp" "$work/data"
cp "$work/feed.ics" "$work/war/resources/bench/feed.ics"
cp "$app" "$work/copy.jar"
(cd "$work/jar" && unzip -q "$app" 'MICRO-INF/deploy/kompetencenet.war' \
    && (cd "$work/war" && jar uf "$work/jar/MICRO-INF/deploy/kompetencenet.war" resources/bench/feed.ics) \
    && jar uf "$work/copy.jar" MICRO-INF/deploy/kompetencenet.war)
# shellcheck disable=SC2086
java $java_opts -Djava.io.tmpdir="$work/tmp" -Dkompetencenet.data.dir="$work/data" -jar "$work/copy.jar" \
    --port "$port" --rootdir "$work/rt" > "$work/static.log" 2>&1 &
pid=$!
static_url="http://localhost:$port/resources/bench/feed.ics"
for _ in $(seq 1 600); do
    curl -sf -o /dev/null --max-time 2 "$static_url" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/static.log" >&2; echo "scale-feed: the static copy stopped" >&2; exit 1; }
    sleep 0.5
done
curl -s -o "$work/static.ics" -D "$work/static.headers" "$static_url"
cmp -s "$work/feed.ics" "$work/static.ics" || { echo "scale-feed: the static copy differs from the feed" >&2; exit 1; }
static_etag=$(etag "$work/static.headers")
for check in "$feed_url|$feed_etag" "$static_url|$static_etag"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: ${check#*|}" "${check%|*}")
    [[ "$code" == 304 ]] || { echo "scale-feed: a conditional GET of ${check%|*} answered $code, not 304" >&2; exit 1; }
done

# rate URL [ETAG]: requests per second wrk measured, after a warm-up
rate() {
    local header=()
    [[ -n "${2:-}" ]] && header=(-H "If-None-Match: $2")
    wrk -t2 -c"$connections" -d"$(( (seconds + 2) / 3 ))s" "${header[@]}" "$1" > /dev/null
    wrk -t2 -c"$connections" -d"${seconds}s" "${header[@]}" "$1" > "$work/wrk.out"
    cat "$work/wrk.out" >&2
    if grep -q 'Non-2xx or 3xx' "$work/wrk.out"; then
        echo "scale-feed: errors from $1" >&2
        exit 1
    fi
    awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

echo "load before: $(cat /proc/loadavg)" >&2
static_full=$(rate "$static_url")
feed_full=$(rate "$feed_url")
static_304=$(rate "$static_url" "$static_etag")
feed_304=$(rate "$feed_url" "$feed_etag")
echo "load after: $(cat /proc/loadavg)" >&2

printf 'feed GET, full 200 (req/s)\t%s\t%s\t%s\n' "$feed_full" "$static_full" "$(ratio "$feed_full" "$static_full")"
printf 'feed GET, If-None-Match 304 (req/s)\t%s\t%s\t%s\n' "$feed_304" "$static_304" "$(ratio "$feed_304" "$static_304")"
