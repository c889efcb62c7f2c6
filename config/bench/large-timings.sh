#!/usr/bin/env bash
# Times the pages and API calls of README's large-municipality table against a running Kompetencenet:
#   config/bench/large-timings.sh http://localhost:8080 [user] [password]
# Each line: the median of four requests after a first, warm-up one (curl's time_total, seconds). Pages are read
# logged in through the login form, /api with HTTP Basic (which adds the PBKDF2 check, about 0.13 s, to each call).
set -euo pipefail
base=${1:?usage: $0 BASE_URL [user] [password]}
user=${2:-koordinator}
password=${3:-kompetencenet}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

source "$(dirname "$0")/login.sh"
login "$base" "$user" "$password" "$jar"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_page() {
    curl -s -o /dev/null -b "$jar" "$base$1" >/dev/null
    for _ in 1 2 3 4; do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$1"; done | median
}

time_api() {
    curl -s -o /dev/null -u "$user:$password" "$base$1" >/dev/null
    for _ in 1 2 3 4; do curl -s -o /dev/null -w '%{time_total}\n' -u "$user:$password" "$base$1"; done | median
}

check=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/overview/municipality.xhtml")
[ "$check" = 200 ] || { echo "login as $user failed (HTTP $check)" >&2; exit 1; }

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-45s %s\n' "request" "median s"
for page in /overview/municipality.xhtml /overview/board.xhtml /strategy/documents.xhtml \
        /organisation/institutions.xhtml /organisation/employees.xhtml /competence/rounds.xhtml; do
    printf '%-45s %s\n' "GET $page" "$(time_page "$page")"
done
for api in /api/overview/municipality /api/board /api/documents /api/documents/tallies /api/institutions \
        "/api/employees?max=20" /api/followup/report.pdf /api/followup/report.xlsx; do
    printf '%-45s %s\n' "GET $api" "$(time_api "$api")"
done
