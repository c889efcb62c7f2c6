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

source "$(dirname "$0")/floor-common.sh"
check=$(curl -s -o "$work/board.json" -w '%{http_code}' -b "$cookies" "$base/api/board?max=500")
[[ "$check" == 200 ]] || { echo "GET /api/board as $user: HTTP $check" >&2; exit 1; }
institutions=$(json "['count']" < "$work/board.json")
rows=$(json "['rows'].__len__()" < "$work/board.json")
[[ "$institutions" == "$rows" ]] || echo "warning: the board has $institutions institutions, one page shows $rows" >&2

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for _ in $(seq 1 "$rounds"); do curl -s -o /dev/null -b "$cookies" "$base/api/board?max=500"; done
board=$(for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$cookies" "$base/api/board?max=500"; done | median)
snapshot() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookies" -H "X-CSRF-Token: $csrf" \
        -H 'Content-Type: application/json' \
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
