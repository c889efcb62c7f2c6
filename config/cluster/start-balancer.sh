#!/usr/bin/env bash
# Starts the load balancer (HAProxy, config/cluster/haproxy.cfg) in front of two cluster nodes, in the foreground
# (issue 11; README, "Running several nodes (cluster)").
#
#   config/cluster/start-balancer.sh [more HAProxy options]
#
# Settings, from the environment:
#   KOMPETENCENET_LB_BIND    ADDRESS:PORT where users connect; default 127.0.0.1:8080 (*:8080 for every address)
#   KOMPETENCENET_LB_NODE1   HOST:PORT of the first node's HTTP; default 127.0.0.1:8081
#   KOMPETENCENET_LB_NODE2   HOST:PORT of the second node's HTTP; default 127.0.0.1:8082
#   KOMPETENCENET_LB_CONFIG  another HAProxy configuration; default haproxy.cfg beside this script
# The process is HAProxy itself (exec, -db: foreground, log on standard output), so a signal reaches it directly.
set -euo pipefail

haproxy=$(command -v haproxy || true)
[[ -n $haproxy ]] || { [[ -x /usr/sbin/haproxy ]] && haproxy=/usr/sbin/haproxy; }
if [[ -z $haproxy ]]; then
    echo "$0: haproxy is not installed (Debian: apt-get install haproxy; .ci/run does this)" >&2
    exit 2
fi

export KOMPETENCENET_LB_BIND=${KOMPETENCENET_LB_BIND:-127.0.0.1:8080}
export KOMPETENCENET_LB_NODE1=${KOMPETENCENET_LB_NODE1:-127.0.0.1:8081}
export KOMPETENCENET_LB_NODE2=${KOMPETENCENET_LB_NODE2:-127.0.0.1:8082}
config=${KOMPETENCENET_LB_CONFIG:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/haproxy.cfg}

exec "$haproxy" -db -f "$config" "$@"
