# Shared by the scale scripts that time a request beside its raw-SQL floor (scale-board.sh, scale-gaps.sh); sourced,
# not run. Reads the options their comments describe (--user, --password, --rounds, --jar, and where the floor reads
# from: --admin-password with --data-dir/--backup-dir, --derby-copy, or --pg-url/--pg-user/--pg-password), logs in
# through the page form (cookies in $cookies), and leaves in $floor_url/$floor_user/$floor_password the database the
# floor reads (on Derby a copy in $work/db), with the JDBC drivers of the jar in $work/lib, and $database named.
# Gives median, ratio and json (a Python expression on JSON from stdin). Removes what it made on exit.
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
source "$root/config/bench/login.sh"
login "$base" "$user" "$password" "$cookies"
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
