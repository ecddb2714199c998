#!/usr/bin/env bash
# Runs every test suite of airlock and prints one closing line:
#   N passed, N failed
# Suites: unit, e2e, adversarial (as root, and again as an unprivileged user
# created here: rootless mode), and the leak check. Each suite is a
# criterion binary; its "Synthesis" line is added up.
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
export AIRLOCK_BIN="$top/$build/airlock"
# Sanitizer builds: leaks inside the test framework itself are not ours.
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
passed=0 failed=0
jobs=${AIRLOCK_TEST_JOBS:-2}
log=$(mktemp /tmp/airlock-tests.XXXXXX)
trap 'rm -f "$log"' EXIT

count() { # suite-name, then the command
	local name=$1; shift
	echo "== $name"
	"$@" 2>&1 | tee "$log"
	local rc=${PIPESTATUS[0]}
	local line p f c
	line=$(grep -a 'Synthesis:' "$log" | tail -1)
	if [ -z "$line" ]; then
		echo "!! $name printed no summary (exit $rc)"
		failed=$((failed + 1))
		return
	fi
	p=$(sed -n 's/.*Passing: \([0-9]*\).*/\1/p' <<<"$line")
	f=$(sed -n 's/.*Failing: \([0-9]*\).*/\1/p' <<<"$line")
	c=$(sed -n 's/.*Crashing: \([0-9]*\).*/\1/p' <<<"$line")
	passed=$((passed + ${p:-0}))
	failed=$((failed + ${f:-0}))
	[ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)) && echo "!! $name exited $rc"
	: "${c:=0}"
}

for suite in unit e2e adversarial; do
	bin="$build/tests/$suite"
	[ -x "$bin" ] || continue
	count "$suite$( [ "$(id -u)" = 0 ] && echo ' (root)')" "$bin" -j"$jobs"
done
for bin in "$build"/tests/suite-*; do
	[ -x "$bin" ] || continue
	count "$(basename "$bin")" "$bin" -j"$jobs"
done

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
	mkdir -p "$dir/tests/probe" "$dir/examples"
	cp tests/probe/probe.c "$dir/tests/probe/"
	cp examples/hello.py "$dir/examples/"
	[ -d tests/adversarial/progs ] && cp -r tests/adversarial/progs "$dir/progs"
	for suite in e2e adversarial; do
		[ -x "$build/tests/$suite" ] && cp "$build/tests/$suite" "$dir/"
	done
	chmod -R a+rX "$dir"
	for suite in e2e adversarial; do
		[ -x "$dir/$suite" ] || continue
		count "$suite (rootless, user $user)" \
			setpriv --reuid="$user" --regid="$user" --init-groups --inh-caps=-all -- \
			env -i PATH=/usr/bin:/bin HOME=/nonexistent AIRLOCK_BIN="$dir/airlock" \
			AIRLOCK_PROGS="$dir/progs" sh -c 'cd "$1" && exec "./$2" -j"$3"' sh "$dir" "$suite" "$jobs"
	done
	rm -rf "$dir"
fi

# The service under load: counted as one test.
if [ -x tests/load/run.sh ] && [ -x "$build/airlock" ]; then
	echo "== load"
	if tests/load/run.sh "$build"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
fi

# The approval page in headless Chromium: counted as one test (exit 77:
# Chromium could not be installed, said so, not counted).
if [ -x tests/ui/run.sh ] && [ -x "$build/airlock" ]; then
	echo "== ui (headless Chromium)"
	tests/ui/run.sh "$build"
	case $? in
	0) passed=$((passed + 1)) ;;
	77) echo "!! ui skipped" ;;
	*) failed=$((failed + 1)) ;;
	esac
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
