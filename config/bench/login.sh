# Sourced by the bench scripts: login BASE USER PASSWORD COOKIE_JAR logs in through the login page's form as a browser
# does, with the page's view state and its PrimeFaces CSP nonce (a post without it is refused), and fails unless the
# session then reads /api/strategies/current. Leaves in $csrf the session's token for the header X-CSRF-Token, which
# a write through /api with the session needs (read from a page's <meta name="csrf-token">).
login() {
    local base=$1 user=$2 password=$3 jar=$4 page state nonce status
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o '<script[^>]* nonce="[^"]*"' <<< "$page" | head -1 | sed 's/.*nonce="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" "$base/login.xhtml" --data-urlencode "login=login" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "submit=" \
        --data-urlencode "continueTo=" --data-urlencode "jakarta.faces.ViewState=$state" \
        --data-urlencode "primefaces.nonce=$nonce"
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/api/strategies/current")
    [[ "$status" == 200 ]] || { echo "logging in as $user failed (GET /api/strategies/current: HTTP $status)" >&2; return 1; }
    csrf=$(curl -s -b "$jar" "$base/index.xhtml" | grep -o '<meta name="csrf-token" content="[^"]*"' | head -1 \
        | sed 's/.*content="//; s/"$//')
}
