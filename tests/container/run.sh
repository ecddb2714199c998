#!/usr/bin/env bash
# airlock inside a container, with Debian's podman: what a container's
# defaults take away, the sentence airlock says for each, and the least a
# container needs (docs/container.md). No registry: the container's root is
# this machine's own tree under an overlay (`podman run --rootfs /:O`), so
# the binaries under test are the build's.
#
#   tests/container/run.sh [BUILD_DIR]
#
# Prints "container: N passed, N failed" last. Exit 77 (said why on a line
# starting with "!!") when podman is missing and cannot be installed, or
# cannot start any container on this machine.
#
# This machine's own quirks are worked around, not hidden: crun refuses a
# hybrid cgroup tree (cgroup v1 with a cgroup2 at /sys/fs/cgroup/unified),
# so podman runs in a mount namespace of its own without that mount and
# with --cgroups=disabled; and root here lacks CAP_SYS_RESOURCE, so the
# containers' rlimits stay below the host's.
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
bin="$top/$build/airlock"
passed=0
failed=0

skip() {
	echo "!! container: skipped: $*"
	echo "container: $passed passed, $failed failed"
	[ "$failed" -eq 0 ] && exit 77
	exit 1
}

[ -x "$bin" ] || skip "no $bin"
# The Kubernetes manifests, offline (no cluster here): their structure, the
# settings the containers below need, and flags airlock serve takes.
python3 -c 'import yaml' 2>/dev/null ||
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-yaml \
		>/dev/null 2>&1
if out=$(python3 "$top/tests/container/k8s_check.py" "$top/contrib/kubernetes" "$bin" 2>&1); then
	echo "$out"
	passed=$((passed + 1))
else
	echo "$out"
	failed=$((failed + 1))
fi
[ "$(id -u)" = 0 ] || skip "needs root (podman's containers as root and as an ordinary user)"
if ! command -v podman >/dev/null; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman \
		>/dev/null 2>&1 || skip "podman is missing and apt-get could not install it"
fi
user=airlock-test
id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
uid=$(id -u "$user")
conf=$(mktemp /tmp/airlock-containers.XXXXXX.conf)
trap 'rm -f "$conf"' EXIT
printf '[containers]\ndefault_ulimits = []\n' >"$conf"

# pm OPTIONS... -- COMMAND: one container over this machine's tree.
pm() {
	CONTAINERS_CONF=$conf timeout 300 unshare -m sh -c '
		mount --make-rprivate / && { umount /sys/fs/cgroup/unified 2>/dev/null; true; }
		exec podman run --rm --network=none --cgroups=disabled \
			--ulimit nproc=1024:1024 --ulimit nofile=1024:1024 "$@"' sh "$@"
}

out=$(pm --rootfs /:O /bin/echo hello 2>&1)
[ "$out" = hello ] || skip "podman cannot start a container here: $out"

# check NAME WANT_INFO_EXIT WANT_RUN "SENTENCE" OPTIONS...: airlock info
# exits WANT_INFO_EXIT; a run prints 42 (WANT_RUN ok) or fails; both say
# SENTENCE when it is not empty.
check() {
	local name=$1 want_info=$2 want_run=$3 sentence=$4
	shift 4
	local script="cd /tmp; \"$bin\" info >/dev/null 2>/tmp/info.err; echo INFO \$?;
		cat /tmp/info.err >&2; echo 'print(6*7)' | \"$bin\" run -l python -; echo RUN \$?"
	local got err
	err=$(mktemp)
	got=$(pm "$@" --rootfs /:O sh -c "$script" 2>"$err")
	local info run why=
	info=$(sed -n 's/^INFO //p' <<<"$got")
	run=$(sed -n 's/^RUN //p' <<<"$got")
	[ "$info" = "$want_info" ] || why="info exited '$info', not $want_info"
	if [ "$want_run" = ok ]; then
		grep -qx 42 <<<"$got" && [ "$run" = 0 ] || why="$why; the run did not print 42 (exit '$run')"
	else
		[ -n "$run" ] && [ "$run" != 0 ] || why="$why; the run should fail (exit '$run')"
	fi
	if [ -n "$sentence" ]; then
		[ "$(grep -cF -- "$sentence" "$err")" -ge 2 ] ||
			why="$why; info and the run do not both say \"$sentence\""
	fi
	if [ -z "$why" ]; then
		echo "ok - $name"
		passed=$((passed + 1))
	else
		echo "not ok - $name: ${why#; }"
		sed 's/^/    /' "$err" | head -20
		failed=$((failed + 1))
	fi
	rm -f "$err"
}

# As root in the container, its defaults: the cgroup tree is read-only
# (and, said too, the seccomp profile and the covered /proc).
check "root, defaults: a read-only cgroup tree is named" 125 fail \
	"mounted read-only (a container's default)"
# As an ordinary user (rootless mode, no cgroups), the defaults: /proc is
# partly covered.
check "user, defaults: a covered /proc is named" 125 fail \
	"--security-opt unmask=ALL" \
	--user "$uid:$uid"
# ... /proc whole: the seccomp profile refuses sethostname in the
# sandbox's own namespace.
check "user, unmask=ALL: the container's seccomp profile is named" 125 fail \
	"--security-opt seccomp=unconfined" \
	--user "$uid:$uid" --security-opt unmask=ALL
# The least a container needs: an ordinary user, /proc whole, no seccomp
# profile around airlock (airlock installs its own), no capability at all.
check "user, unmask=ALL, seccomp=unconfined, no capabilities: runs" 0 ok "" \
	--user "$uid:$uid" --security-opt unmask=ALL --security-opt seccomp=unconfined \
	--cap-drop=ALL --security-opt no-new-privileges

# And the sandbox inside it holds: no capabilities, no network, a read-only
# root, the container's user not the sandbox's.
name="user, least options: the sandbox inside holds"
got=$(pm --user "$uid:$uid" --security-opt unmask=ALL --security-opt seccomp=unconfined \
	--cap-drop=ALL --rootfs /:O sh -c "cd /tmp; \"$bin\" run --json -l bash -c '
		grep CapEff /proc/self/status; cat /proc/net/dev | grep -c :;
		touch /usr/x 2>/dev/null && echo WROTE; id -u'" 2>&1)
if grep -q 'CapEff:\\t0000000000000000\|CapEff:.t0000000000000000' <<<"$got" &&
	grep -q '"status":"ok"' <<<"$got" && ! grep -q WROTE <<<"$got" &&
	grep -q '\\n1\\n' <<<"$got"; then
	echo "ok - $name"
	passed=$((passed + 1))
else
	echo "not ok - $name"
	sed 's/^/    /' <<<"$got" | head -10
	failed=$((failed + 1))
fi

echo "container: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
