#!/bin/sh
# Runs a command of the egress tests inside a network namespace made for it,
# with the test's servers (servers.py) on addresses that exist only there:
# no route leaves it, so nothing the command does reaches anything else,
# whatever airlock does.
#
#   this namespace (airlock and its proxy): lo with 127.0.0.1, ::1 and the
#     private and metadata test addresses (10.1.2.3, 10.9.9.9, 192.168.5.5,
#     169.254.169.254, fd00:ec2::254); veth0 10.254.0.1
#   a second one (the "internet"), behind veth0/veth1: 203.0.113.10
#     (api.test) and 198.51.100.7 (other.test) -- not this host's own
#     addresses, as a public host's are not
#
# usage: tests/egress/ns.sh DIR CMD...
#   DIR: an empty directory of the test (the CA, the servers' log "hits").
# As root: `unshare --net`, and CMD runs as root. Otherwise: `unshare -r
# --net` (a user namespace owns the network namespaces), and CMD runs in one
# more user namespace as the caller's own uid, without capabilities: airlock
# in rootless mode, as the caller would run it.
set -eu
dir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${AIRLOCK_EGRESS_NS:-}" ]; then
	if [ "$(id -u)" = 0 ]; then
		AIRLOCK_EGRESS_NS=root exec unshare --net -- "$0" "$dir" "$@"
	fi
	AIRLOCK_EGRESS_NS="$(id -u):$(id -g)" exec unshare -r --net -- "$0" "$dir" "$@"
fi
if [ "${1:-}" = --remote ]; then
	# the second namespace: wait for veth1, then serve
	while [ ! -f "$dir/veth" ]; do sleep 0.02; done
	ip link set lo up
	ip link set veth1 up
	ip addr add 203.0.113.10/32 dev veth1
	ip addr add 198.51.100.7/32 dev veth1
	ip route add 10.254.0.1/32 dev veth1
	exec /usr/bin/python3 "$here/servers.py" "$dir" remote
fi

ip link set lo up
for a in 10.1.2.3 10.9.9.9 192.168.5.5 169.254.169.254; do
	ip addr add "$a/32" dev lo
done
ip -6 addr add fd00:ec2::254/128 dev lo nodad

# a test CA and a certificate for *.test, made here
if [ ! -f "$dir/ca.pem" ]; then
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
		-subj /CN=airlock-test-ca -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
	openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
		-subj /CN=api.test -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
	printf 'subjectAltName=DNS:api.test,DNS:*.test,DNS:other.test,IP:10.1.2.3\n' >"$dir/ext"
	openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
		-CAcreateserial -days 2 -extfile "$dir/ext" -out "$dir/server.pem" 2>/dev/null
	chmod a+r "$dir"/*.pem
fi

unshare --net -- "$0" "$dir" --remote &
remote=$!
/usr/bin/python3 "$here/servers.py" "$dir" local &
local=$!
trap 'kill $remote $local 2>/dev/null' EXIT
mine=$(readlink /proc/self/ns/net)
while [ "$(readlink /proc/$remote/ns/net)" = "$mine" ]; do sleep 0.02; done
ip link add veth0 type veth peer name veth1 netns "$remote"
ip link set veth0 up
ip addr add 10.254.0.1/32 dev veth0
ip route add 203.0.113.10/32 dev veth0 src 10.254.0.1
ip route add 198.51.100.7/32 dev veth0 src 10.254.0.1
: >"$dir/veth"
i=0
while [ ! -f "$dir/ready-local" ] || [ ! -f "$dir/ready-remote" ]; do
	i=$((i + 1))
	[ $i -gt 500 ] && { echo "ns.sh: the test servers did not start" >&2; exit 125; }
	sleep 0.02
done
: >>"$dir/hits"
chmod a+rw "$dir/hits"

rc=0
case $AIRLOCK_EGRESS_NS in
root) "$@" || rc=$? ;;
*)
	uid=${AIRLOCK_EGRESS_NS%:*}
	gid=${AIRLOCK_EGRESS_NS#*:}
	unshare --map-user="$uid" --map-group="$gid" -- "$@" || rc=$?
	;;
esac
exit $rc
