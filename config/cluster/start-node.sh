#!/usr/bin/env bash
# Starts one Kompetencenet node of a cluster in the foreground (issue 11; README, "Running several nodes (cluster)").
#
#   config/cluster/start-node.sh HTTP_PORT [more Payara Micro options]
#
# Every node is the same runnable jar, started with Payara Micro's own clustering (Hazelcast) switched on: the jar has
# --nohazelcast built in (pom.xml), and a --systemProperties file with payaramicro.noHazelcast=false overrides it.
# The jar also keeps sessions in memory (config/payara/post-boot-single-node.asadmin); a post-boot command here turns
# session availability on again, so that sessions are replicated across the cluster.
# Nodes find each other by TCP/IP on a fixed list of members, never by multicast. Settings, from the environment:
#   KOMPETENCENET_DB_URL, _USER, _PASSWORD  the one PostgreSQL database every node uses (required: an embedded Derby
#                                      database belongs to one JVM)
#   KOMPETENCENET_DATA_DIR             the node's data folder (uploaded files); default ./data
#   KOMPETENCENET_JAR                  the jar; default target/kompetencenet.jar of this repository
#   KOMPETENCENET_CLUSTER_NAME         the cluster's name; nodes join only a cluster of the same name; default kompetencenet
#   KOMPETENCENET_CLUSTER_MEMBERS      HOST:PORT,... of the members; default 127.0.0.1:6900,127.0.0.1:6901
#   KOMPETENCENET_CLUSTER_INTERFACE    the address Hazelcast binds to and gives the others; default 127.0.0.1
#   KOMPETENCENET_CLUSTER_PORT         the first Hazelcast port tried (the next free one is taken); default 6900
#   KOMPETENCENET_NODE_NAME            the node's name in the log and the cluster; default HOSTNAME-HTTP_PORT
#   KOMPETENCENET_HTTP_TRUSTED_PROXIES the load balancer's address(es), whose X-Forwarded-For names the client (login
#                                      throttling per address); default 127.0.0.1, the balancer of start-balancer.sh
#   JAVA_OPTS                          JVM options, e.g. -Xmx2g
# The process is the JVM itself (exec), so a service manager's or an operator's signal reaches Payara Micro directly.
set -euo pipefail

usage() { echo "usage: $0 HTTP_PORT [more Payara Micro options]" >&2; exit 64; }
[[ $# -ge 1 && $1 =~ ^[0-9]+$ ]] || usage
port=$1
shift

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jar=${KOMPETENCENET_JAR:-$repo/target/kompetencenet.jar}
cluster=${KOMPETENCENET_CLUSTER_NAME:-kompetencenet}
members=${KOMPETENCENET_CLUSTER_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}
interface=${KOMPETENCENET_CLUSTER_INTERFACE:-127.0.0.1}
hz_port=${KOMPETENCENET_CLUSTER_PORT:-6900}
node=${KOMPETENCENET_NODE_NAME:-$(hostname -s)-$port}
export KOMPETENCENET_HTTP_TRUSTED_PROXIES=${KOMPETENCENET_HTTP_TRUSTED_PROXIES:-127.0.0.1}

if [[ -z ${KOMPETENCENET_DB_URL:-} ]]; then
    echo "$0: KOMPETENCENET_DB_URL is not set: every node of a cluster needs the one PostgreSQL database" \
         "(KOMPETENCENET_DB_URL, KOMPETENCENET_DB_USER, KOMPETENCENET_DB_PASSWORD; README, PostgreSQL)" >&2
    exit 2
fi
[[ -f $jar ]] || { echo "$0: no jar at $jar (mvn -DskipTests package, or set KOMPETENCENET_JAR)" >&2; exit 2; }

# The database settings and KOMPETENCENET_DATA_DIR reach the application as environment variables (MicroProfile
# Config); the -D below outranks the environment. Calendar feeds keep rendered copies in each JVM, which another node's
# change does not yet invalidate, so a node renders every poll (README, Calendar feeds). Hazelcast listens on the
# cluster interface only (by default it binds every address) and never phones home.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:-} \
    -Dhazelcast.phone.home.enabled=false \
    -Dhazelcast.socket.bind.any=false \
    -jar "$jar" \
    --systemProperties <(printf 'payaramicro.noHazelcast=false\n') \
    --postbootcommandfile <(printf '%s\n' \
        'set configs.config.server-config.availability-service.web-container-availability.availability-enabled=true') \
    --port "$port" \
    --name "$node" \
    --clusterName "$cluster" \
    --clusterMode "tcpip:$members" \
    --interfaces "$interface" \
    --hzPublicAddress "$interface" \
    --startPort "$hz_port" \
    "$@"
