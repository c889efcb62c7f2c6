#!/usr/bin/env bash
# The gap page (issue 15) beside its raw-SQL floor, and its figures against a hand-written count, for a running
# Kompetencenet (the large municipality: see README "Large municipality").
#
#   config/bench/scale-gaps.sh BASE_URL [options]
#
# Options as scale-board.sh's (--user, --password, --rounds, --jar, and --admin-password with --data-dir or
# --backup-dir, --derby-copy, or --pg-url/--pg-user/--pg-password for the floor's database). Needs java 17 (runs
# config/bench/GapFloor.java), curl, unzip and python3. Prints to stdout, tab separated:
#   figure  value  floor  ratio        for GET /competence/gaps.xhtml and GET /api/gaps, municipality-wide
#   checked  N  gaps, every figure equal to the hand-written count   (or the first difference, and exit 1)
# and progress and the load average to stderr. Removes every copy and temporary file it makes.
set -euo pipefail

source "$(dirname "$0")/floor-common.sh"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
timed() {
    for _ in $(seq 1 "$rounds"); do curl -s -o /dev/null -b "$cookies" "$base$1"; done
    for _ in $(seq 1 "$rounds"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$cookies" "$base$1"; done | median
}
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$cookies" "$base/competence/gaps.xhtml")
[[ "$status" == 200 ]] || { echo "GET /competence/gaps.xhtml as $user: HTTP $status" >&2; exit 1; }
page=$(timed /competence/gaps.xhtml)
api=$(timed /api/gaps)
curl -s -b "$cookies" -o "$work/gaps.json" "$base/api/gaps"
echo "load after the requests: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

java -Dderby.stream.error.file="$work/derby.log" -cp "$work/lib/*" "$root/config/bench/GapFloor.java" \
    "$floor_url" "$floor_user" "$floor_password" "$rounds" > "$work/floor.tsv"
echo "load after the floor: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
floor=$(awk '$1 == "floor" {print $2}' "$work/floor.tsv")

printf 'GET /competence/gaps.xhtml, municipality, %s (s)\t%.2f\t%.2f\t%s\n' "$database" "$page" "$floor" \
    "$(ratio "$page" "$floor")"
printf 'GET /api/gaps, municipality, %s (s)\t%.2f\t%.2f\t%s\n' "$database" "$api" "$floor" "$(ratio "$api" "$floor")"

python3 - "$work/gaps.json" "$work/floor.tsv" <<'PY'
import json, sys
shown = json.load(open(sys.argv[1]))
counted = {}
for line in open(sys.argv[2]):
    f = line.rstrip("\n").split("\t")
    if f[0] == "check":
        counted[(int(f[1]), f[2])] = [int(x) for x in f[3:]]
if not shown:
    sys.exit("the gap list is empty")
for g in shown:
    key = (g["competenceId"], g["jobRole"])
    if key not in counted:
        sys.exit(f"{key}: on the page, not in the hand-written count")
    rated, ranks, target, below, shortfalls = counted[key]
    expected = {"rated": rated, "averageRank": ranks / rated, "targetRank": target, "belowTarget": below,
                "averageShortfall": shortfalls / rated}
    for name, value in expected.items():
        if abs(g[name] - value) > 1e-9:
            sys.exit(f"{key} {name}: page {g[name]}, hand-written count {value}")
# the page lists the largest shortfalls: none left out is larger than the smallest shown
smallest = min(g["averageShortfall"] for g in shown)
left_out = [k for k, v in counted.items() if v[4] / v[0] > smallest + 1e-9
            and not any((g["competenceId"], g["jobRole"]) == k for g in shown)]
if left_out:
    sys.exit(f"larger gaps left out of the page: {left_out[:5]}")
print(f"checked\t{len(shown)}\tgaps of {len(counted)}, every figure equal to the hand-written count")
PY
