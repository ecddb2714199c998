#!/usr/bin/env bash
# Runs airlock on a pure cgroup v2 kernel: a Debian 12 virtual machine under
# QEMU, booted with cgroup v1 switched off. The root filesystem is built with
# debootstrap and cached (AIRLOCK_VM_CACHE, default /var/cache/airlock-vm);
# each run copies the current binaries and tests in, boots, runs the unit,
# e2e and adversarial suites as root and as an unprivileged user, and powers
# off.
#
#   tests/vm/run-v2.sh [BUILD_DIR]
#
# The VM's packages are derived, not listed: the Debian packages that hold
# the libraries of every binary it is given (BUILD_DIR/airlock,
# airlock-serve, tests/*: ldd, then dpkg -S), the runtimes the sandboxed
# programs use (the Makefile's RUNTIME_PACKAGES), and what the VM itself
# boots with. The cached root is rebuilt whenever that set changes (its
# sorted list and hash are kept next to it, root.packages and root.key).
#
# Needs root and the Debian packages qemu-system-x86, debootstrap and
# e2fsprogs (installed when missing), and for the first build the Debian
# mirror this machine's apt uses (AIRLOCK_VM_MIRROR overrides it). Software emulation (TCG) by default; AIRLOCK_VM_ACCEL=kvm uses KVM.
# Prints "v2: N passed, N failed" last. Exit 0: all passed; 1: a test failed
# or the VM did not finish; 77: this machine cannot run the VM (said why, on
# a line starting with "!!").
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cache=${AIRLOCK_VM_CACHE:-/var/cache/airlock-vm}
root=$cache/root
suite=bookworm
# The Debian mirror: AIRLOCK_VM_MIRROR, or the one this machine's apt uses
# for $suite (its sources, one-line or deb822; not the security archive).
apt_mirror() {
	local f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -r "$f" ] || continue
		awk -v suite="$suite" '$1 == "deb" { for (i = 2; i < NF; i++)
			if ($i ~ /^[a-z+]+:\/\// && $(i + 1) == suite) { print $i; exit } }' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -r "$f" ] || continue
		awk -v suite="$suite" 'BEGIN { RS = ""; FS = "\n" }
			{ uri = ""; ok = 0; deb = 0
			  for (i = 1; i <= NF; i++) {
				if ($i ~ /^URIs:/) { split($i, u, /[ \t]+/); uri = u[2] }
				if ($i ~ /^Types:/ && $i ~ /(^|[ \t])deb([ \t]|$)/) deb = 1
				if ($i ~ /^Suites:/) { n = split($i, v, /[ \t]+/)
					for (j = 2; j <= n; j++) if (v[j] == suite) ok = 1 } }
			  if (deb && ok && uri != "") { print uri; exit } }' "$f"
	done | head -1
}
mirror=${AIRLOCK_VM_MIRROR:-$(apt_mirror | head -1)}
accel=${AIRLOCK_VM_ACCEL:-tcg}
vm_timeout=${AIRLOCK_VM_TIMEOUT:-2400}
# What the VM boots and its init uses, besides the binaries' libraries and
# the runtimes: the kernel (and its initramfs, built with kmod and udev),
# util-linux (mountpoint, setpriv), procps; and what the egress tests run
# (tests/egress: their network namespaces with iproute2, a test CA with
# openssl, and the clients curl, python3-requests and pip); strace holds
# airlock's mkdirs in the e2e test that kills it while it makes a cgroup.
VM_BASE_PACKAGES="linux-image-amd64 kmod udev util-linux procps iproute2 openssl curl python3-requests python3-pip strace"

cannot() { # this machine cannot run the VM: why
	echo "!! v2: cannot run the cgroup v2 VM here: $*" >&2
	exit 77
}
fail() {
	echo "!! v2: $*" >&2
	echo "v2: 0 passed, 1 failed"
	exit 1
}
elapsed() { echo $(($(date +%s) - $1)); }

[ "$(id -u)" = 0 ] || cannot "it needs root (debootstrap, mkfs, the VM's disk)"
[ -n "$mirror" ] || cannot "no Debian mirror for $suite in /etc/apt/sources.list*" \
	"(set AIRLOCK_VM_MIRROR)"
if [ "$accel" = kvm ] && [ ! -w /dev/kvm ]; then
	cannot "AIRLOCK_VM_ACCEL=kvm, but /dev/kvm is missing (unset it for software emulation)"
fi
missing=
for t in qemu-system-x86_64:qemu-system-x86 debootstrap:debootstrap mkfs.ext4:e2fsprogs; do
	command -v "${t%%:*}" >/dev/null || missing="$missing ${t#*:}"
done
if [ -n "$missing" ]; then
	echo "v2: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null 2>&1 &&
			apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; } ||
		cannot "the Debian packages$missing are missing and apt-get could not install them"
fi
for f in airlock airlock-serve airlock-warm-python airlock-warm-node tests/e2e tests/adversarial tests/unit; do
	[ -x "$build/$f" ] || fail "$build/$f is not built (make all check-v2 builds it)"
done

# The Debian packages of the libraries the binaries link. Each library path
# is looked up as ldd gives it, resolved, and with or without /usr (merged
# /usr: a package may list either); one dpkg-query call for all of them.
binaries=("$build/airlock" "$build/airlock-serve" "$build/airlock-warm-python" "$build/airlock-warm-node")
for b in "$build"/tests/*; do
	[ -f "$b" ] && [ -x "$b" ] && [ "$(od -An -tx1 -N4 "$b" | tr -d ' ')" = 7f454c46 ] &&
		binaries+=("$b")
done
libs=$(for b in "${binaries[@]}"; do
	ldd "$b" | awk -v b="$b" '$2 == "=>" && $3 == "not" { print "missing " $1 " " b; next }
		$2 == "=>" && $3 ~ /^\// { print $3; next } $1 ~ /^\// { print $1 }'
done | sort -u)
if grep -q '^missing ' <<<"$libs"; then
	fail "libraries not found by ldd: $(grep '^missing ' <<<"$libs" | cut -d' ' -f2- | tr '\n' ';')"
fi
candidates() { # a library's path: the names a package may list it under
	local p q
	for p in "$1" "$(readlink -f "$1")"; do
		for q in "$p" "/usr$p" "${p#/usr}"; do
			case $q in /usr/usr/*) ;; /*) echo "$q" ;; esac
		done
	done | sort -u
}
owners=$(for l in $libs; do candidates "$l"; done | sort -u | xargs dpkg-query -S 2>/dev/null |
	grep -v '^diversion ' || true)
lib_packages=
for l in $libs; do
	found=
	for c in $(candidates "$l"); do
		line=$(awk -F': ' -v c="$c" '$NF == c' <<<"$owners" | head -1)
		[ -n "$line" ] || continue
		found=$(sed 's/: [^:]*$//; s/, /\n/g' <<<"$line" | sed 's/:.*//')
		break
	done
	[ -n "$found" ] || fail "$l (linked by the binaries) is in no installed Debian package: the VM cannot have it"
	lib_packages="$lib_packages $found"
done
runtime=$(make -s --no-print-directory runtime-packages) || fail "make runtime-packages failed"
packages=$(printf '%s\n' $lib_packages $runtime $VM_BASE_PACKAGES | sort -u)
key=$(printf 'debootstrap --variant=minbase %s\n%s\n' "$suite" "$packages" | sha256sum | cut -d' ' -f1)
echo "v2: the VM's packages ($(wc -l <<<"$packages"), key ${key:0:12}): $(tr '\n' ' ' <<<"$packages")"

# Another checkout may use the same cache: building the root and staging
# the disk image are done under a lock; each run boots its own image.
mkdir -p "$cache"
exec 9>"$cache/lock"
flock 9
if [ "$(cat "$cache/root.key" 2>/dev/null)" != "$key" ] || [ ! -x "$root/usr/bin/python3" ] ||
	! ls "$root"/boot/vmlinuz-* >/dev/null 2>&1; then
	if [ -f "$cache/root.packages" ]; then
		echo "v2: the VM's packages changed:" \
			"$(comm -13 "$cache/root.packages" - <<<"$packages" | sed 's/^/+/' | tr '\n' ' ')" \
			"$(comm -23 "$cache/root.packages" - <<<"$packages" | sed 's/^/-/' | tr '\n' ' ')"
	fi
	echo "v2: building the VM's root filesystem in $root (debootstrap; log: $cache/debootstrap.log)"
	t0=$(date +%s)
	# an interrupted debootstrap may leave /proc and /sys mounted in it
	for d in "$root" "$root.new"; do
		awk -v d="$d" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts |
			sort -r | xargs -r -n1 umount -l
	done
	rm -rf --one-file-system "$root" "$root.new" "$cache/root.key" "$cache/root.packages"
	mkdir -p "$cache/debs"
	if ! debootstrap --variant=minbase --cache-dir="$cache/debs" \
		--include="$(tr '\n' ',' <<<"$packages" | sed 's/,$//')" \
		"$suite" "$root.new" "$mirror" >"$cache/debootstrap.log" 2>&1; then
		tail -5 "$cache/debootstrap.log" >&2
		grep -q "Couldn't find these debs" "$cache/debootstrap.log" &&
			fail "debootstrap: a package the binaries need is not in Debian $suite (above)"
		cannot "debootstrap of Debian $suite from $mirror failed: no kernel and root filesystem" \
			"(see $cache/debootstrap.log)"
	fi
	rm -f "$root.new"/var/cache/apt/archives/*.deb
	mv "$root.new" "$root"
	printf '%s\n' "$packages" >"$cache/root.packages"
	echo "$key" >"$cache/root.key"
	echo "v2: root filesystem built in $(elapsed "$t0") s"
fi

# What the tests need, where they look for it (relative to their working
# directory: the rule cases, the example configuration, the probe).
stage=$root/airlock
rm -rf "$stage"
mkdir -p "$stage/tests/probe" "$stage/examples" "$stage/contrib"
cp "$build/airlock" "$build/airlock-warm-python" "$build/airlock-warm-node" "$build/tests/e2e" "$build/tests/adversarial" "$build/tests/unit" "$stage/"
# the service and its spawner, for a debug script (AIRLOCK_VM_DEBUG)
for f in airlock-serve airlock-spawner; do [ -x "$build/$f" ] && cp "$build/$f" "$stage/"; done
cp tests/probe/probe.c "$stage/tests/probe/"
cp -r tests/check "$stage/tests/check"
cp -r tests/egress "$stage/tests/egress"
cp examples/hello.py "$stage/examples/"
cp contrib/airlock.yaml "$stage/contrib/"
cp -r tests/adversarial/progs "$stage/progs"
# the suites read their data relative to /airlock, where they run
mkdir -p "$stage/tests/data" && cp -r tests/data/diagnostics tests/data/policy "$stage/tests/data/"
printf '%s\n' "${AIRLOCK_VM_TEST_ARGS:-}" >"$stage/test-args"
# Software emulation is some 10 to 50 times slower than the machine: the
# tests scale their waits and the limits that only bound them by this.
slow=${AIRLOCK_VM_SLOW:-$([ "$accel" = tcg ] && echo 10 || echo 1)}
echo "$slow" >"$stage/test-slow"
# Tests at once in each suite (AIRLOCK_VM_JOBS): under emulation a guest's
# CPU time includes the time its virtual CPU waited for the host's, so one
# at a time keeps the CPU limits of the tests (and the compile step's fixed
# 10 s) clear of what the host is doing.
echo "${AIRLOCK_VM_JOBS:-$([ "$accel" = tcg ] && echo 1 || echo 2)}" >"$stage/test-jobs"
# The rootless suites use no cgroup, so on a cgroup v2 kernel they test
# nothing the host's rootless runs do not; under emulation they are left
# out (AIRLOCK_VM_ROOTLESS=1 runs them anyway), with a VM at full speed in.
rootless=${AIRLOCK_VM_ROOTLESS:-$([ "$accel" = tcg ] && echo 0 || echo 1)}
[ "$rootless" = 1 ] && touch "$stage/rootless"
[ "$accel" = tcg ] && [ -z "${AIRLOCK_VM_TEST_ARGS:-}" ] && touch "$stage/e2e-focus"
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
export AIRLOCK_TEST_SLOW=$(cat /airlock/test-slow)
echo "VM tests: AIRLOCK_TEST_SLOW=$AIRLOCK_TEST_SLOW"
./airlock info
read -r test_args </airlock/test-args || true
# A suite runs with --verbose for each test's time: the slowest ten are
# said (VM-SLOWEST), the passing tests' lines are not.
summary() { # name, then the command: prints the failures and the criterion synthesis
	local name=$1 t0=$SECONDS; shift
	echo "VM-START $name"
	"$@" --verbose $test_args > /tmp/out.txt 2>&1
	echo "VM-TIME $name: $((SECONDS - t0)) s"
	sed 's/\x1b\[[0-9;]*m//g' /tmp/out.txt |
		sed -n 's/^\[\(PASS\|FAIL\)\] \(.*\): (\([0-9.]*\)s)$/\3 \2/p' >/tmp/times.txt
	echo "VM-SLOWEST $name:" $(sort -rn /tmp/times.txt | head -10 | awk '{ printf "%s %ss, ", $2, $1 }')
	echo "VM-SLOWEST-GROUPS $name:" $(awk '{ split($2, g, "::"); t[g[1]] += $1 }
		END { for (k in t) print t[k], k }' /tmp/times.txt | sort -rn | head -12 |
		awk '{ printf "%s %ds, ", $2, $1 }')
	sed 's/\x1b\[[0-9;]*m//g' /tmp/out.txt | grep -av '^\[----\] *$' |
		grep -avE '^\[(====|RUN |PASS|SKIP)\]' | head -200
	grep -q Synthesis /tmp/out.txt || tail -5 /tmp/out.txt
	echo "VM-SUITE $name $(grep -a Synthesis /tmp/out.txt | tail -1)"
}
for c in 'x = bytearray(300 << 20)|-m 64' 'while True: pass|-t 1' 'import os\nfor i in range(50): os.fork()\nprint(1)|-p 5'; do
	code=${c%%|*}; args=${c#*|}
	echo "VM-RUN $(./airlock run --json $args -l python -c "$(printf "$code")" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["enforcement"]["memory"], d["memory_peak_kb"], d["time"]["cpu_ms"])')"
done
if [ -f /airlock/debug.sh ]; then echo "VM-DEBUG"; bash /airlock/debug.sh 2>&1; fi
[ -f /airlock/only-debug ] && { echo VM-DONE; sync; echo o > /proc/sysrq-trigger; sleep 10; }
j=-j$(cat /airlock/test-jobs)
# Under emulation only the tests whose subject is what the cgroup version
# changes run: limits and the verdicts they give (memory, processes, CPU,
# wall time, disk and output), what is measured (CPU time, memory peak),
# processes that must die with their run, nothing left behind, the box's
# own limits and its freezing, the warm path's cgroups and limits, and
# what a program sees of the machine. The rest (static analysis,
# diagnostics, redaction, files in and out, the egress proxy, interpreter
# contexts, pseudo-terminals, images, the syscall filter, what a warm
# interpreter keeps between runs) is the same on any kernel, is run on the
# host, and is the slowest part here: it compiles and runs many programs.
# A new suite about limits or cgroups is added to these lists. Of the unit
# tests, those of what asks the kernel run (cgroup backends and the reaper,
# /proc, page faults, seccomp, openat2, the proxy's sockets, the template's
# restarts); the rest is pure computation (the policy's corpora, parsers,
# the store). The warm node's suites are left out too: Debian's node in the
# VM is not the one airlock was built for, so each of their tests started
# a template under emulation only to skip. At full speed
# (AIRLOCK_VM_ACCEL=kvm) everything runs.
unit_focus=() e2e_focus=() adv_focus=()
if [ -f /airlock/e2e-focus ]; then
	unit_focus=('--filter=@(cgroup|cgroup_v1|cgroup_v2|reaper|proc_stat|proc_pss|proc_meter|proc_sample|prefault|seccomp|box_openat2|net_proxy|service_warm_restart)/*')
	e2e_focus=('--filter=@(accounting|box|host|info|lang|probe|result|signals|status|warm_cgroup)/*')
	adv_focus=('--filter=@(limits|escape|box_attack|fs|privs|threats|warm_isolation|warm_template|warm_limits)/*')
fi
summary unit ./unit $j "${unit_focus[@]}"
AIRLOCK_BIN=/airlock/airlock summary e2e ./e2e $j "${e2e_focus[@]}"
AIRLOCK_BIN=/airlock/airlock AIRLOCK_PROGS=/airlock/progs summary adversarial ./adversarial $j "${adv_focus[@]}"
if [ -f /airlock/rootless ]; then
chmod -R a+rX /airlock
AIRLOCK_BIN=/airlock/airlock summary "e2e-rootless" setpriv --reuid=1000 --regid=1000 --clear-groups env HOME=/tmp AIRLOCK_BIN=/airlock/airlock ./e2e $j
AIRLOCK_BIN=/airlock/airlock summary "adversarial-rootless" setpriv --reuid=1000 --regid=1000 --clear-groups env HOME=/tmp AIRLOCK_BIN=/airlock/airlock AIRLOCK_PROGS=/airlock/progs ./adversarial $j
fi
echo "VM-DONE"
sync
echo o > /proc/sysrq-trigger
sleep 10
INIT
chmod 755 "$stage/init"
# AIRLOCK_VM_SLOW: the tests' AIRLOCK_TEST_SLOW (10 under emulation, else 1).
# AIRLOCK_VM_ROOTLESS=1|0: the suites as an unprivileged user too (default:
# only at full speed, AIRLOCK_VM_ACCEL=kvm).
# AIRLOCK_VM_DEBUG=FILE: a bash script run inside the VM before the suites;
# AIRLOCK_VM_ONLY_DEBUG=1 skips the suites; AIRLOCK_VM_TEST_ARGS: arguments
# for every suite (--filter='*/every_language_runs', --verbose).
[ -n "${AIRLOCK_VM_DEBUG:-}" ] && cp "$AIRLOCK_VM_DEBUG" "$stage/debug.sh"
[ -n "${AIRLOCK_VM_ONLY_DEBUG:-}" ] && touch "$stage/only-debug"

base=$(mktemp "$cache/disk.XXXXXX")
img=$base.run
trap 'rm -f "$base" "$img"' EXIT
truncate -s 4G "$base"
mkfs.ext4 -q -F -d "$root" "$base"
rm -rf "$stage"
kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -1)
initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -1)
flock -u 9
log=$build/vm-v2-console.log
# One boot on a fresh copy of the disk. A guest kernel that locks up (a CPU
# in the kernel for 60 s: soft lockup, RCU stall; thresholds well above what
# a busy host's scheduling of the emulated CPUs explains) panics then instead
# of spinning until the timeout; the panic replays the
# kernel's whole log (panic_print=32) with every CPU's backtrace, which
# "quiet loglevel=3" keeps off the console otherwise.
boot() {
	cp --sparse=always "$base" "$img"
	echo "v2: booting $(basename "$kernel") with cgroup v1 disabled ($accel; console: $log)"
	t0=$(date +%s)
	# Software emulation (TCG) by default: nested KVM may hang this kernel, and
	# many machines have no /dev/kvm. A kernel panic reboots, which ends QEMU.
	# Nothing is read from the caller's terminal (QEMU would make it raw).
	timeout "$vm_timeout" qemu-system-x86_64 -accel "$accel" -cpu "${AIRLOCK_VM_CPU:-max}" -m 2048 -smp 2 -nographic \
		-no-reboot -kernel "$kernel" -initrd "$initrd" \
		-drive file="$img",format=raw,if=virtio \
		-append "root=/dev/vda rw console=ttyS0 init=/airlock/init cgroup_no_v1=all systemd.unified_cgroup_hierarchy=1 sysrq_always_enabled=1 panic=1 watchdog_thresh=30 softlockup_panic=1 softlockup_all_cpu_backtrace=1 rcupdate.rcu_cpu_stall_timeout=60 sysctl.kernel.panic_on_rcu_stall=1 panic_print=32 quiet loglevel=3" \
		</dev/null >"$log" 2>&1 && qemu_rc=0 || qemu_rc=$?
	rm -f "$img"
	echo "v2: the VM ran for $(elapsed "$t0") s"
}
# Whether the guest's kernel itself locked up (not a test's failure).
kernel_locked_up() {
	grep -aqE 'soft lockup|rcu_.*detected stall' "$log"
}
boot
# A guest kernel that locked up under emulation is booted once more, and
# says so, with the first boot's console kept aside (its backtraces): such a
# lockup has been seen only under emulation, where it also went away on the
# next boot. Any other end (a test that failed, another panic) is final.
if ! grep -aq VM-DONE "$log" && kernel_locked_up; then
	cp "$log" "$log.1"
	echo "!! v2: the VM's kernel locked up (not a test's failure); its console: $log.1, its end:"
	tr -d '\r' <"$log.1" | grep -aE -A30 'Kernel panic|soft lockup' | head -120
	echo "!! v2: booting the VM once more"
	boot
fi
# What the VM printed from its init on (the kernel is quiet), less the
# VM-SUITE lines read below.
tr -d '\r' <"$log" | sed -n '/^VM kernel/,$p' | grep -av '^VM-SUITE' || true
passed=0 failed=0
while read -r line; do
	case "$line" in
	*Passing:*)
		p=$(sed -n 's/.*Passing: \([0-9]*\).*/\1/p' <<<"$line")
		f=$(sed -n 's/.*Failing: \([0-9]*\).*/\1/p' <<<"$line")
		c=$(sed -n 's/.*Crashing: \([0-9]*\).*/\1/p' <<<"$line")
		: "${p:=0}" "${f:=0}" "${c:=0}"
		passed=$((passed + p)); failed=$((failed + (f > c ? f : c))) ;;
	*) echo "!! v2: a suite did not run: $line"; failed=$((failed + 1)) ;;
	esac
done < <(grep -a 'VM-SUITE' "$log" | tr -d '\r' | sed 's/\x1b\[[0-9;]*m//g')
if ! grep -aq VM-DONE "$log"; then
	[ "$qemu_rc" = 124 ] && echo "!! v2: the VM did not finish within $vm_timeout s (AIRLOCK_VM_TIMEOUT)"
	echo "!! v2: the VM did not finish; its console: $log"
	tail -20 "$log" | tr -d '\r'
	failed=$((failed + 1))
fi
echo "v2: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
