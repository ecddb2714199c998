#!/usr/bin/env bash
# Runs airlock on a pure cgroup v2 kernel: a Debian 12 virtual machine under
# QEMU/KVM, booted with cgroup v1 switched off. The root filesystem is built
# once with debootstrap and cached (AIRLOCK_VM_CACHE, default
# /var/cache/airlock-vm); each run copies the current binaries and tests in,
# boots, runs them as root and as an unprivileged user, and powers off.
#
#   tests/vm/run-v2.sh [BUILD_DIR]
#
# Needs root, /dev/kvm, and the Debian packages qemu-system-x86, debootstrap
# and e2fsprogs (installed when missing). Prints "N passed, N failed".
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cache=${AIRLOCK_VM_CACHE:-/var/cache/airlock-vm}
root=$cache/root
mirror=${AIRLOCK_VM_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" = 0 ] || { echo "airlock: the VM test needs root (debootstrap, mkfs, kvm)" >&2; exit 125; }
[ -e /dev/kvm ] || { echo "airlock: no /dev/kvm: the VM test needs KVM" >&2; exit 125; }
for t in qemu-system-x86_64:qemu-system-x86 debootstrap:debootstrap mkfs.ext4:e2fsprogs; do
	command -v "${t%%:*}" >/dev/null ||
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${t#*:}" >/dev/null
done
for f in airlock tests/e2e tests/adversarial tests/unit; do
	[ -x "$build/$f" ] || { echo "airlock: build $build/$f first (make all check)" >&2; exit 125; }
done

if [ ! -x "$root/usr/bin/python3" ] || ! ls "$root"/boot/vmlinuz-* >/dev/null 2>&1 ||
	! ls "$root"/usr/lib/x86_64-linux-gnu/libmicrohttpd.so.* >/dev/null 2>&1; then
	echo "building the VM's root filesystem in $root (once)"
	rm -rf "$root"
	mkdir -p "$cache"
	debootstrap --variant=minbase \
		--include=linux-image-amd64,python3,bash,nodejs,libjansson4,libcriterion3,libseccomp2,libpcre2-8-0,libmicrohttpd12,libsodium23,libfyaml0,libsqlite3-0,gcc,g++,libc6-dev,procps,util-linux,kmod,udev \
		bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
		{ echo "airlock: debootstrap failed, see $cache/debootstrap.log" >&2; exit 1; }
fi

# What the tests need, where they look for it.
stage=$root/airlock
rm -rf "$stage"
mkdir -p "$stage/tests/probe" "$stage/examples"
cp "$build/airlock" "$build/tests/e2e" "$build/tests/adversarial" "$build/tests/unit" "$stage/"
cp tests/probe/probe.c "$stage/tests/probe/"
cp examples/hello.py "$stage/examples/"
cp -r tests/adversarial/progs "$stage/progs"
cat >"$stage/init" <<'INIT'
#!/bin/bash
# pid 1 of the VM: a cgroup v2 host with nothing else running.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mountpoint -q /dev || mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
mkdir -p /dev/shm && mount -t tmpfs -o mode=1777 tmpfs /dev/shm
mountpoint -q /run || mount -t tmpfs tmpfs /run
mount -t cgroup2 cgroup2 /sys/fs/cgroup
echo "+memory +pids +cpu" > /sys/fs/cgroup/cgroup.subtree_control
echo "VM kernel $(uname -r); cgroup controllers: $(cat /sys/fs/cgroup/cgroup.controllers)"
echo "VM mounts: $(grep -c ' cgroup ' /proc/mounts) cgroup v1, $(grep -c cgroup2 /proc/mounts) cgroup2"
cd /airlock
./airlock info
summary() { # name, then the command: prints the criterion synthesis
	local name=$1; shift
	"$@" > /tmp/out.txt 2>&1
	grep -v '^\[----\] *$' /tmp/out.txt | grep -E 'FAIL|Assertion|Synthesis' | head -40
	grep -q Synthesis /tmp/out.txt || head -5 /tmp/out.txt
	echo "VM-SUITE $name $(grep Synthesis /tmp/out.txt | tail -1)"
}
for c in 'x = bytearray(300 << 20)|-m 64' 'while True: pass|-t 1' 'import os\nfor i in range(50): os.fork()\nprint(1)|-p 5'; do
	code=${c%%|*}; args=${c#*|}
	echo "VM-RUN $(./airlock run --json $args -l python -c "$(printf "$code")" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["enforcement"]["memory"], d["memory_peak_kb"], d["time"]["cpu_ms"])')"
done
if [ -f /airlock/debug.sh ]; then echo "VM-DEBUG"; bash /airlock/debug.sh 2>&1; fi
[ -f /airlock/only-debug ] && { echo VM-DONE; sync; echo o > /proc/sysrq-trigger; sleep 10; }
summary unit ./unit -j2
AIRLOCK_BIN=/airlock/airlock summary e2e ./e2e -j2
AIRLOCK_BIN=/airlock/airlock AIRLOCK_PROGS=/airlock/progs summary adversarial ./adversarial -j2
chmod -R a+rX /airlock
AIRLOCK_BIN=/airlock/airlock summary "e2e-rootless" setpriv --reuid=1000 --regid=1000 --clear-groups env HOME=/tmp AIRLOCK_BIN=/airlock/airlock ./e2e -j2
AIRLOCK_BIN=/airlock/airlock summary "adversarial-rootless" setpriv --reuid=1000 --regid=1000 --clear-groups env HOME=/tmp AIRLOCK_BIN=/airlock/airlock AIRLOCK_PROGS=/airlock/progs ./adversarial -j2
echo "VM-DONE"
sync
echo o > /proc/sysrq-trigger
sleep 10
INIT
chmod 755 "$stage/init"
# AIRLOCK_VM_DEBUG=FILE: a bash script run inside the VM before the suites;
# AIRLOCK_VM_ONLY_DEBUG=1 skips the suites.
[ -n "${AIRLOCK_VM_DEBUG:-}" ] && cp "$AIRLOCK_VM_DEBUG" "$stage/debug.sh"
[ -n "${AIRLOCK_VM_ONLY_DEBUG:-}" ] && touch "$stage/only-debug"

img=$cache/disk.img
rm -f "$img"
truncate -s 4G "$img"
mkfs.ext4 -q -F -d "$root" "$img"
kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -1)
initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -1)
log=$cache/console.log
echo "booting $(basename "$kernel") with cgroup v1 disabled"
# KVM when it boots this kernel; nested KVM may hang it, so software
# emulation (TCG) is the default: slower, but the same kernel and cgroups.
accel=${AIRLOCK_VM_ACCEL:-tcg}
timeout 1500 qemu-system-x86_64 -accel "$accel" -cpu max -m 2048 -smp 2 -nographic -no-reboot \
	-kernel "$kernel" -initrd "$initrd" \
	-drive file="$img",format=raw,if=virtio \
	-append "root=/dev/vda rw console=ttyS0 init=/airlock/init cgroup_no_v1=all systemd.unified_cgroup_hierarchy=1 sysrq_always_enabled=1 quiet loglevel=3" \
	>"$log" 2>&1 || true
rm -f "$img"
grep -aE '^(VM|VM-|airlock|sandbox|  |DBG)|FAIL|Assertion' "$log" | tr -d '\r' | grep -av 'Running' || true
passed=0 failed=0
while read -r line; do
	case "$line" in
	*Passing:*)
		p=$(sed -n 's/.*Passing: \([0-9]*\).*/\1/p' <<<"$line")
		f=$(sed -n 's/.*Failing: \([0-9]*\).*/\1/p' <<<"$line")
		passed=$((passed + p)); failed=$((failed + f)) ;;
	*) echo "a suite did not run: $line"; failed=$((failed + 1)) ;;
	esac
done < <(grep -a 'VM-SUITE' "$log" | tr -d '\r')
grep -aq VM-DONE "$log" || { echo "the VM did not finish; see $log"; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
