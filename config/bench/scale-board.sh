#!/usr/bin/env bash
# GET /api/board (every institution) and a follow-up snapshot beside their raw-SQL floors, for a running Kompetencenet.
#
#   config/bench/scale-board.sh BASE_URL [options]
#     --user U --password P     a coordinator (default koordinator / kompetencenet), logged in through /login.xhtml; the
#                               requests carry that session's cookie, so no PBKDF2 password check (~0.13 s) is in them
#     --rounds N                timed requests and floor rounds, each set after as many to warm up (as the floor
#                               warms up its fresh JVM); medians (default 5)
#     --jar JAR                 the built jar whose JDBC drivers the floor uses (default target/kompetencenet.jar)
#   Derby (the server's embedded database cannot be opened beside it, so the floor reads a copy), one of:
#     --admin-password P [--data-dir DIR | --backup-dir DIR]
#                               takes an online backup (POST /api/admin/backups as admin), copies its database and
#                               removes the backup again; backups are under DIR/backups (or --backup-dir), as the
#                               server's kompetencenet.data.dir / kompetencenet.backup.dir say
#     --derby-copy DIR          a stopped copy of the same database (its kompetencenet-db folder), copied again here
#   PostgreSQL (the floor reads the server's own database beside it):
#     --pg-url jdbc:postgresql://HOST:PORT/DB --pg-user U --pg-password P
#
# Needs java 17 (runs config/bench/BoardFloor.java, the hand-written SQL), curl, unzip and python3. Takes 2 x rounds
# ON_DEMAND snapshots labelled "scale-board". Prints to stdout one line per figure, tab separated:
#   figure  value  floor  ratio        e.g.  GET /api/board, 400 institutions, Derby (s)  0.62  0.41  1.5x
# and everything else (progress, load average) to stderr. Removes every copy and temporary file it makes.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:?usage: $0 BASE_URL [options]; see the comments at the top}
shift
user=koordinator password=kompetencenet rounds=5 jar=$root/target/kompetencenet.jar
admin_password="" data_dir="" backup_dir="" derby_copy="" pg_url="" pg_user="" pg_password=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --user) user=$2 ;;
        --password) password=$2 ;;
        --rounds) rounds=$2 ;;
        --jar) jar=$2 ;;
        --admin-password) admin_password=$2 ;;
        --data-dir) data_dir=$2 ;;
        --backup-dir) backup_dir=$2 ;;
        --derby-copy) derby_copy=$2 ;;
        --pg-url) pg_url=$2 ;;
        --pg-user) pg_user=$2 ;;
        --pg-password) pg_password=$2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift 2
done
[[ -z "$backup_dir" && -n "$data_dir" ]] && backup_dir=$data_dir/backups
if [[ -z "$pg_url" && -z "$derby_copy" && ( -z "$admin_password" || -z "$backup_dir" ) ]]; then
    echo "the floor needs --pg-url, --derby-copy, or --admin-password with --data-dir/--backup-dir" >&2
    exit 2
fi
[[ -f "$jar" ]] || { echo "no $jar: build it with mvn -B -DskipTests package" >&2; exit 2; }

work=$(mktemp -d)
backup_made=""
cleanup() {
    rm -rf "$work"
    if [[ -n "$backup_made" ]]; then rm -rf "$backup_made"; fi
}
trap cleanup EXIT INT TERM
cookies=$work/cookies

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v v="$1" -v f="$2" 'BEGIN {printf "%.1fx", (f > 0 ? v / f : 0)}'; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# Logged in through the form, as a person using the pages is.
state=$(curl -s -c "$cookies" -b "$cookies" "$base/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$cookies" -b "$cookies" "$base/login.xhtml" --data-urlencode "login=login" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "submit=" \
    --data-urlencode "continueTo=" --data-urlencode "jakarta.faces.ViewState=$state"
check=$(curl -s -o "$work/board.json" -w '%{http_code}' -b "$cookies" "$base/api/board?max=500")
[[ "$check" == 200 ]] || { echo "GET /api/board as $user: HTTP $check" >&2; exit 1; }
institutions=$(json "['count']" < "$work/board.json")
rows=$(json "['rows'].__len__()" < "$work/board.json")
[[ "$institutions" == "$rows" ]] || echo "warning: the board has $institutions institutions, one page shows $rows" >&2

# The floors' database: the server's own (PostgreSQL), or a copy (Derby).
if [[ -n "$pg_url" ]]; then
    database=PostgreSQL floor_url=$pg_url floor_user=$pg_user floor_password=$pg_password
else
    database=Derby floor_user="" floor_password=""
    if [[ -n "$derby_copy" ]]; then
        cp -a "$derby_copy" "$work/db"
    else
        echo "taking an online backup for the floor..." >&2
        taken=$(curl -s -u "admin:$admin_password" -X POST -w '\n%{http_code}' "$base/api/admin/backups")
        [[ "$(tail -1 <<< "$taken")" == 201 ]] || { echo "backup failed: $taken" >&2; exit 1; }
        backup_made=$backup_dir/$(head -1 <<< "$taken" | json "['name']")
        cp -a "$backup_made/kompetencenet-db" "$work/db"
        rm -rf "$backup_made"
        backup_made=""
    fi
    floor_url="jdbc:derby:$work/db"
fi
mkdir -p "$work/lib"
unzip -q -j -o "$jar" 'MICRO-INF/lib/derby*.jar' 'MICRO-INF/lib/postgresql*.jar' -d "$work/lib"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq 1 "$rounds"); do curl -s -o /dev/null -b "$cookies" "$base/api/board?max=500"; done
board=$(for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$cookies" "$base/api/board?max=500"; done | median)
snapshot() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookies" -H 'Content-Type: application/json' \
        -d '{"kind": "ON_DEMAND", "label": "scale-board"}' "$base/api/followup/snapshots"
}
first=$(snapshot)
[[ "$first" == 201* ]] || { echo "POST /api/followup/snapshots: HTTP $first" >&2; exit 1; }
for _ in $(seq 2 "$rounds"); do snapshot > /dev/null; done
snap=$(for _ in $(seq 1 "$rounds"); do snapshot | cut -d' ' -f2; done | median)
echo "load after the requests: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

floors=$(java -Dderby.stream.error.file="$work/derby.log" -cp "$work/lib/*" "$root/config/bench/BoardFloor.java" \
    "$floor_url" "$floor_user" "$floor_password" "$rounds")
echo "load after the floors: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
board_floor=$(awk '$1 == "board" {print $2}' <<< "$floors")
snapshot_floor=$(awk '$1 == "snapshot" {print $2}' <<< "$floors")

printf 'GET /api/board, %s institutions, %s (s)\t%.2f\t%.2f\t%s\n' "$institutions" "$database" "$board" \
    "$board_floor" "$(ratio "$board" "$board_floor")"
printf 'POST /api/followup/snapshots, %s (s)\t%.2f\t%.2f\t%s\n' "$database" "$snap" "$snapshot_floor" \
    "$(ratio "$snap" "$snapshot_floor")"
