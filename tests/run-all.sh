#!/usr/bin/env bash
# Runs every test of airlock and prints one closing line:
#   N passed, N failed
# and exits non-zero when anything failed. Above that line, under "failed:",
# every failed test and check is named again (a CI log's tail shows it).
#
# usage: tests/run-all.sh [--suites-only] [BUILD]
#
# The suites are criterion binaries in BUILD/tests/, listed below: a missing
# one is a failure. Each one's "Synthesis" line is added up. As root, e2e and
# adversarial run again as an unprivileged user created here (rootless mode),
# and so do the server suite's sandbox tests (sandbox*/*).
# Counted as one test each: this runner's own test (tests/runner/), the
# layout of src/, the service under load, Piston's clients, the approval page,
# the MCP conformance suite; the MCP SDK tests (tests/mcp) one by one. With
# CI=true or AIRLOCK_V2=1, the cgroup v2 VM's tests (tests/vm/run-v2.sh) are
# added. --suites-only runs the suites of BUILD/tests/ as root or not, and
# the cgroup v2 run when asked, and nothing else: tests/runner/run.sh drives
# it with stub suites.
set -u
suites_only=0
if [ "${1:-}" = --suites-only ]; then
	suites_only=1
	shift
fi
build=${1:-build}
SUITES="unit e2e adversarial suite-leaks suite-server"
ROOTLESS_SUITES="e2e adversarial"

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
export AIRLOCK_BIN="$top/$build/airlock"
# Sanitizer builds: leaks inside the test framework itself are not ours.
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
passed=0 failed=0
jobs=${AIRLOCK_TEST_JOBS:-2}
# The server's tests spend most of their time waiting (on sockets, timers,
# the store): twice as many at once (AIRLOCK_SERVER_TEST_JOBS) take some
# 40% less time than -j2 on two cores.
server_jobs=${AIRLOCK_SERVER_TEST_JOBS:-$((jobs * 2))}
log=$(mktemp /tmp/airlock-tests.XXXXXX)
# Every failure is named when it happens and again just above the closing
# line, where a CI log's tail shows it.
fails=$log.failed
: >"$fails"
trap 'rm -f "$log" "$log.crashes" "$fails"; v2_stop' EXIT
say() { # a failure, said now and listed at the end
	echo "!! $*"
	echo "$*" >>"$fails"
}
# The tests a criterion log names as failed (not crashed): log, who. Each
# is named with the first line of its first failed assertion's message, so
# that the closing list says why as well as what.
failed_tests() {
	sed 's/\x1b\[[0-9;]*m//g' "$1" | awk -v who="$2" '
		{ sub(/\r$/, "") }
		/^\[----\] .*: Assertion Failed *$/ { if (why == "") want = 1; next }
		want && /^\[----\]   +[^ ]/ { why = substr($0, 10, 300); want = 0; next }
		/^\[(PASS|SKIP)\] / || /: CRASH!/ { why = ""; want = 0; next }
		/^\[FAIL\] [^ ]*: / {
			name = $2; sub(/:$/, "", name)
			print who ": " name " failed" (why == "" ? "" : ": " why)
			why = ""; want = 0
		}' >>"$fails"
}

# Each part's time, said when the next one begins: where a run's minutes go.
phase_name='' phase_t0=$SECONDS
phase() {
	[ -n "$phase_name" ] && echo "-- $phase_name took $((SECONDS - phase_t0)) s"
	phase_name=$1 phase_t0=$SECONDS
	[ -z "$1" ] || echo "== $1"
}

# A criterion suite: name, then the command.
count() {
	local name=$1
	shift
	phase "$name"
	"$@" 2>&1 | tee "$log"
	local rc=${PIPESTATUS[0]}
	local line p f c bad body fixture setup teardown
	line=$(grep -a 'Synthesis:' "$log" | tail -1 | sed 's/\x1b\[[0-9;]*m//g')
	if [ -z "$line" ]; then
		say "$name printed no summary (exit $rc)"
		failed=$((failed + 1))
		return
	fi
	p=$(sed -n 's/.*Passing: \([0-9]*\).*/\1/p' <<<"$line")
	f=$(sed -n 's/.*Failing: \([0-9]*\).*/\1/p' <<<"$line")
	c=$(sed -n 's/.*Crashing: \([0-9]*\).*/\1/p' <<<"$line")
	: "${p:=0}" "${f:=0}" "${c:=0}"
	# A crash is a failure, named here. Criterion counts a test that crashed
	# in its body ("CRASH!") or its setup under Failing and Crashing both, and
	# one that crashed in its teardown under Passing only; the warning "crashed
	# during its setup or teardown" does not say which. So: the larger of
	# Failing and Crashing (a crash counts once whether or not Failing holds
	# it), plus the teardown crashes (warnings beyond the setup crashes).
	sed 's/\x1b\[[0-9;]*m//g' "$log" | sed -n \
		-e 's/^\[FAIL\] \(.*\): CRASH!.*/body \1/p' \
		-e 's/.*The test `\(.*\)` crashed during its setup or teardown.*/fixture \1/p' >"$log.crashes"
	body=$(grep -c '^body ' "$log.crashes")
	fixture=$(grep -c '^fixture ' "$log.crashes")
	setup=$((c > body ? c - body : 0))
	teardown=$((fixture > setup ? fixture - setup : 0))
	bad=$(((f > c ? f : c) + teardown))
	p=$((p > teardown ? p - teardown : 0))
	while read -r _ t; do say "$name: $t crashed"; done <"$log.crashes"
	failed_tests "$log" "$name"
	rm -f "$log.crashes"
	passed=$((passed + p))
	failed=$((failed + bad))
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		say "$name exited $rc"
		failed=$((failed + 1))
	fi
}

# Whether a suite's binary is there; if not, says so and counts a failure.
present() { # name, path
	[ -f "$2" ] && [ -x "$2" ] && return 0
	say "$1 is missing ($2)"
	failed=$((failed + 1))
	return 1
}

# A check counted as one test: name, then the command.
one() {
	local name=$1
	shift
	phase "$name"
	if "$@"; then
		passed=$((passed + 1))
	else
		say "$name failed"
		failed=$((failed + 1))
	fi
}

# The unit, e2e and adversarial suites again on a pure cgroup v2 kernel, in
# a VM (tests/vm/run-v2.sh, or AIRLOCK_V2_SCRIPT): with CI=true or
# AIRLOCK_V2=1 (AIRLOCK_V2=0 turns it off) its tests are counted here, and a
# machine that cannot run the VM (the script exits 77) is a failure, not a
# skip. The VM starts before the first suite and runs alongside the others
# (its emulated CPU and the host's tests, which mostly wait, share the
# machine's cores); its output is shown, and its counts added, at the end.
v2_pid='' v2_log='' v2_script=''
v2_start() {
	local v2
	v2=${AIRLOCK_V2:-$([ "${CI:-}" = true ] && echo 1 || echo 0)}
	v2_script=${AIRLOCK_V2_SCRIPT:-tests/vm/run-v2.sh}
	if [ "$v2" != 1 ]; then
		v2_script=''
		return
	fi
	v2_log=$(mktemp /tmp/airlock-v2.XXXXXX)
	echo "-- cgroup v2 ($v2_script, a VM) started; it runs alongside the suites below"
	# Its own session: stopped as a whole if this run is. A higher
	# priority than the suites here: an emulated CPU that waits for the
	# host's counts the wait as the guest's CPU time, and a compile step
	# has a fixed 10 s limit there; the host's suites mostly wait.
	nice -n -5 setsid "$v2_script" "$build" >"$v2_log" 2>&1 &
	v2_pid=$!
}
v2_stop() { # at exit: a VM still running is stopped, its log removed
	[ -n "$v2_pid" ] && kill -TERM -- "-$v2_pid" 2>/dev/null
	[ -n "$v2_log" ] && rm -f "$v2_log"
}
v2_suites() {
	local rc line p f
	phase ''
	if [ -z "$v2_script" ]; then
		if [ "${CI:-}" = true ]; then
			echo "!! cgroup v2 run skipped (AIRLOCK_V2=${AIRLOCK_V2:-})"
		else
			echo "-- cgroup v2 run (${AIRLOCK_V2_SCRIPT:-tests/vm/run-v2.sh}, a VM) not run:" \
				"CI=true or AIRLOCK_V2=1 runs it"
		fi
		return
	fi
	phase "cgroup v2 ($v2_script: a VM with cgroup v1 switched off)"
	wait "$v2_pid"
	rc=$?
	v2_pid=''
	cat "$v2_log"
	line=$(grep -a '^v2: [0-9]* passed, [0-9]* failed$' "$v2_log" | tail -1)
	if [ -n "$line" ]; then
		p=$(sed 's/^v2: \([0-9]*\) passed.*/\1/' <<<"$line")
		f=$(sed 's/.* \([0-9]*\) failed$/\1/' <<<"$line")
		passed=$((passed + p))
		failed=$((failed + f))
		failed_tests "$v2_log" "cgroup v2"
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			say "cgroup v2 run exited $rc"
			failed=$((failed + 1))
		fi
	elif [ "$rc" = 77 ]; then
		say "cgroup v2 run could not run on this machine (above); it is required here" \
			"(CI=true or AIRLOCK_V2=1), so it counts as failed"
		failed=$((failed + 1))
	else
		say "cgroup v2 run printed no summary (exit $rc)"
		failed=$((failed + 1))
	fi
}

# The end: what failed, by name, then the counts.
closing() {
	phase ''
	echo
	if [ -s "$fails" ]; then
		echo "failed:"
		sed 's/^/  /' "$fails"
	fi
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

v2_start
if [ "$suites_only" = 0 ]; then
	one "runner (tests/runner)" tests/runner/run.sh
	one "layout of src/" tests/layout/run.sh "$build"
	one "manual page (tests/docs)" tests/docs/run.sh "$build"
	one "fuzz targets replay their seeds (tests/fuzz)" tests/fuzz/run.sh "$build"
fi

as_root=$([ "$(id -u)" = 0 ] && echo ' (root)')
for suite in $SUITES; do
	bin="$build/tests/$suite"
	present "$suite" "$bin" || continue
	case $suite in
	suite-server) count "$suite" "$bin" -j"$server_jobs" ;;
	suite-*) count "$suite" "$bin" -j"$jobs" ;;
	*) count "$suite$as_root" "$bin" -j"$jobs" ;;
	esac
done

if [ "$suites_only" = 1 ]; then
	v2_suites
	closing
fi

# The end-to-end and adversarial tests again as an ordinary user: airlock in
# rootless mode. The user cannot read the checkout (it may sit under /root),
# so the binaries and the files the tests read are copied for it.
if [ "$(id -u)" = 0 ]; then
	user=airlock-test
	id "$user" >/dev/null 2>&1 ||
		useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
	dir=$(mktemp -d /tmp/airlock-rootless.XXXXXX)
	chmod 755 "$dir"
	cp "$build/airlock" "$dir/"
	# airlock-serve too: sandboxes that live run rootless behind a server
	[ -x "$build/airlock-serve" ] && cp "$build/airlock-serve" "$dir/"
	# the warm templates and the spawner live next to airlock
	# (tests/lib/template.c, service/warm.c)
	cp "$build"/airlock-warm-* "$build/airlock-spawner" "$dir/"
	mkdir -p "$dir/tests/probe" "$dir/examples"
	cp tests/probe/probe.c "$dir/tests/probe/"
	cp examples/hello.py "$dir/examples/"
	[ -d tests/adversarial/progs ] && cp -r tests/adversarial/progs "$dir/progs"
	# the egress tests' namespace and servers (tests/egress/ns.sh)
	cp -r tests/egress "$dir/tests/"
	mkdir -p "$dir/tests/data" && cp -r tests/data/diagnostics "$dir/tests/data/"
	chmod -R a+rX "$dir"
	for suite in $ROOTLESS_SUITES; do
		present "$suite (rootless)" "$build/tests/$suite" || continue
		cp "$build/tests/$suite" "$dir/" && chmod a+rx "$dir/$suite"
		count "$suite (rootless, user $user)" \
			setpriv --reuid="$user" --regid="$user" --init-groups --inh-caps=-all -- \
			env -i PATH=/usr/bin:/bin HOME=/nonexistent AIRLOCK_BIN="$dir/airlock" \
			AIRLOCK_PROGS="$dir/progs" sh -c 'cd "$1" && exec "./$2" -j"$3"' sh "$dir" "$suite" "$jobs"
	done
	# Sandboxes that live behind a server run by an ordinary user: the
	# server suite's sandbox tests again, rootless.
	if present "suite-server sandboxes (rootless)" "$build/tests/suite-server"; then
		cp "$build/tests/suite-server" "$dir/" && chmod a+rx "$dir/suite-server"
		count "suite-server sandboxes (rootless, user $user)" \
			setpriv --reuid="$user" --regid="$user" --init-groups --inh-caps=-all -- \
			env -i PATH=/usr/bin:/bin HOME=/nonexistent AIRLOCK_BIN="$dir/airlock" \
			sh -c 'cd "$1" && exec ./suite-server -j"$2" --filter "sandbox*/*"' sh "$dir" "$server_jobs"
	fi
	rm -rf "$dir"
else
	echo "-- rootless runs of $ROOTLESS_SUITES skipped: not root"
fi

# The service under load: counted as one test.
if [ -x tests/load/run.sh ] && [ -x "$build/airlock" ]; then
	one load tests/load/run.sh "$build"
fi

# Piston's clients (npm piston-client, a WebSocket client): one test.
if [ -x tests/piston/run.sh ] && [ -x "$build/airlock" ]; then
	one "piston clients (tests/piston)" tests/piston/run.sh "$build"
fi

# E2B's clients (npm e2b and @e2b/code-interpreter) against /e2b: one test
# (exit 77: npm's registry cannot be reached, said so, not counted).
if [ -x tests/e2b/run.sh ] && [ -x "$build/airlock" ]; then
	phase "e2b clients (tests/e2b)"
	tests/e2b/run.sh "$build"
	case $? in
	0) passed=$((passed + 1)) ;;
	77) echo "!! e2b clients skipped: npm unreachable" ;;
	*)
		say "e2b clients (tests/e2b) failed"
		failed=$((failed + 1))
		;;
	esac
fi

# The approval page in headless Chromium: counted as one test (exit 77:
# Chromium could not be installed, said so, not counted).
if [ -x tests/ui/run.sh ] && [ -x "$build/airlock" ]; then
	phase "ui (headless Chromium)"
	tests/ui/run.sh "$build"
	case $? in
	0) passed=$((passed + 1)) ;;
	77) echo "!! ui skipped" ;;
	*)
		say "ui (headless Chromium) failed"
		failed=$((failed + 1))
		;;
	esac
fi

# A script's own counts into the totals: tally NAME EXIT PASSED FAILED (no
# counts: one failure; a failing exit with no failed test: one more).
tally() {
	if [ -z "$3" ] || [ -z "$4" ]; then
		say "$1 printed no summary (exit $2)"
		failed=$((failed + 1))
		return
	fi
	passed=$((passed + $3))
	failed=$((failed + $4))
	[ "$4" -eq 0 ] || say "$1: $4 failed (above)"
	if [ "$2" -ne 0 ] && [ "$4" -eq 0 ]; then
		say "$1 exited $2"
		failed=$((failed + 1))
	fi
	return 0
}

# MCP with the official clients from npm (tests/mcp): the SDK's tests are
# counted one by one (node's "# pass N" / "# fail N"), the conformance suite
# as one test. Exit 77: npm's registry cannot be reached and the packages
# are not installed; said so, not counted.
if [ -x tests/mcp/run.sh ] && [ -x "$build/airlock" ]; then
	phase "mcp (official SDK)"
	tests/mcp/run.sh "$build" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	if [ "$rc" = 77 ]; then
		echo "!! mcp skipped: npm unreachable"
	else
		tally mcp "$rc" "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -1)" \
			"$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -1)"
		phase "mcp conformance"
		tests/mcp/run.sh --conformance "$build"
		case $? in
		0) passed=$((passed + 1)) ;;
		77) echo "!! mcp conformance skipped" ;;
		*)
			say "mcp conformance failed"
			failed=$((failed + 1))
			;;
		esac
	fi
fi

# airlock inside containers (Debian's podman): counted test by test from
# its "container: N passed, N failed" (exit 77: podman cannot run here,
# said so, not counted).
if [ -x tests/container/run.sh ] && [ -x "$build/airlock" ]; then
	phase "container (podman)"
	tests/container/run.sh "$build" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	if [ "$rc" = 77 ]; then
		echo "!! container skipped"
	else
		tally container "$rc" \
			"$(sed -n 's/^container: \([0-9]*\) passed, [0-9]* failed$/\1/p' "$log" | tail -1)" \
			"$(sed -n 's/^container: [0-9]* passed, \([0-9]*\) failed$/\1/p' "$log" | tail -1)"
	fi
fi

v2_suites
closing
